package tr.hemsehri.department.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tr.hemsehri.department.repository.Department;
import tr.hemsehri.department.repository.DepartmentRepository;
import tr.hemsehri.nlp.DepartmentCodes;

/** Seeds the default departments and resolves department codes to ids for the hot ingestion path. */
@ApplicationScoped
public class DepartmentService {
    @Inject
    DepartmentRepository repository;

    private final Map<String, Long> idByCode = new ConcurrentHashMap<>();

    @Transactional
    void seed(@Observes @Priority(10) StartupEvent event) {
        for (DepartmentCodes.Department d : DepartmentCodes.DEFAULTS) {
            if (repository.findByCode(d.code()).isEmpty()) {
                Department dep = new Department();
                dep.code = d.code();
                dep.name = d.name();
                repository.persist(dep);
            }
        }
    }

    @Transactional
    public List<Department> list() {
        return repository.listActive();
    }

    @Transactional
    public Department byCode(String code) {
        return repository.findByCode(code).orElse(null);
    }

    /** Department id for a code, cached: departments are rarely renamed and never deleted. */
    @Transactional
    public Long idOf(String code) {
        if (code == null) {
            return null;
        }
        Long cached = idByCode.get(code);
        if (cached != null) {
            return cached;
        }
        Long id = repository.findByCode(code).map(d -> d.id).orElse(null);
        if (id != null) {
            idByCode.put(code, id);
        }
        return id;
    }

    @Transactional
    public Department byId(Long id) {
        return id == null ? null : repository.findById(id);
    }
}
