package tr.hemsehri.incident.grouping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tr.hemsehri.nlp.text.TurkishNormalizer;

/**
 * The neighbourhoods a planned interruption covers: the one staff chose, any others typed into the same field
 * ("Pınar, Fatih") and the ones the announcement lists ("Pınar ve Fatih mahallelerinde ..."). Utilities announce
 * one cut for several mahalles behind one valve; a report from any of them is about that cut. Keys as
 * {@link TurkishNormalizer#key}.
 */
final class AnnouncedArea {
    private AnnouncedArea() {
    }

    /** "A, B ve C mahallelerinde": a list of names before a plural "mahalle" word. */
    private static final Pattern LIST = Pattern.compile(
            "((?:[\\p{L}\\p{N}.'’-]+\\s+){0,2}[\\p{L}\\p{N}.'’-]+(?:\\s*,\\s*[\\p{L}\\p{N}.'’ -]+?)*"
                    + "\\s+(?:ve|ile|,)\\s+[\\p{L}\\p{N}.'’ -]+?)\\s+mahalleler", Pattern.CASE_INSENSITIVE
                            | Pattern.UNICODE_CASE);

    /** Separators of a typed list or an announced one. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|/|\\s+ve\\s+|\\s+ile\\s+)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Key → name as written of the neighbourhoods named by the field and listed in the announcement, in order. */
    static Map<String, String> of(String neighborhoodField, String announcement) {
        Map<String, String> out = new LinkedHashMap<>();
        if (neighborhoodField != null) {
            for (String part : SEPARATOR.split(neighborhoodField.strip())) {
                add(out, part);
            }
        }
        if (announcement != null) {
            Matcher m = LIST.matcher(announcement);
            while (m.find()) {
                String[] items = SEPARATOR.split(m.group(1).strip());
                for (int i = 0; i < items.length; i++) {
                    if (i == 0) {
                        // where the list starts is unknown ("bakım nedeniyle Osman Yılmaz, ..."): its first item
                        // is taken as its last one and two words; a key that is no mahalle matches no report
                        String[] words = items[0].strip().split("\\s+");
                        add(out, words[words.length - 1]);
                        if (words.length >= 2) {
                            add(out, words[words.length - 2] + " " + words[words.length - 1]);
                        }
                    } else {
                        add(out, items[i]);
                    }
                }
            }
        }
        return out;
    }

    private static void add(Map<String, String> out, String name) {
        String n = name.replaceAll("['’].*$", "").strip();
        String k = TurkishNormalizer.key(n);
        if (k.length() >= 3) {
            out.putIfAbsent(k, n);
        }
    }
}
