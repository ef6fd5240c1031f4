package tr.hemsehri.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import tr.hemsehri.department.service.DepartmentService;

/**
 * Verifies OIDC access tokens (signature from the provider's JWKS, issuer, audience, expiry) and maps their
 * roles and department claims onto Hemşehri's roles.
 */
@ApplicationScoped
public class OidcIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    private static final Logger LOG = Logger.getLogger(OidcIdentityProvider.class);
    private static final Set<String> KNOWN_ROLES = Set.of(Roles.ADMIN, Roles.MODERATOR, Roles.DEPARTMENT, Roles.APPROVER);

    @Inject
    SecurityConfig config;
    @Inject
    DepartmentService departments;

    private volatile JwtConsumer consumer;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> verify(request.getToken().getToken()));
    }

    @ActivateRequestContext
    SecurityIdentity verify(String token) {
        JwtClaims claims;
        try {
            claims = consumer().processToClaims(token);
        } catch (InvalidJwtException e) {
            // The token itself is never logged: it is a credential.
            LOG.debugf("Bearer token refused: %s", e.getErrorDetails().isEmpty() ? "invalid" : e.getErrorDetails().get(0));
            throw new AuthenticationFailedException("invalid token");
        }
        try {
            String subject = claims.getClaimValueAsString("preferred_username");
            if (subject == null) {
                subject = claims.getSubject();
            }
            QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(subject));
            Collection<String> roles = roles(claims.getClaimsMap(), config.oidc().rolesClaim());
            boolean any = false;
            for (String role : roles) {
                if (KNOWN_ROLES.contains(role)) {
                    b.addRole(role);
                    any = true;
                }
            }
            if (!any) {
                throw new AuthenticationFailedException("token carries no Hemşehri role");
            }
            if (roles.contains(Roles.DEPARTMENT)) {
                Object code = claims.getClaimValue(config.oidc().departmentClaim());
                Long id = code == null ? null : departments.idOf(code.toString());
                if (id == null) {
                    throw new AuthenticationFailedException("department user without a known department");
                }
                b.addAttribute(CurrentUser.DEPARTMENT_ID, id);
            }
            if (roles.contains(Roles.ADMIN)) {
                b.addRole(Roles.APPROVER);
            }
            return b.build();
        } catch (org.jose4j.jwt.MalformedClaimException e) {
            throw new AuthenticationFailedException("malformed claims");
        }
    }

    /** Follows a dotted claim path such as realm_access.roles; accepts a list or a space-separated string. */
    @SuppressWarnings("unchecked")
    static Collection<String> roles(Map<String, Object> claims, String path) {
        Object node = claims;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return List.of();
            }
            node = map.get(part);
        }
        if (node instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        if (node instanceof String s) {
            return List.of(s.split("\\s+"));
        }
        return List.of();
    }

    private JwtConsumer consumer() {
        JwtConsumer c = consumer;
        if (c == null) {
            synchronized (this) {
                if (consumer == null) {
                    SecurityConfig.Oidc oidc = config.oidc();
                    String jwks = oidc.jwksUrl().orElseThrow(() ->
                            new IllegalStateException("hemsehri.security.oidc.jwks-url is required when OIDC is enabled"));
                    JwtConsumerBuilder builder = new JwtConsumerBuilder()
                            .setRequireExpirationTime()
                            .setAllowedClockSkewInSeconds(30)
                            .setRequireSubject()
                            .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(jwks)));
                    builder.setExpectedIssuer(oidc.issuer().orElseThrow(() ->
                            new IllegalStateException("hemsehri.security.oidc.issuer is required when OIDC is enabled")));
                    oidc.audience().ifPresentOrElse(builder::setExpectedAudience, builder::setSkipDefaultAudienceValidation);
                    consumer = builder.build();
                }
                c = consumer;
            }
        }
        return c;
    }
}
