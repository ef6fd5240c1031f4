package tr.hemsehri.testsupport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.ingest.model.IngestResult;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.model.Visibility;
import tr.hemsehri.ingest.service.IngestionService;

/** Builds test messages and cases through the real pipeline, and reads back what the database holds. */
@ApplicationScoped
public class TestData {
    @Inject
    IngestionService ingestion;
    @Inject
    EntityManager em;

    public static InboundMessage message(Platform platform, String externalId, String thread, String author,
            String text, Instant at) {
        return reply(platform, externalId, thread, null, author, text, at);
    }

    /** A first message from a citizen nobody has seen yet (fresh ids; a WhatsApp message is private). */
    public static InboundMessage fromNewCitizen(Platform p, String text, Instant at) {
        String id = java.util.UUID.randomUUID().toString();
        Visibility v = p == Platform.WHATSAPP ? Visibility.PRIVATE : Visibility.PUBLIC;
        return new InboundMessage(p, "new-" + id, null, null, "a-" + id, "@a" + id.substring(0, 8),
                "Vatandaş " + id.substring(0, 4), text, at, v, "{\"id\":\"" + id + "\"}");
    }

    public static InboundMessage reply(Platform platform, String externalId, String thread, String parent,
            String author, String text, Instant at) {
        return new InboundMessage(platform, externalId, thread, parent, author, "@" + author, author, text, at,
                Visibility.PUBLIC, "{\"id\":\"" + externalId + "\"}");
    }

    /** One new case with a unique author and thread; returns its id. */
    public long newCase(String text) {
        String id = UUID.randomUUID().toString();
        IngestResult r = ingestion.ingest(null, List.of(message(Platform.X, "t-" + id, null, "u-" + id, text,
                Instant.now())));
        return r.newCaseIds().get(0);
    }

    public long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    /** The rows of a query as text, for assertion messages. */
    public String rows(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            StringBuilder sb = new StringBuilder();
            for (Object row : q.getResultList()) {
                sb.append(row instanceof Object[] a ? java.util.Arrays.toString(a) : String.valueOf(row)).append('\n');
            }
            return sb.toString();
        });
    }

    public int execute(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return q.executeUpdate();
        });
    }
}
