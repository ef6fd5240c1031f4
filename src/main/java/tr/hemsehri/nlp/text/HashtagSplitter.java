package tr.hemsehri.nlp.text;

import java.util.ArrayList;
import java.util.List;

/** Cuts a hashtag body into the words it was written as, for {@link TurkishNormalizer}. */
final class HashtagSplitter {

    private HashtagSplitter() {
    }

    /** Splits a hashtag body: "CopToplanmiyor" → [Cop, Toplanmiyor], "izmir_su" → [izmir, su], "3gun" → [3, gun]. */
    static List<String> splitHashtag(String body) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int prevType = -1; // 0 lower, 1 upper, 2 digit
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '_') {
                flush(parts, cur);
                prevType = -1;
                continue;
            }
            int type = Character.isDigit(c) ? 2 : Character.isUpperCase(c) ? 1 : 0;
            boolean boundary = cur.length() > 0 && ((type == 1 && prevType == 0) || (type == 2) != (prevType == 2));
            // "ABCDef": split before the last capital of an upper-case run followed by lower case
            if (!boundary && type == 0 && prevType == 1 && cur.length() > 1
                    && Character.isUpperCase(cur.charAt(cur.length() - 2))) {
                char last = cur.charAt(cur.length() - 1);
                cur.setLength(cur.length() - 1);
                flush(parts, cur);
                cur.append(last);
            }
            if (boundary) {
                flush(parts, cur);
            }
            cur.append(c);
            prevType = type;
        }
        flush(parts, cur);
        return parts;
    }

    private static void flush(List<String> parts, StringBuilder cur) {
        if (cur.length() > 0) {
            parts.add(cur.toString());
            cur.setLength(0);
        }
    }
}
