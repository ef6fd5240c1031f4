package tr.hemsehri.workflow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import tr.hemsehri.nlp.DepartmentCodes;

/** Every default department has a Turkish reply template, so "forwarded to X" never falls back to English or nothing. */
class ReplyTemplatesTest {
    @Test
    void everyDepartmentHasATurkishTemplateWithTheCitizensName() throws Exception {
        Properties p = new Properties();
        try (InputStream in = ReplyTemplatesTest.class.getResourceAsStream("/reply-templates.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        for (DepartmentCodes.Department d : DepartmentCodes.DEFAULTS) {
            String t = p.getProperty("department." + d.code());
            if (t == null || !t.contains("{name}") || !t.contains("iletildi")) {
                missing.add(d.code() + "=" + t);
            }
        }
        assertTrue(missing.isEmpty(), "department templates missing or not in the house style: " + missing);
    }
}
