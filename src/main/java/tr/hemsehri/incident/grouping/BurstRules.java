package tr.hemsehri.incident.grouping;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When reports are faces of one burst main (see {@link JoinRules}): the broken pipe, the flooded street, the dry
 * taps, the caved-in road and the crew digging. Stateless apart from the thresholds.
 */
final class BurstRules {
    /** What the crew repairing a burst shows as: the dig and the road it closes. */
    private static final Set<String> CREW = Set.of("works", "road");

    /** What a burst main shows as in its own mahalles: the wet street, the dry tap, the caved-in asphalt. */
    private static final Set<String> BURST_SHOWS = Set.of("pipe", "flood", "water", "road", "works");

    private final Thresholds t;

    BurstRules(Thresholds t) {
        this.t = t;
    }

    /**
     * Whether the reports that would open a new incident are another face of this burst: one side names the broken
     * pipe, the other the flooded street, dry taps, caved-in road or the crew, in a mahalle the incident covers, while
     * it is live. The first minutes of a burst split that way ("boru patlamış" / "yol göl oldu, su bastı") before
     * either wording has reached the other's incident; so do neighbours who only smell an overflowing sewer or heap.
     */
    boolean burstSibling(Group g, List<Report> spike) {
        if (g.planned || g.line != null || g.structure != null || g.neighborhoodKey == null) {
            return false;
        }
        Report last = spike.get(spike.size() - 1);
        if (!g.live(last.at(), t.window())) {
            return false;
        }
        Set<String> main = g.mainTopics();
        Set<String> spikeTopics = new java.util.HashSet<>();
        boolean smellOnly = true;
        for (Report r : spike) {
            if (r.neighborhoodKey() == null || !g.covers(r.neighborhoodKey())
                    || !Objects.equals(g.districtKey, r.districtKey())) {
                return false;
            }
            spikeTopics.addAll(r.topics());
            smellOnly &= r.topics().equals(Set.of("smell"));
        }
        // "KOKU ÇOK FENA SAADETDERE" beside Saadetdere's overflowing sewer: the smell is the sewer's (or the heap's)
        boolean smell = smellOnly && (main.contains("sewer") || main.contains("garbage"));
        return burstFaces(main, spikeTopics) || smell;
    }

    /**
     * "İstasyon yolundaki patlak yüzünden trafik kilit, ne zaman açılacak bu yol?" beside a water cut whose members
     * name İstasyon Yolu: the closed road of the street the burst is on is that burst, though road and water differ.
     */
    boolean burstStreet(Group g, Report r, Set<String> main) {
        // a water cut or burst pipe, not a road job or a flood of its own (nor an announced interruption of the street)
        return !g.planned && (main.contains("pipe") || main.contains("water")) && !r.topics().isEmpty()
                && (BURST_SHOWS.containsAll(r.topics()) || trafficOnly(r))
                && JoinRules.sharesStreet(t, r.text().anchors(), g.anchors)
                && Objects.equals(g.districtKey, r.districtKey());
    }

    /**
     * "Güzelbahçe sahil yolu nehir gibi, İZSU kazı yapıyor" names only the district, on the morning a member of the
     * district's water cut said the main burst: the flooded road, the dig and the broken pipe are that burst's
     * faces (the gold rule's side effects), unless rain made the flood. The water in the street or the pipe must
     * be named, or water on the road ("asfalttan su fışkırıyor"): "başka yol var mı" or a dig alone says too little
     * without a mahalle, and a dry tap of the district is the ordinary district rule's. {@link Candidates} still drops a report of
     * a district with two such incidents.
     */
    static boolean districtBurst(Group g, Report r) {
        // asked of every incident a report is compared with: the cheap field tests first
        return r.neighborhood() == null && r.district() != null && burstFace(g, r.topics())
                && r.districtKey().equals(g.districtKey)
                && !r.topics().equals(Set.of("water"))
                && (r.topics().contains("flood") || r.topics().contains("pipe") || r.topics().size() >= 2)
                && !r.text().saysLongStanding() && !r.text().saysRain();
    }

    /** "Doğan Araslı'yı kapatmışlar, otobüsler ara sokaklara girdi": buses named as traffic, no line of them. */
    private static boolean trafficOnly(Report r) {
        return r.line() == null && r.topics().equals(Set.of("transit"));
    }

    /**
     * Whether these classes are what the incident's burst shows as: a water cut one of whose members said the pipe
     * burst, and nothing but the flooded street, the dig, the road or the dry tap ("eski izmir caddesi hâlâ su
     * altında, kepçe çalışıyor" on the burst's street).
     */
    static boolean burstFace(Group g, Set<String> topics) {
        return !g.planned && g.line == null && g.structure == null && g.mainTopics().contains("water")
                && g.topics.getOrDefault("pipe", 0) > 0 && !topics.isEmpty() && BURST_SHOWS.containsAll(topics);
    }

    /**
     * "Tepeköy'de boru patlamış, yol göl oldu" and "Tepeköy su yok sabahtan beri": in one mahalle, a broken pipe and
     * what a burst shows as (dry taps, the flooded street, the dug road) are one burst at half the bar, as beside an
     * incident (see {@link JoinRules#matches}).
     */
    boolean burstPair(Report a, Report b, double sim) {
        if (a.neighborhoodKey() == null || !a.neighborhoodKey().equals(b.neighborhoodKey())
                || !Objects.equals(a.districtKey(), b.districtKey()) || sim < t.simSameDepartment() / 2) {
            return false;
        }
        return burstFaces(a.topics(), b.topics());
    }

    /**
     * Whether two sets of problem classes may be one problem: they share one, or one is a broken pipe and the other
     * what a burst shows as ("su akmıyor" beside "boru patlamış, yol göl oldu").
     */
    static boolean related(Set<String> a, Set<String> b) {
        return !Collections.disjoint(a, b) || burstFaces(a, b);
    }

    /** One side names the broken pipe, the other what a burst shows as (the one test of burst pairs and siblings). */
    private static boolean burstFaces(Set<String> a, Set<String> b) {
        return a.contains("pipe") && !Collections.disjoint(b, BURST_SHOWS)
                || b.contains("pipe") && !Collections.disjoint(a, BURST_SHOWS);
    }

    /**
     * Whether the report is of what the burst of {@code main} shows as (see {@link JoinRules#matches}): a main of the
     * burst pipe and a report of what it shows as, a water cut and a report of the pipe or the dig, a flood and a
     * report of the pipe.
     */
    static boolean inOwnMahalles(Set<String> main, Set<String> topics) {
        return main.contains("pipe") && !Collections.disjoint(topics, BURST_SHOWS)
                || main.contains("water") && (topics.contains("pipe") || topics.contains("works"))
                || main.contains("flood") && topics.contains("pipe");
    }

    /** Whether a report of what the burst shows as ({@link #inOwnMahalles}), in a mahalle its main covers, joins it. */
    boolean joinsOwnMahalle(Report r, double sim) {
        // inside a burst main's own mahalles the flooded street, the dry tap and the crew digging are that burst
        // whatever the wording (and a burst pipe in a dry mahalle is its cause): the class is the evidence, so
        // half the similarity
        // the crew at work names nothing but the digging: in the incident's own mahalle that is enough
        // ("TEPEKÖY'DE YOL KAPALI İZSU KAZI YAPIYOR": the dig closes the road)
        boolean crewOnly = r.topics().contains("works") && CREW.containsAll(r.topics());
        return crewOnly || sim >= t.simSameDepartment() / 2;
    }
}
