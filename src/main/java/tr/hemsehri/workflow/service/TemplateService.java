package tr.hemsehri.workflow.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Turkish reply templates per category, department and out-of-scope institution. Defaults ship in
 * reply-templates.properties; a deployment overrides any key with hemsehri.templates.&lt;key&gt;.
 */
@ApplicationScoped
public class TemplateService {
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    /** Public lines of institutions we refer citizens to. */
    public static final Map<String, String> REFERRAL_LINES = Map.of(
            "ELECTRICITY", "186", "NATURAL_GAS", "187", "HEALTH", "182", "POLICE", "155",
            "CENTRAL_GOVERNMENT", "150");

    private final Map<String, String> templates = new TreeMap<>();

    public TemplateService() {
        Properties p = new Properties();
        try (InputStream in = TemplateService.class.getResourceAsStream("/reply-templates.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("reply-templates.properties missing", e);
        }
        p.forEach((k, v) -> templates.put(k.toString(), v.toString()));
        for (String name : ConfigProvider.getConfig().getPropertyNames()) {
            if (name.startsWith("hemsehri.templates.")) {
                ConfigProvider.getConfig().getOptionalValue(name, String.class)
                        .ifPresent(v -> templates.put(name.substring("hemsehri.templates.".length()), v));
            }
        }
    }

    public Map<String, String> all() {
        return Map.copyOf(templates);
    }

    public boolean exists(String key) {
        return templates.containsKey(key);
    }

    /** Fills the template's variables; an unknown variable or a missing value leaves a neutral word, never "{x}". */
    public String render(String key, Map<String, String> vars) {
        String template = templates.get(key);
        if (template == null) {
            throw new IllegalArgumentException("Bilinmeyen şablon: " + key);
        }
        Matcher m = VARIABLE.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = vars.get(m.group(1));
            if (value == null || value.isBlank()) {
                value = fallback(m.group(1));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString().replaceAll("\\s{2,}", " ").replace(" ,", ",").trim();
    }

    private static String fallback(String variable) {
        return switch (variable) {
            case "name" -> "vatandaşımız";
            case "neighborhood", "district" -> "ilgili";
            case "department" -> "ilgili";
            case "institution" -> "ilgili kurum";
            case "referralLine" -> "ilgili kurumun";
            default -> "";
        };
    }
}
