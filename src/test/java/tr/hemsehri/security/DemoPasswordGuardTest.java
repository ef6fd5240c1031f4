package tr.hemsehri.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The production profile refuses to start while any enabled user keeps a demo password. */
class DemoPasswordGuardTest {
    private static AppUser user(String name, String password, boolean enabled) {
        AppUser u = new AppUser();
        u.username = name;
        u.passwordHash = BcryptUtil.bcryptHash(password, 4);
        u.enabled = enabled;
        return u;
    }

    @Test
    void findsEnabledUsersWithDemoPasswordsOnly() {
        List<AppUser> all = List.of(user("admin", "admin", true), user("water", "water", false),
                user("moderator", "Güçlü-Parola-2026!", true), user("cleaning", "cleaning", true));
        assertEquals(List.of("admin", "cleaning"), DemoUsers.withDemoPassword(all));
    }
}
