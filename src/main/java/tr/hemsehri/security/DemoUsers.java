package tr.hemsehri.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import org.jboss.logging.Logger;
import tr.hemsehri.department.repository.Department;
import tr.hemsehri.department.repository.DepartmentRepository;

/**
 * Creates the demo users of the embedded default, and in production refuses to start while any user still
 * has a demo password (the password equal to the user name).
 */
@ApplicationScoped
public class DemoUsers {
    private static final Logger LOG = Logger.getLogger(DemoUsers.class);
    /** bcrypt cost of the demo users' hashes. */
    static final int DEMO_HASH_COST = 4;

    @Inject
    SecurityConfig config;
    @Inject
    UserRepository users;
    @Inject
    DepartmentRepository departments;

    /** Department user names: the department code in lower case, e.g. water, cleaning. */
    public static String departmentUsername(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (config.refuseDemoPasswords()) {
            refuseDemoPasswords();
            return;
        }
        if (!config.demoUsers()) {
            return;
        }
        create("admin", "admin", null, true);
        create("moderator", "moderator", null, false);
        create("approver", "approver", null, true);
        for (Department d : departments.listActive()) {
            create(departmentUsername(d.code), departmentUsername(d.code), d, false);
        }
    }

    private void create(String username, String password, Department department, boolean approver) {
        if (users.findByUsername(username).isPresent()) {
            return;
        }
        AppUser u = new AppUser();
        u.username = username;
        // the demo password is the user name and printed in README: a costly hash protects nothing here and kept
        // the first start-up waiting over a second for seventeen users (real users get the full cost, UserService)
        u.passwordHash = BcryptUtil.bcryptHash(password, DEMO_HASH_COST);
        u.displayName = department == null ? username : department.name;
        u.role = department != null ? Roles.DEPARTMENT : ("admin".equals(username) ? Roles.ADMIN : Roles.MODERATOR);
        u.departmentId = department == null ? null : department.id;
        u.approver = approver;
        users.persist(u);
        LOG.infof("Created demo user %s (%s)", username, u.role);
    }

    private void refuseDemoPasswords() {
        java.util.List<String> offenders = withDemoPassword(users.listAll());
        if (!offenders.isEmpty()) {
            throw new IllegalStateException("Start-up refused (hemsehri.security.refuse-demo-passwords=true): users "
                    + offenders + " still have their demo password (the user name). Give them real passwords "
                    + "(app_users.password_hash, a bcrypt hash) or disable them (app_users.enabled = false), "
                    + "then start again");
        }
    }

    /** Enabled users whose password is their user name, as every demo user's is. */
    static java.util.List<String> withDemoPassword(java.util.List<AppUser> all) {
        return all.stream().filter(u -> u.enabled && BcryptUtil.matches(u.username, u.passwordHash))
                .map(u -> u.username).toList();
    }
}
