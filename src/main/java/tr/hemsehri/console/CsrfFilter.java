package tr.hemsehri.console;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Sends anonymous console visitors to the login page, and guards every state-changing console request: the X-CSRF-Token header must match the session's token, and
 * the Origin (or Referer) must be this host. Only /console paths are touched; the JSON API is left alone
 * (it takes no cookies, so it cannot be the target of a cross-site request).
 */
public class CsrfFilter {
    private static final Logger LOG = Logger.getLogger(CsrfFilter.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    SecurityIdentity identity;
    @Inject
    ConsoleContext console;

    @ServerRequestFilter
    public Response check(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        if (!isConsole(path)) {
            return null;
        }
        if (identity.isAnonymous() && !path.equals("/console/login")) {
            // the console's own login challenge: a page load is redirected, an htmx request told to go there
            if (ctx.getHeaderString("HX-Request") != null) {
                return Response.ok().header("HX-Redirect", "/console/login").build();
            }
            return Response.status(302).location(URI.create("/console/login")).build();
        }
        String nonce = nonce(ctx);
        if (nonce == null) {
            nonce = Csrf.newNonce();
            ctx.setProperty(Csrf.COOKIE, nonce);
        }
        console.nonce(nonce);
        if (SAFE.contains(ctx.getMethod())) {
            return null;
        }
        String user = identity.isAnonymous() ? "" : identity.getPrincipal().getName();
        if (!sameOrigin(ctx) || !Csrf.valid(nonce(ctx), user, ctx.getHeaderString(Csrf.HEADER))) {
            LOG.warnf("CSRF check failed for %s %s (user %s)", ctx.getMethod(), path, user);
            return Response.status(403).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("Güvenlik doğrulaması başarısız (CSRF). Sayfayı yenileyip tekrar deneyin.").build();
        }
        return null;
    }

    @ServerResponseFilter
    public void cookie(ContainerRequestContext req, ContainerResponseContext res) {
        Object fresh = req.getProperty(Csrf.COOKIE);
        if (fresh != null && isConsole(req.getUriInfo().getPath())) {
            boolean secure = "https".equalsIgnoreCase(req.getUriInfo().getRequestUri().getScheme());
            res.getHeaders().add("Set-Cookie", new NewCookie.Builder(Csrf.COOKIE).value(fresh.toString()).path("/console")
                    .httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.STRICT).build());
        }
    }

    static boolean isConsole(String path) {
        return path.equals("/console") || path.startsWith("/console/");
    }

    static String nonce(ContainerRequestContext ctx) {
        Cookie c = ctx.getCookies().get(Csrf.COOKIE);
        return c == null || c.getValue().isBlank() ? null : c.getValue();
    }

    /** Origin, or failing that Referer, must name this host; a request with neither is refused. */
    static boolean sameOrigin(ContainerRequestContext ctx) {
        String host = ctx.getHeaderString("Host");
        String origin = ctx.getHeaderString("Origin");
        if (origin == null || origin.equals("null")) {
            origin = ctx.getHeaderString("Referer");
        }
        if (origin == null || host == null) {
            return false;
        }
        try {
            URI u = URI.create(origin);
            String authority = u.getPort() == -1 ? u.getHost() : u.getHost() + ":" + u.getPort();
            return host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
