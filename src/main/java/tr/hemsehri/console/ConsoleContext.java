package tr.hemsehri.console;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tr.hemsehri.department.repository.Department;
import tr.hemsehri.department.service.DepartmentService;
import tr.hemsehri.security.CurrentUser;

/** What every console page needs about the caller: name, role, department, CSRF token. */
@RequestScoped
@Named("console")
public class ConsoleContext {
    @Inject
    CurrentUser user;
    @Inject
    SecurityIdentity identity;
    @Inject
    DepartmentService departments;

    /** Set by {@link CsrfFilter} from the cookie (or a fresh one it is about to set). */
    String nonce;
    private String departmentName;

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String getUser() {
        return user.name();
    }

    public boolean isDepartment() {
        return isLoggedIn() && user.isDepartment();
    }

    public boolean isModerator() {
        return isLoggedIn() && !user.isDepartment();
    }

    public boolean isAdmin() {
        return isLoggedIn() && user.isAdmin();
    }

    public boolean isApprover() {
        return isLoggedIn() && user.isApprover();
    }

    public String getRoleLabel() {
        if (!isLoggedIn()) {
            return "";
        }
        if (user.isAdmin()) {
            return "Yönetici";
        }
        if (user.isDepartment()) {
            return getDepartmentName();
        }
        return user.isApprover() ? "Moderatör (onaylayıcı)" : "Moderatör";
    }

    public String getDepartmentName() {
        if (departmentName == null && user.departmentId() != null) {
            Department d = departments.byId(user.departmentId());
            departmentName = d == null ? "" : d.name;
        }
        return departmentName == null ? "" : departmentName;
    }

    void nonce(String nonce) {
        this.nonce = nonce;
    }

    public String getCsrf() {
        return nonce == null ? "" : Csrf.token(nonce, isLoggedIn() ? user.name() : "");
    }

    public CurrentUser.Actor actor() {
        return user.actor();
    }
}
