package tr.hemsehri.workflow.model;

/**
 * Forwarding to a department. {@code department} is a code; null keeps the suggested one. {@code notifyCitizen}
 * sends the "forwarded" template publicly in the thread.
 */
public record ForwardRequest(String department, String note, Boolean notifyCitizen) {
}
