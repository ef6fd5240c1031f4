package tr.hemsehri.testsupport;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tr.hemsehri.security.Roles;
import tr.hemsehri.security.UserService;

/** Test users on top of the demo users, and authenticated REST Assured requests. */
@ApplicationScoped
public class Users {
    @Inject
    UserService users;

    public void ensureModerator(String username) {
        if (!users.exists(username)) {
            users.create(username, username + "-pw", Roles.MODERATOR, null, false);
        }
    }

    public static RequestSpecification as(String username, String password) {
        return RestAssured.given().auth().preemptive().basic(username, password);
    }

    public static RequestSpecification moderator() {
        return as("moderator", "moderator");
    }

    public static RequestSpecification admin() {
        return as("admin", "admin");
    }
}
