package tr.hemsehri.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class UserRepository implements PanacheRepository<AppUser> {
    public Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
