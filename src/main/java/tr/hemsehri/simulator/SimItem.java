package tr.hemsehri.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * One thing that exists on a simulated platform: a post, comment, tweet or direct message.
 *
 * @param kind      platform-specific: MENTION, SEARCH, POST, COMMENT, REPLY, DM, MEDIA, TAG, TEXT, IMAGE, ...
 * @param threadId  the root of its thread (conversation id, post id, media id, conversation)
 * @param ours      authored by the institution's account (a reply we posted, a Page post)
 * @param extra     platform extras (image caption, coordinates, button payload)
 */
public record SimItem(String id, long seq, String kind, String threadId, String parentId, String authorId,
        String authorHandle, String authorName, String text, Instant createdAt, boolean ours,
        Map<String, Object> extra) {
}
