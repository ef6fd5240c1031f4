package tr.hemsehri.connector.api;

import java.util.List;
import tr.hemsehri.ingest.model.InboundMessage;

/** Items of one fetched page, the cursor to save with them, and the rate-limit state the platform reported. */
public record PollPage(List<InboundMessage> messages, String cursor, RateLimit rateLimit) {
}
