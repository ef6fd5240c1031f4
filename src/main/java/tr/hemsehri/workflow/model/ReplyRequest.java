package tr.hemsehri.workflow.model;

import java.util.Map;

/**
 * A reply to send. Either {@code template} (a template key such as category.COMPLAINT, department.WATER or
 * oos.ELECTRICITY, with optional extra {@code variables}) or free {@code text}. {@code visibility} is PUBLIC
 * (in the citizen's thread, the default) or PRIVATE. {@code maskPii} masks personal data found in a public
 * draft instead of refusing it.
 */
public record ReplyRequest(String visibility, String template, String text, Map<String, String> variables,
        Boolean maskPii) {
}
