package tr.hemsehri.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tr.hemsehri.security.UserService.UserAccount;

/** Short-lived memory of verified credential fingerprints. */
@ApplicationScoped
public class CredentialCache {
    private record Entry(UserAccount account, long expiresAtNanos) {
    }

    private static final int MAX_ENTRIES = 10_000;

    @Inject
    SecurityConfig config;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    UserAccount get(String fingerprint) {
        Entry e = entries.get(fingerprint);
        if (e == null) {
            return null;
        }
        if (System.nanoTime() - e.expiresAtNanos > 0) {
            entries.remove(fingerprint);
            return null;
        }
        return e.account;
    }

    void put(String fingerprint, UserAccount account) {
        Duration ttl = config.credentialCacheTtl();
        if (ttl.isZero()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(fingerprint, new Entry(account, System.nanoTime() + ttl.toNanos()));
    }

    /** Forget everything, e.g. after a password change or a user being disabled. */
    public void clear() {
        entries.clear();
    }
}
