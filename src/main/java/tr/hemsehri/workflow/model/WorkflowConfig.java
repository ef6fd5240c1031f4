package tr.hemsehri.workflow.model;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "hemsehri.workflow")
public interface WorkflowConfig {
    /** Replies written by moderators without the approver permission wait for an approver before sending. */
    @WithDefault("false")
    boolean requireApproval();

    /** Service-level agreements: how long a department has, counted from forwarding. */
    Sla sla();

    /** Satisfaction checks sent after resolution. */
    Satisfaction satisfaction();

    interface Sla {
        /** Due time for urgent cases (life, health, safety or property at stake). */
        @WithDefault("PT2H")
        Duration urgent();

        /** Due time for complaints. */
        @WithDefault("P3D")
        Duration complaint();

        /** Due time for requests. */
        @WithDefault("P7D")
        Duration request();

        /** Due time for anything else (thanks, unclassified). */
        @WithDefault("P7D")
        Duration other();

        /** A new case nobody has claimed for this long is escalated. */
        @WithDefault("PT4H")
        Duration unclaimedAfter();

        /** An urgent new case nobody has claimed for this long is escalated. */
        @WithDefault("PT15M")
        Duration urgentUnclaimedAfter();

        /** A forwarded case its department has not accepted for this long is escalated. */
        @WithDefault("PT8H")
        Duration acceptWithin();
    }

    interface Satisfaction {
        /** Ask the citizen this long after the case is resolved. */
        @WithDefault("PT1H")
        Duration delay();

        /** Close the check as unanswered (and the case as closed) after this long without an answer. */
        @WithDefault("P3D")
        Duration answerWithin();

        /** How often due checks are sent and overdue ones expired (a scheduler interval such as 5s). */
        @WithDefault("5s")
        String interval();

        /** Scores at or below this reopen the case to its department. */
        @WithDefault("2")
        int reopenAtOrBelow();
    }
}
