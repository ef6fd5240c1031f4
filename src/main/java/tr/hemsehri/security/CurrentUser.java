package tr.hemsehri.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who is calling, as the services need it. */
@RequestScoped
public class CurrentUser {
    public static final String USER_ID = "userId";
    public static final String DEPARTMENT_ID = "departmentId";

    @Inject
    SecurityIdentity identity;

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Long id() {
        Object v = identity.getAttribute(USER_ID);
        return v instanceof Number n ? n.longValue() : null;
    }

    public Long departmentId() {
        Object v = identity.getAttribute(DEPARTMENT_ID);
        return v instanceof Number n ? n.longValue() : null;
    }

    public boolean isDepartment() {
        return identity.hasRole(Roles.DEPARTMENT) && !identity.hasRole(Roles.MODERATOR)
                && !identity.hasRole(Roles.ADMIN);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean isApprover() {
        return identity.hasRole(Roles.APPROVER);
    }

    public Actor actor() {
        return new Actor(id(), name(), isDepartment() ? departmentId() : null, isApprover(), isAdmin());
    }

    /** A caller snapshot that can cross into services and background work. */
    public record Actor(Long userId, String name, Long departmentId, boolean approver, boolean admin) {
        public static Actor system() {
            return new Actor(null, "system", null, true, true);
        }

        public boolean isDepartment() {
            return departmentId != null;
        }
    }
}
