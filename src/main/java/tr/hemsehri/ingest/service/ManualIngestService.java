package tr.hemsehri.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.ingest.model.IngestResult;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.model.Visibility;
import tr.hemsehri.ingest.rest.ManualMessage;

/** Validates a message entered through the API and sends it down the same pipeline as connector messages. */
@ApplicationScoped
public class ManualIngestService {
    public record Outcome(String externalId, IngestResult result) {
    }

    private static final int MAX_ID_LENGTH = 200;

    @Inject
    IngestionService ingestion;
    @Inject
    IngestConfig config;

    public Outcome submit(ManualMessage m, String actor) {
        if (m == null) {
            throw ApiException.badRequest("İstek gövdesi boş");
        }
        if (m.text() == null || m.text().isBlank()) {
            throw ApiException.badRequest("'text' zorunlu");
        }
        if (m.text().length() > config.maxTextLength()) {
            throw ApiException.badRequest("'text' en fazla " + config.maxTextLength() + " karakter olabilir (gelen: "
                    + m.text().length() + ")");
        }
        if (m.text().indexOf('\u0000') >= 0) {
            throw ApiException.badRequest("'text' NUL karakteri içeremez");
        }
        checkLength("externalId", m.externalId());
        checkLength("threadExternalId", m.threadExternalId());
        checkLength("authorId", m.authorId());
        checkLength("authorHandle", m.authorHandle());
        checkLength("authorName", m.authorName());
        Instant now = Instant.now();
        if (m.createdAt() != null && m.createdAt().isAfter(now.plusSeconds(300))) {
            throw ApiException.badRequest("'createdAt' gelecekte olamaz");
        }
        Platform platform = m.platform() == null ? Platform.MANUAL : m.platform();
        String externalId = m.externalId() == null ? "manual-" + UUID.randomUUID() : m.externalId();
        String authorId = m.authorId() != null ? m.authorId() : (m.authorHandle() != null ? m.authorHandle() : null);
        InboundMessage in = new InboundMessage(platform, externalId, m.threadExternalId(), null, authorId,
                m.authorHandle(), m.authorName(), m.text(), m.createdAt() == null ? now : m.createdAt(),
                m.visibility() == null ? Visibility.PRIVATE : m.visibility(), null);
        return new Outcome(externalId, ingestion.ingest(null, List.of(in)));
    }

    private static void checkLength(String field, String value) {
        if (value != null && value.length() > MAX_ID_LENGTH) {
            throw ApiException.badRequest("'" + field + "' en fazla " + MAX_ID_LENGTH + " karakter olabilir");
        }
    }
}
