package tr.hemsehri.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
public class UserService {
    /** A detached view of a user, safe to keep outside a transaction. */
    public record UserAccount(Long id, String username, String passwordHash, String role, Long departmentId,
            boolean approver, boolean enabled) {
    }

    @Inject
    UserRepository repository;

    @Transactional
    public Optional<UserAccount> find(String username) {
        return repository.findByUsername(username).map(UserService::view);
    }

    @Transactional
    public UserAccount create(String username, String password, String role, Long departmentId, boolean approver) {
        AppUser u = new AppUser();
        u.username = username;
        u.passwordHash = BcryptUtil.bcryptHash(password);
        u.displayName = username;
        u.role = role;
        u.departmentId = departmentId;
        u.approver = approver;
        repository.persist(u);
        return view(u);
    }

    @Transactional
    public boolean exists(String username) {
        return repository.count("username", username) > 0;
    }

    static UserAccount view(AppUser u) {
        return new UserAccount(u.id, u.username, u.passwordHash, u.role, u.departmentId, u.approver, u.enabled);
    }
}
