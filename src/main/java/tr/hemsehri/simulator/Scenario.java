package tr.hemsehri.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Citizen messages a simulator plays, from {@code connectors/<platform>/scenario.txt} on the classpath. A line
 * is {@code kind|handle|display name|text}; blank lines and lines starting with '#' are skipped. Lines are played
 * in order and then again from the top, so bursts written as consecutive lines arrive as bursts.
 */
public final class Scenario {
    public record Line(String kind, String handle, String name, String text) {
    }

    private final List<Line> lines;
    private final AtomicInteger next = new AtomicInteger();

    public Scenario(List<Line> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("empty scenario");
        }
        this.lines = List.copyOf(lines);
    }

    public static Scenario load(String platformDir) {
        String path = "connectors/" + platformDir + "/scenario.txt";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Scenario not on the classpath: " + path);
            }
            List<Line> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l; (l = r.readLine()) != null; ) {
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] p = l.split("\\|", 4);
                if (p.length == 4) {
                    out.add(new Line(p[0].trim(), p[1].trim(), p[2].trim(), p[3].trim()));
                }
            }
            return new Scenario(out);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }

    public Line next() {
        return lines.get(Math.floorMod(next.getAndIncrement(), lines.size()));
    }

    public int size() {
        return lines.size();
    }
}
