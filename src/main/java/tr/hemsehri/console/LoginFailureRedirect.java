package tr.hemsehri.console;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * A wrong password at the console's login form comes back to the login page with a message, instead of a bare
 * 401 (whose Basic challenge would make the browser pop up its own password dialog).
 */
@ApplicationScoped
public class LoginFailureRedirect {
    static final String POST_LOCATION = "/console/j_security_check";

    void register(@Observes Router router) {
        router.route(POST_LOCATION).order(Integer.MIN_VALUE).handler(this::failedLogin);
    }

    void failedLogin(RoutingContext rc) {
        if (rc.request().method() == HttpMethod.POST && POST_LOCATION.equals(rc.normalizedPath())) {
            rc.addHeadersEndHandler(v -> {
                if (rc.response().getStatusCode() == 401) {
                    rc.response().setStatusCode(302);
                    rc.response().headers().remove("WWW-Authenticate");
                    rc.response().headers().set("Location", "/console/login?error=1");
                }
            });
        }
        rc.next();
    }
}
