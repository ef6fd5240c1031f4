package tr.hemsehri.nlp.tools;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Minimal RFC-4180 CSV reader (quoted fields with commas, newlines and doubled quotes). */
final class Csv {
    private Csv() {
    }

    static List<String[]> read(Reader r) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        int c;
        while ((c = r.read()) != -1) {
            char ch = (char) c;
            if (q) {
                if (ch == '"') {
                    r.mark(1);
                    int n = r.read();
                    if (n == '"') {
                        f.append('"');
                    } else {
                        q = false;
                        if (n == -1) {
                            break;
                        }
                        r.reset();
                    }
                } else {
                    f.append(ch);
                }
            } else if (ch == '"' && f.length() == 0) {
                q = true;
            } else if (ch == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (ch == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row.toArray(String[]::new));
                row = new ArrayList<>();
            } else if (ch != '\r') {
                f.append(ch);
            }
        }
        if (f.length() > 0 || !row.isEmpty()) {
            row.add(f.toString());
            rows.add(row.toArray(String[]::new));
        }
        return rows;
    }
}
