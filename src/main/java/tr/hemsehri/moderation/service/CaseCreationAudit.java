package tr.hemsehri.moderation.service;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import tr.hemsehri.common.audit.AuditService;
import tr.hemsehri.ingest.model.CaseOpened;

/**
 * Audits a case that a staff member opened by entering a message ({@code POST /api/v1/messages}, the console's
 * manual entry): the pipeline fires {@link CaseOpened} inside the caller's transaction, and only such calls
 * carry an authenticated user. Connector polls and webhooks run without one and are not audited per case:
 * they are the platform's own record, and one more row per message would cost the ingestion hot path.
 */
@ApplicationScoped
public class CaseCreationAudit {
    @Inject
    AuditService audit;
    @Inject
    CurrentIdentityAssociation identities;

    void onCaseOpened(@Observes CaseOpened e) {
        String user = authenticatedUser();
        if (user == null) {
            return;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", "NEW");
        after.put("platform", e.message().platform().name());
        after.put("externalId", e.message().externalId());
        after.put("messageId", e.messageId());
        after.put("source", "manual");
        audit.record(user, "case", e.caseId(), "create", null, after);
    }

    private String authenticatedUser() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        SecurityIdentity identity = identities.getIdentity();
        return identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
