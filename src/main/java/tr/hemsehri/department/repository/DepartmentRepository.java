package tr.hemsehri.department.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepository<Department> {
    public Optional<Department> findByCode(String code) {
        return code == null ? Optional.empty() : find("code", code).firstResultOptional();
    }

    public List<Department> listActive() {
        return list("active = true order by name");
    }
}
