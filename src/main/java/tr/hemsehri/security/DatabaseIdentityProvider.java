package tr.hemsehri.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.logging.Logger;
import tr.hemsehri.security.UserService.UserAccount;

/**
 * Checks HTTP Basic and console logins against the bcrypt hashes in app_users. A verified pair is remembered
 * for a short time (keyed by a salted SHA-256, never the password) because bcrypt costs tens of milliseconds
 * and Basic sends the password on every request.
 */
@ApplicationScoped
public class DatabaseIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    private static final Logger LOG = Logger.getLogger(DatabaseIdentityProvider.class);

    @Inject
    UserService users;
    @Inject
    SecurityConfig config;
    @Inject
    LoginThrottle throttle;
    @Inject
    CredentialCache cache;

    private final byte[] salt = new SecureRandom().generateSeed(16);

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> verify(request.getUsername(), new String(request.getPassword().getPassword())));
    }

    @ActivateRequestContext
    SecurityIdentity verify(String username, String password) {
        if (throttle.isLocked(username)) {
            LOG.warnf("Login refused for locked user %s", username);
            throw new AuthenticationFailedException("locked");
        }
        String fingerprint = fingerprint(username, password);
        UserAccount cached = cache.get(fingerprint);
        if (cached != null) {
            return identity(cached);
        }
        Optional<UserAccount> account = users.find(username);
        if (account.isEmpty() || !account.get().enabled() || !BcryptUtil.matches(password, account.get().passwordHash())) {
            throttle.failed(username);
            throw new AuthenticationFailedException("bad credentials");
        }
        throttle.succeeded(username);
        cache.put(fingerprint, account.get());
        return identity(account.get());
    }

    static SecurityIdentity identity(UserAccount u) {
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(u.username()))
                .addRole(u.role())
                .addAttribute(CurrentUser.USER_ID, u.id());
        if (u.departmentId() != null) {
            b.addAttribute(CurrentUser.DEPARTMENT_ID, u.departmentId());
        }
        if (u.approver() || Roles.ADMIN.equals(u.role())) {
            b.addRole(Roles.APPROVER);
        }
        return b.build();
    }

    private String fingerprint(String username, String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt);
            md.update(username.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
