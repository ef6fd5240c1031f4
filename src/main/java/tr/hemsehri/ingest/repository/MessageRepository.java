package tr.hemsehri.ingest.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class MessageRepository implements PanacheRepository<Message> {
    public List<Message> listByCase(Long caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }

    public long countByExternalId(String platform, String externalId) {
        return count("platform = ?1 and externalId = ?2", platform, externalId);
    }

    /** The first inbound message of a case: the text a correction is about. */
    public Message firstInbound(Long caseId) {
        return find("caseId = ?1 and direction = 'IN' order by createdAt, id", caseId).firstResult();
    }
}
