package tr.hemsehri.incident.grouping;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the console's suggestions ({@link Suggestions}) know of an ungrouped report and an open incident, as named
 * binary features for {@link JoinModel}: the text similarity in tenths, department and problem-class agreement,
 * where the report stands to the incident's area, the time since the incident's last report, its size, what the
 * report says ("hâlâ yok", an announcement) and how many other incidents of its place resemble it. A few pairs of
 * these are features of their own, because a cosine of 0.2 means one thing in the incident's own mahalle and another
 * two mahalles away. Names are short and stable: they are the keys of the model file.
 */
final class JoinFeatures {
    private final JoinRules rules;

    JoinFeatures(JoinRules rules) {
        this.rules = rules;
    }

    /** The features of joining {@code r} to {@code g}; {@code rivals}: other live incidents of its place resembling it. */
    List<String> of(Report r, Group g, double sim, int rivals, boolean mostSimilar) {
        String s = sim < 0.05 ? "s00" : "s" + Math.min(6, (int) Math.floor(sim * 10)); // above 0.6 the rules join
        String dept = g.department == null || r.department() == null || "OTHER".equals(r.department()) ? "dn"
                : g.department.equals(r.department()) ? "d=" : "d!";
        String topic = topic(r, g);
        String place = place(r, g);
        long minutes = g.last == null ? 0 : Math.max(0, Duration.between(g.last, r.at()).toMinutes());
        String gap = minutes <= 30 ? "g30" : minutes <= 90 ? "g90" : minutes <= 180 ? "g180" : "g+";
        String size = g.size <= 1 ? "n1" : g.size <= 3 ? "n3" : g.size <= 9 ? "n9" : "n+";
        String saying = r.text().saysMissing() ? "miss" : r.text().namesAnnouncement() ? "ann"
                : r.text().saysLongStanding() ? "long" : "say0";
        String rival = rivals == 0 ? "r0" : rivals == 1 ? "r1" : "r2";
        List<String> f = new ArrayList<>(24);
        f.add("bias");
        f.add(s);
        f.add(dept);
        f.add(topic);
        f.add(place);
        f.add(gap);
        f.add(size);
        f.add(saying);
        f.add(rival);
        f.add(mostSimilar ? "top" : "nottop");
        int mahalles = g.area.size() + (g.neighborhoodKey != null && !g.area.containsKey(g.neighborhoodKey) ? 1 : 0);
        String area = mahalles <= 1 ? "a1" : mahalles <= 3 ? "a3" : "a+";
        f.add(area);
        f.add(place + "&" + area);
        if (g.last != null && r.at().isBefore(g.last)) {
            f.add("before"); // written before the incident's latest report: it waited while the incident formed
        }
        if (g.planned) {
            f.add("planned");
        }
        if (JoinRules.sharesStreet(rules.thresholds(), r.text().anchors(), g.anchors)) {
            f.add("street");
        }
        if (r.line() != null && Objects.equals(r.line(), g.line)) {
            f.add("line");
        }
        if (r.text().saysRain()) {
            f.add("rain");
        }
        f.add(place + "&" + s);
        f.add(place + "&" + topic);
        f.add(place + "&" + dept);
        f.add(place + "&" + saying);
        f.add(place + "&" + size);
        f.add(topic + "&" + s);
        f.add(topic + "&" + dept);
        f.add(place + "&" + rival);
        f.add(place + "&" + gap);
        return f;
    }

    /**
     * The features of two ungrouped reports of one district being one incident (prefix "P."): the same families,
     * seen between two reports ({@link NewIncidentSuggestions}).
     */
    List<String> pair(Report r, Report p, double sim) {
        String s = "P.s" + Math.min(6, (int) Math.floor(sim * 10));
        String dept = p.department() == null || r.department() == null || "OTHER".equals(r.department())
                || "OTHER".equals(p.department()) ? "P.dn" : p.department().equals(r.department()) ? "P.d=" : "P.d!";
        String topic;
        if (r.topics().isEmpty() || p.topics().isEmpty()) {
            topic = r.topics().isEmpty() && p.topics().isEmpty() ? "P.t00" : "P.t0";
        } else if (rules.topicConflict(r.topics(), p.topics())) {
            topic = "P.t!";
        } else {
            topic = rules.topicAgrees(r.topics(), p.topics()) || rules.topicAgrees(p.topics(), r.topics()) ? "P.t="
                    : "P.t~";
        }
        String place;
        if (r.neighborhoodKey() != null && r.neighborhoodKey().equals(p.neighborhoodKey())) {
            place = "P.pA";
        } else if (r.neighborhoodKey() == null && p.neighborhoodKey() == null) {
            place = "P.p00";
        } else if (r.neighborhoodKey() == null || p.neighborhoodKey() == null) {
            place = "P.p0";
        } else {
            place = "P.pO";
        }
        if (!Objects.equals(r.districtKey(), p.districtKey())) {
            place = "P.pX";
        }
        long minutes = Math.abs(Duration.between(p.at(), r.at()).toMinutes());
        String gap = minutes <= 30 ? "P.g30" : minutes <= 90 ? "P.g90" : minutes <= 180 ? "P.g180" : "P.g+";
        String saying = r.text().saysMissing() || p.text().saysMissing() ? "P.miss" : "P.say0";
        List<String> f = new ArrayList<>(16);
        f.add("P.bias");
        f.add(s);
        f.add(dept);
        f.add(topic);
        f.add(place);
        f.add(gap);
        f.add(saying);
        if (JoinRules.sharesStreet(rules.thresholds(), r.text().anchors(), p.text().anchors())) {
            f.add("P.street");
        }
        if (r.structure() != null && r.structure().equals(p.structure())) {
            f.add("P.structure");
        }
        if (r.line() != null && r.line().equals(p.line())) {
            f.add("P.line");
        }
        f.add(place + "&" + s);
        f.add(place + "&" + topic);
        f.add(place + "&" + dept);
        f.add(topic + "&" + s);
        f.add(topic + "&" + dept);
        f.add(place + "&" + gap);
        f.add(place + "&" + saying);
        return f;
    }

    private String topic(Report r, Group g) {
        boolean rNone = r.topics().isEmpty();
        boolean gNone = g.mainTopics().isEmpty();
        if (rNone) {
            return gNone ? "t00" : "t0g";
        }
        if (gNone) {
            return "tr0";
        }
        if (rules.topicConflict(r.topics(), g.mainTopics())) {
            return "t!";
        }
        return rules.topicAgrees(r.topics(), g.mainTopics()) ? "t=" : "t~";
    }

    /** Where the report is, seen from the incident: its area, its district without a mahalle, elsewhere, nowhere. */
    private static String place(Report r, Group g) {
        String nb = r.neighborhoodKey();
        String dk = r.districtKey();
        // a same-named mahalle of another district (Cumhuriyet, Merkez) is not the incident's area
        if (nb != null && g.covers(nb) && (dk == null || dk.equals(g.districtKey))) {
            return "pA"; // a mahalle of the incident's area
        }
        if (dk == null) {
            return nb == null ? "p0" : "pN"; // no place; a mahalle of no known district
        }
        if (!dk.equals(g.districtKey)) {
            return "pX";
        }
        if (nb == null) {
            return "pD"; // the incident's district, no mahalle
        }
        return g.neighborhoodKey == null ? "pDn" : "pO"; // another mahalle of the district
    }
}
