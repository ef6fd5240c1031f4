package tr.hemsehri.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The start-up observer of the production profile: with refuse-demo-passwords on, a demo password anywhere
 * fails the start (Quarkus aborts when a StartupEvent observer throws) and no demo user is created.
 */
class DemoPasswordStartupTest {
    private static AppUser user(String name, String password) {
        AppUser u = new AppUser();
        u.username = name;
        u.passwordHash = BcryptUtil.bcryptHash(password, 4);
        u.enabled = true;
        return u;
    }

    /** The users table, in memory. */
    static class Users extends UserRepository {
        final List<AppUser> rows = new ArrayList<>();

        @Override
        public List<AppUser> listAll() {
            return rows;
        }

        @Override
        public Optional<AppUser> findByUsername(String username) {
            return rows.stream().filter(u -> u.username.equals(username)).findFirst();
        }

        @Override
        public void persist(AppUser u) {
            rows.add(u);
        }
    }

    private static DemoUsers observer(boolean refuse, Users users) {
        DemoUsers d = new DemoUsers();
        d.users = users;
        d.config = new SecurityConfig() {
            public boolean demoUsers() {
                return true;
            }

            public boolean refuseDemoPasswords() {
                return refuse;
            }

            public Duration credentialCacheTtl() {
                return Duration.ZERO;
            }

            public int maxFailedLogins() {
                return 10;
            }

            public Duration lockDuration() {
                return Duration.ZERO;
            }

            public Oidc oidc() {
                return null;
            }
        };
        return d;
    }

    @Test
    void startUpFailsWithAClearMessageWhileADemoPasswordIsLeft() {
        Users users = new Users();
        users.rows.add(user("admin", "admin"));
        users.rows.add(user("moderator", "Uzun-ve-Gizli-2026"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> observer(true, users).onStart(null));
        assertTrue(e.getMessage().startsWith("Start-up refused"), e.getMessage());
        assertTrue(e.getMessage().contains("[admin]"), e.getMessage());
        assertTrue(e.getMessage().contains("refuse-demo-passwords"), e.getMessage());
        assertEquals(2, users.rows.size(), "no demo user is created when refusing");
    }

    @Test
    void startUpPassesWithRealPasswordsOnly() {
        Users users = new Users();
        users.rows.add(user("admin", "Uzun-ve-Gizli-2026"));
        observer(true, users).onStart(null);
        assertEquals(1, users.rows.size(), "the production profile creates no demo users");
    }

    @Test
    void theProductionProfileTurnsTheGuardOnAndTheDemoUsersOff() throws Exception {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        assertEquals("true", p.getProperty("%production.hemsehri.security.refuse-demo-passwords"));
        assertEquals("false", p.getProperty("%production.hemsehri.security.demo-users"));
    }
}
