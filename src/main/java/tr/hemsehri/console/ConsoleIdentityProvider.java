package tr.hemsehri.console;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import tr.hemsehri.security.CurrentUser;
import tr.hemsehri.security.Roles;
import tr.hemsehri.security.UserService;
import tr.hemsehri.security.UserService.UserAccount;

/**
 * Restores a console user from the encrypted session cookie. The form mechanism has already verified the
 * password at login (through the same bcrypt provider as HTTP Basic); on later requests it only knows the user
 * name, so the roles and department are read again from app_users and a disabled user loses the session at once.
 */
@ApplicationScoped
public class ConsoleIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {
    @Inject
    UserService users;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> load(request.getPrincipal()));
    }

    @ActivateRequestContext
    SecurityIdentity load(String username) {
        UserAccount u = users.find(username).filter(UserAccount::enabled)
                .orElseThrow(() -> new AuthenticationFailedException("unknown or disabled user"));
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
}
