package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.GroupingEngine.Outcome;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.TextSignature;
import tr.hemsehri.incident.grouping.Thresholds;

/**
 * Rounds 3 and 4: the place from context, an incident's area, point versus network problems, the burst main, the
 * pool window, and the lexicon additions (lines, classes, structures).
 */
class GroupingRound3Test extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-07-14T06:00:00Z");

    GroupingRound3Test() {
        super(T0, 9000);
    }

    /** Reports that open an incident (a small local group or a spike) and then join it; its id. */
    private long oneIncident(GroupingEngine e, Decision... ds) {
        long id = 0;
        for (Decision d : ds) {
            assertTrue(d.outcome() == Outcome.SPIKE || d.outcome() == Outcome.JOINED || id == 0, d.toString());
            if (d.outcome() != Outcome.POOLED) {
                assertTrue(id == 0 || id == d.incidentId(), "one incident: " + d);
                id = d.incidentId();
            }
        }
        assertTrue(id != 0, "an incident opened");
        assertEquals(ds.length, e.group(id).size());
        return id;
    }

    /** Four Kocatepe water-cut reports, the analyser's place resolved: one incident. */
    private long kocatepeCut(GroupingEngine e) {
        String[] texts = {"Kocatepe'de su yok sabahtan beri", "Kocatepe mahallesinde sular kesik, ne zaman gelecek",
                "Kocatepe'de musluktan su akmıyor", "Kocatepe su yok, duyuru bile yok"};
        Decision[] ds = new Decision[texts.length];
        for (int i = 0; i < texts.length; i++) {
            ds[i] = offer(e, report(texts[i], "İzmit", "Kocatepe", "WATER", i));
        }
        return oneIncident(e, ds);
    }

    @Test
    void aPlacelessReportTakesTheActiveNeighbourhoodItNames() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long incident = kocatepeCut(e);
        Decision lower = offer(e, report("kocatepede su gelmedi hala", null, null, "WATER", 10));
        assertEquals(Outcome.JOINED, lower.outcome(), "lower case with a suffix: the analyser left it open");
        assertEquals(incident, lower.incidentId());

        Decision otherClass = offer(e, report("kocatepe çöpler alınmadı", null, null, "CLEANING", 11));
        assertEquals(Outcome.SKIPPED, otherClass.outcome(), "no problem class in common: the name is not enough");

        GroupingEngine off = new GroupingEngine(Thresholds.defaults().withPlaceFromContext(false));
        kocatepeCut(off);
        assertEquals(Outcome.SKIPPED, offer(off, report("kocatepede su gelmedi hala", null, null, "WATER", 10))
                .outcome());
    }

    @Test
    void twoActiveNeighbourhoodsNamedLeaveThePlaceOpen() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        kocatepeCut(e);
        for (int i = 0; i < 4; i++) {
            offer(e, report("Yenişehir'de su yok " + "!".repeat(i + 1), "İzmit", "Yenişehir", "WATER", 20 + i));
        }
        // Yenişehir's reports joined the Kocatepe cut (one main): naming both is naming that one outage
        Report both = report("kocatepe ve yenisehir su yok", null, null, "WATER", 30);
        assertEquals("İzmit", e.withContextPlace(both).district(), "two mahalles of one outage");
        for (int i = 0; i < 4; i++) {
            offer(e, report("Yarımca'da su yok " + "!".repeat(i + 1), "Körfez", "Yarımca", "WATER", 25 + i));
        }
        Report apart = report("kocatepe ve yarimca su yok", null, null, "WATER", 30);
        assertNull(e.withContextPlace(apart).neighborhood(), "two outages of two districts: which one is unknown");
        assertEquals("Kocatepe", e.withContextPlace(report("kocatepe su yok", null, null, "WATER", 31))
                .neighborhood());
    }

    @Test
    void aWaterCutSpansNeighbourhoodsAndItsAreaGrows() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long incident = kocatepeCut(e);
        Decision next = offer(e, report("Yenişehir'de de su yok sabahtan beri, kesik mi", "İzmit", "Yenişehir",
                "WATER", 12));
        assertEquals(Outcome.JOINED, next.outcome(), "a network problem: the next mahalle's cut is the same main");
        assertEquals(incident, next.incidentId());
        Decision terse = offer(e, report("Yenişehir susuz", "İzmit", "Yenişehir", "OTHER", 13));
        assertEquals(incident, terse.incidentId(), "Yenişehir is in the incident's area now: its own place");
    }

    @Test
    void floodsInTwoNeighbourhoodsStayTwoIncidents() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        Decision[] ds = new Decision[4];
        for (int i = 0; i < 4; i++) {
            ds[i] = offer(e, report("Manavkuyu'da sokak göl oldu, mazgallar tıkalı " + i, "Bayraklı", "Manavkuyu",
                    "WATER", i));
        }
        oneIncident(e, ds);
        Decision other = offer(e, report("Adalet'te mazgallar tıkalı, sokak göl oldu", "Bayraklı", "Adalet", "WATER",
                10));
        assertNotEquals(Outcome.JOINED, other.outcome(), "a flooded street is where it is: another job");
    }

    @Test
    void aBurstMainsFloodedStreetJoinsItsWaterCut() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        String[] cut = {"Şirinkapı'da ana boru patladı, sokak göl oldu, su yok", "Şirinkapı su kesik, boru patlamış",
                "Şirinkapı'da musluktan su gelmiyor", "Şirinkapı su yok ne zaman gelir"};
        Decision[] ds = new Decision[cut.length];
        for (int i = 0; i < cut.length; i++) {
            ds[i] = offer(e, report(cut[i], "Buca", "Şirinkapı", "WATER", i));
        }
        long id = oneIncident(e, ds);
        assertTrue(e.group(id).topics().contains("pipe"), "the pipe named by two stays a main class");
        Report fr = report("Şirinkapı'da sular sokağa taştı, sokak göl oldu", "Buca", "Şirinkapı", "PUBLIC_WORKS", 8);
        assertEquals(java.util.Set.of("flood"), fr.topics(), "a flood report that names no pipe");
        Decision flood = offer(e, fr);
        assertEquals(Outcome.JOINED, flood.outcome(), "the flooded street at the burst is the burst");
        assertEquals(id, flood.incidentId());

        GroupingEngine rain = new GroupingEngine(Thresholds.defaults());
        String[] plain = {"Şirinkapı su yok", "Şirinkapı su kesik sabahtan beri", "Şirinkapı'da musluktan su gelmiyor",
                "Şirinkapı su yok ne zaman gelir"};
        for (int i = 0; i < plain.length; i++) {
            offer(rain, report(plain[i], "Buca", "Şirinkapı", "WATER", i));
        }
        assertEquals(Outcome.POOLED, offer(rain, report("Şirinkapı'da sular sokağa taştı, sokak göl oldu",
                "Buca", "Şirinkapı", "PUBLIC_WORKS", 8)).outcome(), "no pipe named: a flood is not a water cut");
    }

    @Test
    void neighboursHoursApartStillFormASmallIncident() {
        String a = "Huzur mahallesi 12 sokak lambaları yanmıyor, karanlık";
        String b = "Huzur mahallesi 12 sokakta lambalar hala yanmıyor";
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        assertEquals(Outcome.POOLED, offer(e, report(a, "Narlıdere", "Huzur", "OTHER", 0)).outcome());
        assertEquals(Outcome.SPIKE, offer(e, report(b, "Narlıdere", "Huzur", "OTHER", 180)).outcome(),
                "within the pool window");
        GroupingEngine hour = new GroupingEngine(Thresholds.defaults().withPoolWindow(Duration.ofHours(1)));
        offer(hour, report(a, "Narlıdere", "Huzur", "OTHER", 0));
        assertEquals(Outcome.POOLED, offer(hour, report(b, "Narlıdere", "Huzur", "OTHER", 180)).outcome(),
                "the old pool forgot the first report after an hour");
    }

    @Test
    void linesOfRound3And4() {
        assertEquals("ferry", TextSignature.of("vapurlar iptal mi bugün, iskelede bekliyoruz").line());
        assertEquals("ferry", TextSignature.of("@izdeniz hangi seferler iptal?").line());
        assertEquals("bus:142", TextSignature.of("@iett 142 yine gelmedi").line());
        assertEquals("tram", TextSignature.of("Akçaray seferleri durmuş").line());
        assertEquals("izban", TextSignature.of("@izban seferler iptal mi? Çiğli'de bekliyoruz").line());
        assertEquals("izban", TextSignature.of("İZBAN'da elektrik arızası, tren yok").line(),
                "the line's own power fault is the line's");
        assertNull(TextSignature.of("Bornova metro istasyonunda yürüyen merdiven bozuk").line(), "a station fault");
        assertEquals("istasyon:bornova", report("Bornova metro istasyonunda yürüyen merdiven bozuk", "Bornova",
                null, "TRANSPORT", 0).structure(), "no name of its own before 'istasyon': the district names it");
    }

    @Test
    void classesOfRound3And4() {
        assertTrue(TextSignature.of("Gaziemir'de park yanında yangın var").topics().contains("fire"));
        assertFalse(TextSignature.of("sokak lambaları gündüz yanıyor").topics().contains("fire"), "lights burn");
        assertTrue(TextSignature.of("Sarnıç kavşağında ışıklar yanmıyor").topics().contains("signal"));
        assertEquals("kavsak:sarnic", TextSignature.of("Sarnıç kavşağında ışıklar yanmıyor").structure());
        assertTrue(TextSignature.of("sokak lambaları yanmıyor").topics().contains("light"));
        assertTrue(TextSignature.of("konteynerin kapağı kırık").topics().contains("bin"));
        assertTrue(TextSignature.of("konteynerler taştı, çöpler alınmadı").topics().contains("garbage"));
        assertTrue(TextSignature.of("su faturam çok yüksek geldi").topics().contains("billing"));
        assertFalse(TextSignature.of("su faturam çok yüksek geldi").topics().contains("water"));
        assertFalse(TextSignature.of("lağım taştı, 3 gündür kimse gelmedi").topics().contains("water"),
                "nobody came is not 'no water'");
        assertTrue(TextSignature.of("Uzundere water cut again").topics().contains("water"));
        assertTrue(TextSignature.of("Çamlıkule no electricity since noon").topics().contains("electricity"));
        assertTrue(TextSignature.of("Gökdere yokuşu buz tuttu, tuzlama yok").topics().contains("ice"));
        assertTrue(TextSignature.of("Saadetdere'de koku çok fena").topics().contains("smell"));
        assertFalse(TextSignature.of("doğalgaz kokusu var").topics().contains("smell"), "a gas smell is gas");
        assertFalse(TextSignature.of("yağmur yağıyor, şemsiyesiz kaldık").topics().contains("flood"),
                "rain alone is no flood");
        assertTrue(TextSignature.of("sokağımız nehir oldu").topics().contains("flood"));
    }

    @Test
    void anUnnamedUnderpassIsNamedByTheReportsPlace() {
        Report r = report("alt geçit göl olmuş, araçlar girmesin", "Gebze", "İstasyon", "PUBLIC_WORKS", 0);
        // keyed like a named one ("İstasyon alt geçidi"); the district keeps two districts' İstasyon apart (below)
        assertEquals("altgecit:istasyon", r.structure());
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        for (int i = 0; i < 2; i++) {
            offer(e, report("İstasyon alt geçidi göl olmuş, araçlar girmesin", "Gebze", "İstasyon", "PUBLIC_WORKS", i));
        }
        Decision other = offer(e, report("İstasyon alt geçidi göl olmuş, araçlar girmesin", "Tarsus", "İstasyon",
                "PUBLIC_WORKS", 3));
        assertEquals(Outcome.POOLED, other.outcome(), "one mahalle name is found in many districts: " + other);
        assertNull(report("alt geçit göl olmuş", null, null, "PUBLIC_WORKS", 0).structure(), "no place: no key");
    }
}
