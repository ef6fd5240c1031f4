package tr.hemsehri.incident.console;

import io.quarkus.qute.TemplateData;
import tr.hemsehri.incident.model.IncidentDtos;

/** Value resolvers for the incident records the console templates read. */
@TemplateData(target = IncidentDtos.IncidentView.class)
@TemplateData(target = IncidentDtos.IncidentDetail.class)
@TemplateData(target = IncidentDtos.LinkedCase.class)
@TemplateData(target = IncidentDtos.UpdateView.class)
public final class IncidentTemplateData {
    private IncidentTemplateData() {
    }
}
