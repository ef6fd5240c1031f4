package tr.hemsehri.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The faults a test asked a simulator for, each served a given number of times, and the SLOW fault's delay. */
final class InjectedFaults {
    private final Map<Fault, AtomicInteger> faults = new ConcurrentHashMap<>();
    private volatile long slowMillis = 3_000;

    void inject(Fault fault, int times) {
        faults.computeIfAbsent(fault, f -> new AtomicInteger()).addAndGet(times);
    }

    void clear() {
        faults.clear();
    }

    int pending(Fault fault) {
        AtomicInteger n = faults.get(fault);
        return n == null ? 0 : n.get();
    }

    void slowMillis(long millis) {
        this.slowMillis = millis;
    }

    long slowMillis() {
        return slowMillis;
    }

    /** Serves one occurrence of {@code fault} if any is pending. */
    boolean take(Fault fault) {
        AtomicInteger n = faults.get(fault);
        return n != null && n.getAndUpdate(v -> v > 0 ? v - 1 : 0) > 0;
    }
}
