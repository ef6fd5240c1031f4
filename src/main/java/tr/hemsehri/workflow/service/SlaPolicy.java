package tr.hemsehri.workflow.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.nlp.Category;
import tr.hemsehri.workflow.model.WorkflowConfig;

/** Due times by urgency and category. */
@ApplicationScoped
public class SlaPolicy {
    @Inject
    WorkflowConfig config;

    public Duration allowance(CaseEntity c) {
        WorkflowConfig.Sla sla = config.sla();
        if (c.urgent) {
            return sla.urgent();
        }
        if (c.category == Category.COMPLAINT) {
            return sla.complaint();
        }
        if (c.category == Category.REQUEST) {
            return sla.request();
        }
        return sla.other();
    }

    public Instant dueFrom(CaseEntity c, Instant start) {
        return start.plus(allowance(c));
    }
}
