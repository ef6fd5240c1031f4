package tr.hemsehri.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "hemsehri.security")
public interface SecurityConfig {
    /** Create the demo users (admin/admin, moderator/moderator, one user per department) at start-up. */
    @WithDefault("true")
    boolean demoUsers();

    /**
     * Refuse to start while any user still has a demo password. Set true in production (the production
     * profile does).
     */
    @WithDefault("false")
    boolean refuseDemoPasswords();

    /**
     * How long a verified username/password pair is remembered so that HTTP Basic does not pay a bcrypt
     * verification on every request. Zero disables the cache.
     */
    @WithDefault("PT5M")
    Duration credentialCacheTtl();

    /** Failed logins for one user after which that user is locked for {@link #lockDuration()}. */
    @WithDefault("10")
    int maxFailedLogins();

    /** How long a user stays locked after too many failed logins. */
    @WithDefault("PT5M")
    Duration lockDuration();

    /** OIDC bearer-token settings for production single sign-on. */
    Oidc oidc();

    interface Oidc {
        /** Accept `Authorization: Bearer` tokens signed by this OIDC provider. */
        @WithDefault("false")
        boolean enabled();

        /** Expected `iss` claim, e.g. https://sso.belediye.gov.tr/realms/hemsehri. */
        Optional<String> issuer();

        /** The provider's JWKS URL that holds the token-signing keys. */
        Optional<String> jwksUrl();

        /** Expected `aud` claim; unchecked when absent. */
        Optional<String> audience();

        /** Claim holding the user's roles (admin, moderator, department); a dotted path is followed. */
        @WithDefault("groups")
        String rolesClaim();

        /** Claim holding a department user's department code. */
        @WithDefault("department")
        String departmentClaim();
    }
}
