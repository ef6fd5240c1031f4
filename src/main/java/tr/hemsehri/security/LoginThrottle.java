package tr.hemsehri.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks a username for a while after repeated wrong passwords, so that guessing is slowed to a crawl. Kept in
 * memory per replica: an attacker spread over replicas still meets a lock on each.
 */
@ApplicationScoped
public class LoginThrottle {
    private static final class State {
        int failures;
        long lockedUntilNanos;
    }

    @Inject
    SecurityConfig config;

    private final Map<String, State> states = new ConcurrentHashMap<>();

    public boolean isLocked(String username) {
        State s = states.get(username);
        if (s == null) {
            return false;
        }
        synchronized (s) {
            return s.lockedUntilNanos != 0 && System.nanoTime() - s.lockedUntilNanos < 0;
        }
    }

    public void failed(String username) {
        if (states.size() > 100_000) {
            states.clear();
        }
        State s = states.computeIfAbsent(username, k -> new State());
        synchronized (s) {
            s.failures++;
            if (s.failures >= config.maxFailedLogins()) {
                s.lockedUntilNanos = System.nanoTime() + config.lockDuration().toNanos();
                s.failures = 0;
            }
        }
    }

    public void succeeded(String username) {
        states.remove(username);
    }
}
