package tr.hemsehri.moderation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class CorrectionRepository implements PanacheRepository<ClassificationCorrection> {
    public List<ClassificationCorrection> listByCase(Long caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }

    public List<ClassificationCorrection> listSince(Instant since) {
        return list("createdAt >= ?1 order by caseId, createdAt, id", since);
    }
}
