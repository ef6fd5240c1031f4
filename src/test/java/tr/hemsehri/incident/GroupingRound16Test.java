package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.GroupingEngine.Outcome;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.Thresholds;
import tr.hemsehri.nlp.geo.DistrictNeighborhoods;
import tr.hemsehri.nlp.geo.Gazetteer;

/**
 * Session 19: a report of no place that names a mahalle ("kazimkarabekirde su yok", a person's name in lower case;
 * "Emek Mahallesi'nde", a mahalle of three Kocaeli districts) and arrives before its incident waits for it, and
 * joins when the incident reaches that mahalle; one naming two mahalles of one outage is placed. A stopped bus named
 * by where the writer waits joins the one failing line reported from there; a bare number written before its line's
 * incident opened joins it when it does.
 */
class GroupingRound16Test extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-12-06T04:00:00Z");
    private static final DistrictNeighborhoods MAHALLES = new DistrictNeighborhoods(Gazetteer.loadDefault());

    GroupingRound16Test() {
        super(T0, 16_000);
    }

    /** Offers the texts one minute apart; the decision that opened an incident (SPIKE), or null. */
    private Decision spike(GroupingEngine e, String district, String mahalle, String department, int firstMinute,
            String... texts) {
        Decision opened = null;
        for (int i = 0; i < texts.length; i++) {
            Decision d = offer(e, report(texts[i], district, mahalle, department, firstMinute + i));
            if (d.outcome() == Outcome.SPIKE) {
                opened = d;
            }
        }
        return opened;
    }

    private static List<Long> ids(Decision d) {
        return d.members().stream().map(Report::caseId).toList();
    }

    @Test
    void aPlacelessFirstReportJoinsTheOutageWhenItOpensInItsMahalle() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        Report early = report("kazimkarabekirde su yok sabah sabah", null, null, "WATER", 0);
        Decision waiting = offer(e, early);
        assertEquals(Outcome.POOLED, waiting.outcome(), "it waits for its mahalle: " + waiting);
        Report other = report("emek mh su yok hala, bi aciklama yapin", null, null, "WATER", 1);
        offer(e, other);
        Decision opened = spike(e, "Darıca", "Kazımkarabekir", "WATER", 10,
                "Darıca Kazımkarabekir Mahallesi'nde su yok, musluklar hava çekiyor",
                "Kazımkarabekir'de sabahtan beri su kesik", "Kazımkarabekir mahallesi susuz kaldı",
                "Kazımkarabekir'de su yok, ne zaman gelecek?");
        assertNotEquals(null, opened, "the four placed reports open the outage");
        assertTrue(ids(opened).contains(early.caseId()), "the early report joins it: " + opened);
        assertTrue(!ids(opened).contains(other.caseId()), "Emek is not reached yet: " + opened);
        Decision emek = offer(e, report("Emek Mahallesi'nde de su yok, üç mahalle susuz", "Darıca", "Emek", "WATER",
                30));
        assertEquals(opened.incidentId(), emek.incidentId(), emek.toString());
        assertTrue(ids(emek).contains(other.caseId()), "once the outage reaches Emek its waiting report joins: " + emek);
    }

    @Test
    void aWaitingReportOfAnotherProblemStaysOut() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        Report garbage = report("kazimkarabekirde cop toplanmiyor 3 gundur", null, null, "CLEANING", 0);
        offer(e, garbage);
        long water = incident(e, "Darıca", "Kazımkarabekir", "WATER", 10,
                "Darıca Kazımkarabekir Mahallesi'nde su yok", "Kazımkarabekir'de sabahtan beri su kesik",
                "Kazımkarabekir mahallesi susuz kaldı", "Kazımkarabekir'de su yok, ne zaman gelecek?");
        assertNotEquals(0, water);
        assertEquals(4, e.group(water).size(), "the garbage report does not join the water cut");
    }

    @Test
    void twoMahallesOfOneOutageNamedTogetherArePlaced() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        long cut = incident(e, "Çayırova", "Emek", "OTHER", 0, "Emek Mahallesi'nde elektrik kesik",
                "Emek'te elektrikler gitti", "Emek mahallesi elektrik yok", "Emek'te elektrik ne zaman gelecek");
        assertNotEquals(0, cut);
        Decision atat = offer(e, report("Atatürk Mahallesi'nde de elektrik yok", "Çayırova", "Atatürk", "OTHER", 10));
        assertEquals(cut, atat.incidentId(), atat.toString());
        Decision both = offer(e, report("emekte geldi elektrik ataturkte hala yok mu", null, null, "OTHER", 20));
        assertEquals(cut, both.incidentId(), "both mahalles are the one outage's: " + both);
    }

    private Decision line155(GroupingEngine e, int minute) {
        String[][] texts = {{"155 numaralı otobüs sabah seferini yapmadı, Yeşilkent durağında bekliyoruz", "Yeşilkent"},
            {"155 numaralı hat yine yok, Seymen durağı kalabalık", "Seymen"},
            {"155 numaralı otobüs iki saattir gelmiyor", "Yeşilkent"},
            {"Hat 155 bugün çalışıyor mu? 155 numaralı otobüs geçmedi", "Barbaros"}};
        Decision spike = null;
        for (int i = 0; i < texts.length; i++) {
            Decision d = offer(e, report(texts[i][0], "Başiskele", texts[i][1], "TRANSPORT", minute + i));
            if (d.outcome() == Outcome.SPIKE) {
                spike = d;
            }
        }
        assertNotEquals(null, spike, "line 155's reports open its incident");
        return spike;
    }

    @Test
    void aStoppedBusNamedByItsDistrictJoinsTheOneLineFailingThere() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        long line = line155(e, 0).incidentId();
        Decision district = offer(e, report("Başiskele'de otobüsler çalışmıyor mu bugün? Bir saattir bekliyoruz",
                "Başiskele", null, "TRANSPORT", 20));
        assertEquals(line, district.incidentId(), district.toString());
        Decision stop = offer(e, report("Yeşilkent'ten otobüs hâlâ yok", "Başiskele", "Yeşilkent", "TRANSPORT", 21));
        assertEquals(line, stop.incidentId(), "Yeşilkent is one of its stops: " + stop);
        Decision shelter = offer(e, report("Başiskele'de otobüs durağının camı kırık, oturak da yok", "Başiskele", null,
                "TRANSPORT", 22));
        assertNotEquals(line, shelter.incidentId(), "a broken shelter is no stopped line: " + shelter);
        Decision elsewhere = offer(e, report("Kullar'dan otobüs yok", "Başiskele", "Kullar", "TRANSPORT", 23));
        assertNotEquals(line, elsewhere.incidentId(), "no report of the line came from Kullar: " + elsewhere);
    }

    @Test
    void aBareNumberWrittenBeforeItsLineOpenedJoinsIt() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        Report placeless = report("155 gelmedi barbarosta yarim saattir bekliyoz", null, null, "OTHER", 0);
        assertEquals(Outcome.POOLED, offer(e, placeless).outcome());
        Report pooled = report("yesilkentten 155 gecmedi 40 dk oldu", "Başiskele", "Yeşilkent", "OTHER", 1);
        assertEquals(Outcome.POOLED, offer(e, pooled).outcome());
        Report hours = report("3 saattir su yok", null, null, "WATER", 2);
        offer(e, hours);
        List<Long> ids = ids(line155(e, 5));
        assertTrue(ids.contains(placeless.caseId()) && ids.contains(pooled.caseId()), ids.toString());
        assertTrue(!ids.contains(hours.caseId()), "three hours is no line: " + ids);
    }

    @Test
    void aUtilitysPumpStationIsNoStationOfALine() {
        Report pump = report("Emek Mahallesi'nde de sular yok, pompa istasyonu arızalıymış", "Darıca", "Emek", "WATER",
                0);
        assertEquals(null, pump.structure(), "the pump station is why the taps are dry, not where");
        Report metro = report("Bornova metro istasyonunda yürüyen merdiven bozuk", "Bornova", null, "TRANSPORT", 1);
        assertNotEquals(null, metro.structure(), "a station of a line still is one");
    }

    @Test
    void oneWordOfAMahallesNameOfSeveralIsThatMahalleWhileItsOutageIsLive() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        long cut = incident(e, "Kemalpaşa", "Ulucak Istiklal", "WATER", 0, "Ulucak İstiklal Mahallesi'nde su yok",
                "Ulucak İstiklal'de sabahtan beri su kesik", "ulucak istiklal mh susuz kaldik",
                "Ulucak İstiklal'de su yok, ne zaman gelecek?");
        assertNotEquals(0, cut);
        Report shortName = e.withContextPlace(report("istiklalde su yok hala bi aciklama yapin", null, null, "WATER", 10));
        assertEquals("Ulucak Istiklal", shortName.neighborhood(), "İstiklal is what its people call it");
        Decision d = offer(e, report("istiklalde su yok hala bi aciklama yapin", null, null, "WATER", 11));
        assertEquals(cut, d.incidentId(), d.toString());
    }

    @Test
    void aSoftenedFinalConsonantIsStillTheName() {
        assertTrue(tr.hemsehri.nlp.geo.PlaceMatcher.baseForms("kuyucaga").contains("kuyucak"));
        assertTrue(tr.hemsehri.nlp.geo.PlaceMatcher.baseForms("ovacigin").contains("ovacik"));
        assertTrue(!tr.hemsehri.nlp.geo.PlaceMatcher.baseForms("bagda").contains("bakda"), "only before a vowel");
    }

    @Test
    void aClosedRoadIsOneIncidentInTheMahallesItJoins() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        long road = incident(e, "Kandıra", "Kefken", "PUBLIC_WORKS", 0,
                "Kandıra-Kefken yolu Babalı mevkiinde heyelan, yol kapalı",
                "Kefken yolu kapalı, Babalı'dan sonra yamaç yola inmiş", "Kefken'den çıkan yol kapalı, Babalı'daki heyelan",
                "Kefken yolu hâlâ kapalı, Babalı'da toprak kaymış");
        assertNotEquals(0, road);
        Decision pothole = offer(e, report("Babalı'da yolda kocaman çukur var, araba düştü", "Kandıra", "Babalı",
                "PUBLIC_WORKS", 10));
        assertNotEquals(road, pothole.incidentId(), "a pothole is where it is: " + pothole);
        Decision power = offer(e, report("Babalı'da elektrik yok, ekip yol kapalı diye gelemiyor", "Kandıra", "Babalı",
                "OTHER", 11));
        assertNotEquals(road, power.incidentId(), "the power cut is that report's job: " + power);
        Decision closed = offer(e, report("babali yolunda toprak kaymis yol kapali gecmeyin", "Kandıra", "Babalı",
                "PUBLIC_WORKS", 12));
        assertEquals(road, closed.incidentId(), "the closure's members name Babalı: " + closed);
    }

    @Test
    void aGuessIsNoEvidenceOfWhereTheProblemIs() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        // the analyser takes Aliağa's Siteler, the largest of two, for a lower-case "sitelerde"
        Report guess = Report.of(9001, "sitelerde elektrik gitti", "Aliağa", "Siteler", "OTHER", T0, true);
        offer(e, guess);
        long cut = incident(e, "Güzelbahçe", "Siteler", "OTHER", 5, "Güzelbahçe Siteler Mahallesi'nde elektrik kesildi",
                "Siteler'de elektrikler gitti, Güzelbahçe", "Güzelbahçe Siteler elektrik yok",
                "Siteler Mahallesi'nde elektrik ne zaman gelecek, Güzelbahçe");
        assertNotEquals(0, cut);
        Report again = Report.of(9002, "Siteler'de 3 saattir elektrik yok, açıklama bekliyoruz", "Aliağa", "Siteler",
                "OTHER", T0.plusSeconds(1800), true);
        Decision d = offer(e, again);
        assertEquals(cut, d.incidentId(), "the other guess in Aliağa does not keep it there: " + d);
    }

    @Test
    void aTreeAcrossTheRoadAndTheShutRoadAreOneJob() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        long tree = incident(e, "Kandıra", "Kefken", "PARKS", 0, "kefken yolunda agac devrilmis yol kapali",
                "Kefken yolunda koca bir ağaç yola devrilmiş, iki yön de kapalı",
                "Kefken'de devrilen ağaç yolu kapattı", "kefken yolu agac yuzunden kapali hala");
        assertNotEquals(0, tree);
        Decision road = offer(e, report("Kefken yolu ne zaman açılır? Hastaneye gitmemiz lazım", "Kandıra", "Kefken",
                "PUBLIC_WORKS", 10));
        assertEquals(tree, road.incidentId(), "the shut road is the tree's job: " + road);
        Decision pothole = offer(e, report("Kefken'de yolda çukur var", "Kandıra", "Kefken", "PUBLIC_WORKS", 11));
        assertNotEquals(tree, pothole.incidentId(), "a pothole says no road is shut: " + pothole);
    }

    @Test
    void aMahalleOrStreetNamedAfterATreeIsNoTree() {
        assertEquals(java.util.Set.of("electricity"),
                report("Çınar Mahallesi'nde hala elektrik yok!", "Esenyurt", "Çınar", "OTHER", 0).topics());
        assertEquals(java.util.Set.of("electricity"),
                report("Çınar'a elektrik geldi sonunda", "Esenyurt", "Çınar", "OTHER", 1).topics());
        assertEquals(java.util.Set.of("light"),
                report("Çınar Sk'ta sokak lambaları yanmıyor", "İzmit", "Yenişehir", "OTHER", 2).topics());
        assertEquals(java.util.Set.of("tree"),
                report("parktaki koca çınar devrildi", "Esenyurt", null, "PARKS", 3).topics());
    }

    @Test
    void anUnnamedUnderpassIsTheDistrictsOneFloodedUnderpass() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        long named = incident(e, "Esenyurt", null, "WATER", 0, "Doğan Araslı Bulvarı alt geçidi su doldu",
                "dogan arasli alt gecit su dolmus gecilmiyor", "Doğan Araslı alt geçidi yine göl oldu",
                "Doğan Araslı alt geçidinde araçlar suda kaldı");
        assertNotEquals(0, named);
        assertEquals("altgecit:arasli",
                report("Doğan Araslı Bulvarı alt geçidi su doldu", "Esenyurt", null, "WATER", 9).text().structure(),
                "the road's name, not its 'bulvarı'");
        Decision bare = offer(e, report("alt geçit yine su doldu, araçlar alt geçitte kaldı", "Esenyurt", null, "WATER",
                10));
        assertEquals(named, bare.incidentId(), "the district's one flooded underpass: " + bare);
    }

    @Test
    void aBurstNamedAwayFromTheMainsStreetIsASecondBurst() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        long main = incident(e, "Kiraz", "İstiklal", "WATER", 0, "Hükümet Caddesi'nde ana boru patlamış, su yok",
                "Hükümet Cd. boru patladı, İstiklal'de su yok", "Hükümet Caddesi'nde patlayan boru yüzünden su kesik",
                "İstiklal mah. Hükümet Caddesi boru patlağı, evlerde su yok");
        assertNotEquals(0, main);
        Decision near = offer(e, report("Cumhuriyet Mahallesi'nde de su yok, Hükümet Caddesi'ndeki boru patlağı yüzünden",
                "Kiraz", "Cumhuriyet", "WATER", 10));
        assertEquals(main, near.incidentId(), "its street: the same burst " + near);
        Decision second = offer(e, report("karaburç mh de okulun yanında su borusu patlamış, su yok", "Kiraz",
                "Karaburç", "WATER", 20));
        assertNotEquals(main, second.incidentId(), "a burst away from the main's street is another: " + second);
    }

    @Test
    void twoMahallesOfTwoIncidentsOfOneDistrictLeaveThePlaceOpen() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        long power = incident(e, "Çayırova", "Emek", "OTHER", 0, "Emek Mahallesi'nde elektrik kesik",
                "Emek'te elektrikler gitti", "Emek mahallesi elektrik yok", "Emek'te elektrik ne zaman gelecek");
        long water = incident(e, "Çayırova", "Atatürk", "WATER", 5, "Atatürk Mahallesi'nde su yok",
                "Atatürk'te sular kesik", "Atatürk mahallesi susuz", "Atatürk'te su ne zaman gelecek");
        assertNotEquals(0, power);
        assertNotEquals(0, water);
        assertNotEquals(power, water);
        Report both = e.withContextPlace(report("emekte elektrik yok ataturkte de su yok", null, null, "OTHER", 20));
        assertEquals(null, both.neighborhood(), "two incidents: which one is unknown");
    }

    @Test
    void aLinesNumberWrittenAtAStopBeforeItOpenedJoinsIt() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        Report atStop = report("876 gelmedi çandarlı durağında 20 kişi bekliyoruz", "Dikili", "Çandarlı", "TRANSPORT", 0);
        assertEquals(Outcome.POOLED, offer(e, atStop).outcome());
        assertNotEquals("bus:20", report("@eshotgenel 876 Çandarlı-Dikili 06:20 seferi yok", "Dikili", "Çandarlı",
                "TRANSPORT", 1).line(), "06:20 is a time of day, not line 20");
        Decision opened = spike(e, "Dikili", "Çandarlı", "TRANSPORT", 5, "876 numaralı otobüs Çandarlı'dan geçmedi",
                "876 numaralı hat yine yok, Çandarlı", "876 numaralı otobüs sabahtan beri gelmiyor Çandarlı",
                "876 numaralı otobüs seferleri yok mu Çandarlı");
        assertNotEquals(null, opened, "line 876 opens");
        assertTrue(ids(opened).contains(atStop.caseId()), "the report pooled under the stop joins the line: " + opened);
    }
}
