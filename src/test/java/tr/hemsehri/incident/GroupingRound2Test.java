package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.GroupingEngine.Outcome;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.TextSignature;
import tr.hemsehri.incident.grouping.Thresholds;
import tr.hemsehri.nlp.Category;

/** The round-2 rules: named structures, small local groups, praise left out, the pool offered to a new incident. */
class GroupingRound2Test extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-06-02T07:00:00Z");

    GroupingRound2Test() {
        super(T0, 5000);
    }

    private static Thresholds round2(boolean structures, int localSpike, boolean skipSupport, boolean poolToNew) {
        Thresholds d = Thresholds.defaults();
        return d.withRound2(structures, localSpike, d.simLocalSpike(), skipSupport, poolToNew);
    }

    @Test
    void structureKeys() {
        assertEquals("altgecit:halkapinar", TextSignature.of("Halkapınar alt geçidi su dolmuş").structure());
        assertEquals("altgecit:halkapinar", TextSignature.of("Konak Halkapınar alt geçidinde araçlar kaldı").structure());
        assertEquals("altgecit:halkapinar", TextSignature.of("halkapinar altgeçit yine göl").structure());
        assertEquals("kopru:bayrakli", TextSignature.of("Bayraklı köprüsünde çukur var").structure());
        assertNull(TextSignature.of("köprülü kavşak ne zaman bitecek").structure(), "an adjective, no name");
        assertNull(TextSignature.of("1720 sokakta su bastı").structure());
        assertNull(TextSignature.of("metro Halkapınar alt geçidi yanında durdu").structure(), "a line wins");
    }

    @Test
    void lexiconOfRound2() {
        assertTrue(TextSignature.of("okulun yanındaki koca çam devrildi").topics().contains("tree"));
        assertFalse(TextSignature.of("kokudan camı açamıyoruz").topics().contains("tree"), "folded 'cam' is glass");
        assertTrue(TextSignature.of("sokağımız dere oldu, diz boyu").topics().contains("flood"));
        TextSignature crowd = TextSignature.of("Halkapınar aktarmada insan seli var, metro çalışmıyor");
        assertFalse(crowd.topics().contains("flood"), "a crowd, not a flood");
        assertEquals("metro", crowd.line());
        assertTrue(TextSignature.of("çöpler yığıldı, fareler geziyor").topics().contains("garbage"),
                "garbage with rats is still garbage");
        assertFalse(TextSignature.of("çöplerden fareler çıktı, ilaçlama yapın").topics().contains("garbage"),
                "a spraying request is for the pest team");
        assertEquals("bus:490", TextSignature.of("@eshotgm 490 yine gelmedi, Bornova'da bekliyoruz").line());
        assertEquals("bus:302", TextSignature.of("302 yok bugün galiba #eshot #buca").line());
        assertNull(TextSignature.of("@eshotgm otobüs 30 dakikadır gelmedi").line(), "minutes");
        assertNull(TextSignature.of("@eshotgm 12 ile 35 arası aktarma yok").line(), "two numbers");
    }

    @Test
    void aNamedUnderpassIsOnePlaceWithOrWithoutAResolvedPlace() {
        String[][] reports = {{"Halkapınar alt geçidi su dolmuş arabam içinde kaldı", null, null, "WATER"},
                {"Halkapinar alt gecidi gol oldu 3 araç mahsur", null, null, "FIRE"},
                {"Konak Halkapınar alt geçidinde araçlar suyun içinde kaldı", "Konak", "Halkapınar", "WATER"},
                {"Halkapınar altgeçit yine göl her yağmurda aynı", null, null, "PUBLIC_WORKS"}};
        GroupingEngine on = new GroupingEngine(Thresholds.defaults());
        // the place from context would name Halkapınar from the one report that has it: off, to see the key alone
        GroupingEngine off = new GroupingEngine(round2(false, 2, true, true).withPlaceFromContext(false));
        Decision last = null;
        int skippedOff = 0;
        for (int i = 0; i < reports.length; i++) {
            String[] r = reports[i];
            last = offer(on, report(r[0], r[1], r[2], r[3], i));
            if (offer(off, report(r[0], r[1], r[2], r[3], i)).outcome() == Outcome.SKIPPED) {
                skippedOff++;
            }
        }
        assertTrue(last.outcome() == Outcome.SPIKE || last.outcome() == Outcome.JOINED, last.toString());
        assertEquals(4, on.group(last.incidentId()).size(), "four departments, three without any place: one underpass");
        assertEquals(1, on.openGroups());
        assertEquals("altgecit:halkapinar", on.group(last.incidentId()).structure());
        assertEquals(3, skippedOff, "without the structure key the placeless reports cannot be grouped");

        Decision question = offer(on, report("Halkapınar alt geçidi kapalı mı, Bornova'ya nasıl gidicez", "Bornova",
                null, "CULTURE", 10));
        assertEquals(Outcome.JOINED, question.outcome(), "any department: the structure is the subject");
        assertEquals(last.incidentId(), question.incidentId());

        Decision tree = offer(on, report("Halkapınar alt geçidinin girişine ağaç devrildi", null, null, "PARKS", 11));
        assertEquals(Outcome.POOLED, tree.outcome(), "the veto still keeps a fallen tree out");
    }

    @Test
    void anUnderpassInAFloodedNeighbourhoodJoinsTheDistrictsFlood() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        String[] floods = {"Mavişehir'de cadde göl oldu, mazgallar tıkalı", "Mavişehir'de yollar su içinde",
                "Mavişehir sokaklar sular altında, mazgallar açılmadı", "Mavişehir'de her yer göl oldu"};
        Decision last = null;
        for (int i = 0; i < floods.length; i++) {
            last = offer(e, report(floods[i], "Karşıyaka", "Mavişehir", "WATER", i));
        }
        assertTrue(last.outcome() == Outcome.SPIKE || last.outcome() == Outcome.JOINED, last.toString());
        assertEquals(4, e.group(last.incidentId()).size());
        Decision underpass = offer(e, report("Mavişehir'de alt geçidi su bastı, araçlar mahsur", "Karşıyaka",
                "Mavişehir", "WATER", 10));
        assertEquals(Outcome.JOINED, underpass.outcome(), "no incident of that structure yet: the district's");
        assertEquals(last.incidentId(), underpass.incidentId());
    }

    @Test
    void twoNeighboursReportingOneDarkStreetOpenASmallIncident() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        GroupingEngine off = new GroupingEngine(round2(true, 0, true, true));
        String a = "Narlıdere Huzur mah. 23 sk tüm sokak lambaları yanmıyor";
        String b = "Narlıdere Huzur 23 sokakta lambalar yanmıyor, karanlıktan korkuyoruz";
        assertEquals(Outcome.POOLED, offer(e, report(a, "Narlıdere", "Huzur", "OTHER", 0)).outcome());
        Decision second = offer(e, report(b, "Narlıdere", "Huzur", "OTHER", 20));
        assertEquals(Outcome.SPIKE, second.outcome());
        assertEquals(2, second.members().size());

        offer(off, report(a, "Narlıdere", "Huzur", "OTHER", 0));
        assertEquals(Outcome.POOLED, offer(off, report(b, "Narlıdere", "Huzur", "OTHER", 20)).outcome(),
                "local-spike-count 0: two reports wait for spike-count");

        GroupingEngine apart = new GroupingEngine(Thresholds.defaults());
        offer(apart, report(a, "Narlıdere", "Huzur", "OTHER", 0));
        assertEquals(Outcome.POOLED, offer(apart, report(b, "Narlıdere", "Yeni", "OTHER", 20)).outcome(),
                "the same words in another mahalle are another street");
        assertEquals(Outcome.POOLED, offer(apart, report("Narlıdere Huzur'da çöpler alınmadı", "Narlıdere", "Huzur",
                "OTHER", 25)).outcome(), "same mahalle, no class in common");
    }

    @Test
    void praiseIsNotGrouped() {
        assertFalse(Thresholds.defaults().groups(Category.SUPPORT));
        assertTrue(Thresholds.defaults().groups(Category.COMPLAINT));
        assertTrue(Thresholds.defaults().groups(Category.REQUEST));
        assertTrue(round2(true, 2, false, true).groups(Category.SUPPORT), "skip-support off");
    }

    @Test
    void theRestOfThePoolJoinsTheIncidentASpikeOpens() {
        // heldout2's Alaybey tree: the second report is not like the third, which opens the incident with the first
        String[] tree = {"@izmirbld @Karsiyakabld Alaybey 1720 sk da dev bir ağaç devrildi iki arabanin ustune",
                "Alaybey'de fırtına agaci kokunden sokmus arabalar ezildi #izmir #fırtına",
                "Merhaba Karşıyaka Alaybey 1720 sokakta ağaç devrildi yolu kapattı, ekip gönderebilir misiniz"};
        int[] sizes = new int[2];
        for (int k = 0; k < 2; k++) {
            // a local bar high enough that the first two, naming only the tree, are no pair of one thing (session 19)
            Thresholds d = Thresholds.defaults();
            GroupingEngine e = new GroupingEngine(d.withRound2(true, 2, 0.9, true, k == 0));
            Decision last = null;
            for (int i = 0; i < tree.length; i++) {
                last = offer(e, report(tree[i], "Karşıyaka", "Alaybey", "PARKS", 2 * i));
            }
            assertEquals(Outcome.SPIKE, last.outcome(), last.toString());
            sizes[k] = last.members().size();
        }
        assertEquals(3, sizes[0], "offered to the new incident, the pooled report joins it");
        assertEquals(2, sizes[1], "without: it stays in the pool");
    }

    @Test
    void theGroupKeepsWhatANewcomerIsAnsweredWith() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        e.planned(77, "Karşıyaka", "Bahariye", "WATER", T0, T0.plusSeconds(6 * 3600),
                TextSignature.of("Bahariye'de planlı su kesintisi"));
        e.announce(77, "Bahariye'de 15:00'e kadar planlı su kesintisi var.");
        assertTrue(e.group(77).planned());
        assertEquals("Bahariye'de 15:00'e kadar planlı su kesintisi var.", e.group(77).publicText());
        Decision d = offer(e, report("Bahariye'de su yok", "Karşıyaka", "Bahariye", "WATER", 30));
        assertEquals(Outcome.JOINED, d.outcome());
        assertEquals(77, d.incidentId());
        e.create(78, List.of(report("Bostanlı'da çöpler alınmadı", "Karşıyaka", "Bostanlı", "CLEANING", 0)));
        assertNull(e.group(78).publicText(), "no update yet: nothing to answer");
        e.announce(78, "Ekipler yolda.");
        assertEquals("Ekipler yolda.", e.group(78).publicText());
    }
}
