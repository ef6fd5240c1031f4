package tr.hemsehri.console;

import java.time.Instant;

/**
 * One entry of a case's conversation as the citizen sees it: their messages, our delivered answers, and answers
 * still on their way (awaiting approval, queued, failed) marked with their delivery state.
 */
@io.quarkus.qute.TemplateData
public record ThreadItem(String direction, String visibility, String author, String handle, String text, Instant at,
        String deliveryStatus, String error, Long replyId) {

    public boolean isInbound() {
        return "IN".equals(direction);
    }

    public boolean isPending() {
        return deliveryStatus != null;
    }
}
