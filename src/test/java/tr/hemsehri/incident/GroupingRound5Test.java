package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.GroupingEngine.Outcome;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.TextSignature;
import tr.hemsehri.incident.grouping.Thresholds;

/**
 * Round 5: the area an announcement lists, street anchors, a bus line named by its number alone, the first line
 * named, hashtag compounds, a district word that names an active mahalle, villages, stops and junctions.
 */
class GroupingRound5Test extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-08-04T06:00:00Z");

    GroupingRound5Test() {
        super(T0, 5000);
    }

    @Test
    void plannedInterruptionCoversEveryMahalleItsAnnouncementLists() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        e.planned(77, "Esenyurt", "Pınar", "WATER", T0, T0.plusSeconds(8 * 3600),
                "Şebeke bağlantı çalışması nedeniyle Pınar ve Fatih mahallelerinde 09:00-17:00 arası planlı su "
                        + "kesintisi yapılacaktır.");
        Decision fatih = offer(e, report("Fatih mah. suyumuz yok, bebek var evde", "Esenyurt", "Fatih", "WATER", 60));
        assertEquals(Outcome.JOINED, fatih.outcome(), fatih.toString());
        assertEquals(77, fatih.incidentId());
        Decision yenikent = offer(e, report("Yenikent mahallesinde su yok, duyuruda yoktuk", "Esenyurt", "Yenikent",
                "WATER", 61));
        assertNotEquals(77, yenikent.incidentId(), "a mahalle the announcement does not list is another fault");

        GroupingEngine typed = new GroupingEngine(Thresholds.defaults());
        typed.planned(78, "Esenyurt", "Pınar, Fatih", "WATER", T0, T0.plusSeconds(8 * 3600), "Planlı su kesintisi.");
        Decision d = offer(typed, report("Fatih'te su kesik", "Esenyurt", "Fatih", "WATER", 30));
        assertEquals(78, d.incidentId(), "the mahalles typed into the field: " + d);
    }

    @Test
    void streetAnchorsAreNumbersOrNamesBeforeAStreetWord() {
        assertEquals(Set.of("1469"), TextSignature.of("Alsancak 1469 sk'da kocaman bir dal kırılmış").anchors());
        assertEquals(Set.of("117"), TextSignature.of("Erzene mah. 117 sokaktaki çukura motorcu düştü").anchors());
        assertEquals(Set.of("kartal"), TextSignature.of("Yahyakaptan mah. Kartal sk. yolun altından su").anchors());
        assertEquals(Set.of("1"), TextSignature.of("Menderes mah 1 numaralı sokak. Su ne zaman").anchors());
        assertEquals(Set.of(), TextSignature.of("bizim sokakta da aynı, ana caddede de").anchors());
        assertEquals(Set.of(), TextSignature.of("Bostanlı'da cadde göl oldu", "bostanli").anchors(),
                "a located word is where, not a street's name");
    }

    @Test
    void neighboursNamingOneStreetFormAnIncidentAndAPlacelessFollowUpJoinsIt() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        Decision first = offer(e, report("Alsancak 1469 sk'da kocaman bir dal kırılmış kaldırımın üstüne sarkıyor",
                "Konak", "Alsancak", "PARKS", 0));
        Decision second = offer(e, report("1469 sokaktaki ağacın kırık kolu düşmek üzere, yayalar yola iniyor",
                "Konak", "Alsancak", "PARKS", 50));
        assertEquals(Outcome.POOLED, first.outcome());
        assertEquals(Outcome.SPIKE, second.outcome(), "one street named: " + second);
        Decision followUp = offer(e, report("1469 sokaktaki dal hala orada, bir arabaya düştü şimdi", null, null,
                "PARKS", 120));
        assertEquals(Outcome.JOINED, followUp.outcome(), "the street names the place: " + followUp);
        assertEquals(second.incidentId(), followUp.incidentId());

        GroupingEngine other = new GroupingEngine(Thresholds.defaults());
        offer(other, report("Alsancak 1469 sk'da kocaman bir dal kırılmış", "Konak", "Alsancak", "PARKS", 0));
        Decision elsewhere = offer(other, report("Bornova'da 1469 sk'da çukur var", "Bornova", "Erzene",
                "PUBLIC_WORKS", 10));
        assertEquals(Outcome.POOLED, elsewhere.outcome(), "the same number in another district is another street");
    }

    @Test
    void aBareNumberIsTheBusLineOnlyWhileThatLineIsReported() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        Decision quiet = offer(e, report("142 gelmiyo 40 dk oldu", "Esenyurt", null, "OTHER", 0));
        assertNull(quiet.outcome() == Outcome.JOINED ? "joined" : null, "no 142 reported yet: " + quiet);
        long line = 0;
        String[] texts = {"@iett 142 numaralı otobüs Meydan durağına 45 dakikadır gelmedi",
            "142 numaralı otobüs yine yok, durakta bekliyoruz", "142 nolu hat seferleri yapılmıyor mu",
            "@iett 142 otobüsü neden gelmiyor"};
        for (int i = 0; i < texts.length; i++) {
            Decision d = offer(e, report(texts[i], "Esenyurt", null, "TRANSPORT", 5 + i));
            if (d.outcome() != Outcome.POOLED) {
                line = d.incidentId();
            }
        }
        assertTrue(line != 0, "the line's reports opened an incident");
        assertEquals("bus:142", e.group(line).line());
        Decision bare = offer(e, report("142 yok hala, yarım saattir bekliyorum", "Esenyurt", null, "OTHER", 20));
        assertEquals(Outcome.JOINED, bare.outcome(), bare.toString());
        assertEquals(line, bare.incidentId());
    }

    @Test
    void theFirstLineNamedIsTheLineThatFailed() {
        assertEquals("ferry", TextSignature.of("Vapur yok, metro tıklım tıklım. Alternatif sefer koyun").line());
        assertEquals("metro", TextSignature.of("Metro durdu, vapura mı binelim").line());
        assertEquals("ferry", TextSignature.of("Değirmendere iskelesinde bekliyoruz feribot yok").line());
        assertEquals("ferry", TextSignature.of("deniz otobüsü akşam çalışacak mı karamürsel").line());
        assertEquals("tram", TextSignature.of("tram is down again in izmit, late for work").line());
    }

    @Test
    void aHashtagRunTogetherWithAPlaceNamesItsClass() {
        assertTrue(TextSignature.of("#bucasusuz 4 saat oldu. Açıklama yok.").topics().contains("water"));
        assertTrue(TextSignature.of("#gebzesusuz ne oluyor").topics().contains("water"));
    }

    @Test
    void aDistrictReadFromTheNameOfAnActiveMahalleTakesThatMahalle() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        String[] texts = {"Buca Menderes mahallesinde su yok sabahtan beri", "Menderes mah. sular kesik, ne zaman gelir",
            "Buca Menderes'te musluktan su akmıyor", "Menderes mahallesi su yok, duyuru bile yok"};
        long id = 0;
        for (int i = 0; i < texts.length; i++) {
            Decision d = offer(e, report(texts[i], "Buca", "Menderes", "WATER", i));
            if (d.outcome() != Outcome.POOLED) {
                id = d.incidentId();
            }
        }
        assertTrue(id != 0);
        Report r = report("Sabah 6dan beri Menderes'te su yok, yaşlı annem var", "Menderes", null, "WATER", 30);
        assertEquals("Menderes", e.withContextPlace(r).neighborhood());
        Decision d = offer(e, r);
        assertEquals(id, d.incidentId(), d.toString());
    }

    @Test
    void villagesKeepTheirWaterProblemsApart() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long ahmetbeyler = 0;
        String[] texts = {"Ahmetbeyler köyünde su yok, depo boş", "ahmetbeyler koyu su yok depo bos",
            "Ahmetbeyler'de su yok pompa yanmış", "AHMETBEYLER KÖYÜNDE SU YOK, HAYVANLAR SUSUZ"};
        for (int i = 0; i < texts.length; i++) {
            Decision d = offer(e, report(texts[i], "Bergama", "Ahmetbeyler", "WATER", i));
            if (d.outcome() != Outcome.POOLED) {
                ahmetbeyler = d.incidentId();
            }
        }
        assertTrue(ahmetbeyler != 0);
        Decision kozluca = offer(e, report("kozluca köyünde su borusu patlamış, su yok", "Bergama", "Kozluca", "WATER",
                20));
        assertNotEquals(ahmetbeyler, kozluca.incidentId(), "another village, another supply: " + kozluca);
    }

    @Test
    void aNamedStopOrJunctionIsOneStructureHoweverItIsWritten() {
        Report a = report("Bayraklı Adalet mah. kavşaktaki trafik lambası sürekli kırmızıda", "Bayraklı", "Adalet",
                "TRANSPORT", 0);
        Report b = report("adalet kavşağı ışıklar bozuk, kaza olacak", "Bayraklı", "Adalet", "OTHER", 5);
        assertEquals(a.structure(), b.structure());
        assertEquals("durak:kocatepe", report("Kocatepe durağında camları kırmışlar", "İzmit", null, "OTHER", 0)
                .structure());
        assertNull(report("güzergah değiştirmiş, durakta kimse yok", "Esenyurt", null, "TRANSPORT", 0).structure(),
                "a bare 'durakta' after a verb names no stop");
    }
}
