package tr.hemsehri.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.Users;

/** Guessing passwords is stopped: after repeated failures even the right password is refused for a while. */
@QuarkusTest
class LoginThrottleTest extends PostgresTest {
    @Inject
    UserService users;

    @Test
    void thousandWrongPasswordsLockTheUser() {
        if (!users.exists("guessed")) {
            users.create("guessed", "Dogru-Parola-1", Roles.MODERATOR, null, false);
        }
        Users.as("guessed", "Dogru-Parola-1").get("/api/v1/departments").then().statusCode(200);
        long start = System.nanoTime();
        int refused = 0;
        for (int i = 0; i < 1_000; i++) {
            refused += Users.as("guessed", "yanlis-" + i).get("/api/v1/departments").statusCode() == 401 ? 1 : 0;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(refused == 1_000, "every wrong password refused");
        // Locked now: the right password does not get in either, so guessing gains nothing.
        Users.as("guessed", "Dogru-Parola-1").get("/api/v1/departments").then().statusCode(401)
                .contentType("application/problem+json");
        assertTrue(millis < 120_000, "the lock answers fast instead of burning bcrypt: " + millis + " ms");
    }
}
