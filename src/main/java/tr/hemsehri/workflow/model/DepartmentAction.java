package tr.hemsehri.workflow.model;

/** A department user's note, send-back reason or resolution text. */
public record DepartmentAction(String text) {
}
