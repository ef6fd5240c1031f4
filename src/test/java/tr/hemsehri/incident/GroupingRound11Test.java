package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.GroupingEngine.Outcome;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.Thresholds;
import tr.hemsehri.nlp.geo.DistrictNeighborhoods;
import tr.hemsehri.nlp.geo.Gazetteer;
import tr.hemsehri.nlp.geo.PlaceMatch;
import tr.hemsehri.nlp.text.TurkishNormalizer;

/**
 * Round 11: a message of no place is not the desk's district; a name with a suffix after an apostrophe is a place;
 * a station is not its road; pooled reports join when the outage reaches their mahalle; a bus number is its line.
 */
class GroupingRound11Test extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-11-04T05:00:00Z");
    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private static final DistrictNeighborhoods MAHALLES = new DistrictNeighborhoods(GAZETTEER);

    GroupingRound11Test() {
        super(T0, 11_000);
    }

    private static PlaceMatch esenyurtDesk(String text) {
        return GAZETTEER.matcher("İstanbul", "Esenyurt").match(TurkishNormalizer.get().normalize(text));
    }

    /** Four reports of one water cut in one mahalle; returns the incident they opened. */
    private long outage(GroupingEngine e, String district, String mahalle, String[] texts, int minute) {
        long id = incident(e, district, mahalle, "WATER", minute, texts);
        assertNotEquals(0, id, "an incident opened");
        return id;
    }

    private static final String[] PINAR = {"Pınar mahallesinde sabahtan beri su yok", "Pınar'da su kesik",
        "@iski Pınar mah. su yok 2 saattir", "pinar mh su yok hala"};

    @Test
    void aMessageOfNoPlaceIsNotTheDesksDistrict() {
        PlaceMatch none = esenyurtDesk("sabahtan beri su yok bizde");
        assertEquals("Esenyurt", none.district(), "the case keeps the desk's district");
        assertTrue(none.fromScope(), "but the text names no place");
        assertFalse(esenyurtDesk("Esenyurt'ta su yok mu bugün").fromScope(), "the district named");
        assertFalse(esenyurtDesk("Pınar mah. su yok").fromScope(), "a mahalle named");

        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        outage(e, "Esenyurt", "Pınar", PINAR, 0);
        String district = Report.groupingDistrict(none.district(), none.fromScope(), false);
        assertNull(district);
        Decision d = offer(e, report("sabahtan beri su yok bizde", district, null, "WATER", 10));
        assertNotEquals(Outcome.JOINED, d.outcome(), "it may live in a mahalle with water: " + d);

        GroupingEngine old = new GroupingEngine(Thresholds.defaults());
        outage(old, "Esenyurt", "Pınar", PINAR, 0);
        Decision asPlace = offer(old, report("sabahtan beri su yok bizde",
                Report.groupingDistrict(none.district(), none.fromScope(), true), null, "WATER", 10));
        assertEquals(Outcome.JOINED, asPlace.outcome(), "desk-district-is-place: the district's only outage");
    }

    @Test
    void aNameWithASuffixIsAPlace() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        long water = outage(e, "Karabağlar", "Limontepe", new String[] {"Limontepe'de su yok sabahtan beri",
            "@izsu Limontepe mahallesi su kesik", "limontepe su yok hala", "Limontepe mh. musluktan su akmıyor"}, 0);
        Decision plain = offer(e, report("uzundere su yok", null, null, "WATER", 9));
        assertNotEquals(Outcome.JOINED, plain.outcome(), "a lower-case word with no suffix may be anything: " + plain);
        Decision d = offer(e, report("@izsu Uzundere'de 3 saattir susuzuz, ne zaman gelir su?", null, null, "WATER",
                10));
        assertEquals(Outcome.JOINED, d.outcome(), "Uzundere of Karabağlar, the district without water: " + d);
        assertEquals(water, d.incidentId());
    }

    @Test
    void aStationIsNotItsRoadOrItsMahalle() {
        assertNull(Report.of(1, "Köseköy istasyon yolunda ana boru patlamış, yol göl oldu", "Kartepe", "Köseköy",
                "WATER", T0).structure());
        assertNull(Report.of(2, "İstasyon Mahallesi'nde su yok", "Kartepe", "İstasyon", "WATER", T0).structure());
        assertEquals("istasyon:kosekoy", Report.of(3, "Köseköy'de yol nehre döndü, istasyonun önü kapalı", "Kartepe",
                "Köseköy", "PUBLIC_WORKS", T0).structure(), "no capitalised name: the report's mahalle names it");
    }

    @Test
    void aPooledReportJoinsWhenTheOutageReachesItsMahalle() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        // the analyser sent it elsewhere and it names a second class: too far from the outage of the next mahalle
        Decision early = offer(e, report("Yurdoğlu Mahallesi'nde musluktan damla gelmiyor, çocuklar otobüse yüzünü "
                + "yıkamadan bindi", "Karabağlar", "Yurdoğlu", "SOCIAL_SERVICES", 0));
        assertEquals(Outcome.POOLED, early.outcome());
        long water = outage(e, "Karabağlar", "Limontepe", new String[] {"Limontepe'de su yok", "Limontepe su kesik",
            "limontepe mh su yok", "Limontepe mahallesinde su yok hala"}, 5);
        assertEquals(4, e.group(water).size(), "it waited in the pool");
        Decision reach = offer(e, report("Yurdoğlu mh musluktan damla gelmiyor, çocuklar yüzünü yıkamadan gitti",
                "Karabağlar", "Yurdoğlu", "WATER", 12));
        assertEquals(Outcome.JOINED, reach.outcome(), reach.toString());
        assertEquals(water, reach.incidentId());
        assertTrue(reach.members().stream().anyMatch(m -> m.caseId() == early.members().get(0).caseId()),
                "the early report came along: " + reach.members() + ", incident size " + e.group(water).size());
    }

    @Test
    void aBusNumberIsItsLineWhateverTheDepartment() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long line = incident(e, null, null, "TRANSPORT", 0, "@iett 142 yarım saattir gelmiyor",
                "142 hattı neden sefer yapmıyor", "@iett 142 yine yok", "142 numaralı otobüs bugün çalışmıyor mu");
        assertNotEquals(0, line);
        Decision d = offer(e, report("142 otobüsü bugün çalışmıyo mu arkadaşlar", null, null, "HEALTH", 10));
        assertEquals(Outcome.JOINED, d.outcome(), d.toString());
        assertEquals(line, d.incidentId());
    }

    @Test
    void theTapSaysWaterIsMissingBesideTheBill() {
        Report r = Report.of(1, "Sabah musluğu açtım tek damla yok. Her ay faturayı kuruşu kuruşuna ödüyoruz", null,
                null, "WATER", T0);
        assertTrue(r.topics().contains("water"), r.topics().toString());
        Report bill = Report.of(2, "su faturam bu ay çok yüksek geldi", null, null, "WATER", T0);
        assertFalse(bill.topics().contains("water"), "a bill question is not a water cut: " + bill.topics());
    }
}
