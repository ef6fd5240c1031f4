package tr.hemsehri.console;

import io.quarkus.qute.TemplateData;

/** Value resolvers for the service records the console templates read. */
@TemplateData(target = tr.hemsehri.moderation.model.CaseSummary.class)
@TemplateData(target = tr.hemsehri.moderation.model.CaseDetail.class)
@TemplateData(target = tr.hemsehri.moderation.model.CaseDetail.TimelineItem.class)
@TemplateData(target = tr.hemsehri.moderation.model.CaseDetail.Correction.class)
@TemplateData(target = tr.hemsehri.workflow.model.WorkflowView.class)
@TemplateData(target = tr.hemsehri.workflow.model.WorkflowView.History.class)
@TemplateData(target = tr.hemsehri.workflow.model.WorkflowView.Note.class)
@TemplateData(target = tr.hemsehri.workflow.model.WorkflowView.ReplyView.class)
@TemplateData(target = tr.hemsehri.workflow.model.WorkflowView.Delivery.class)
@TemplateData(target = tr.hemsehri.workflow.model.WorkflowView.Satisfaction.class)
@TemplateData(target = tr.hemsehri.connector.rest.ConnectorStatus.class)
@TemplateData(target = tr.hemsehri.department.repository.Department.class)
@TemplateData(target = tr.hemsehri.workflow.service.PiiGuard.Finding.class)
@TemplateData(target = tr.hemsehri.moderation.model.CaseStatus.class)
public final class ConsoleTemplateData {
    private ConsoleTemplateData() {
    }
}
