package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.GroupingEngine.Outcome;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.Thresholds;

/**
 * Round 10: the first minutes of a burst stay one incident; the metro's own account and a live bus number say which
 * line a message is about; a qualified city name is a street.
 */
class GroupingRound10Test extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-10-02T04:00:00Z");

    GroupingRound10Test() {
        super(T0, 10_000);
    }

    /** Offers the texts in one mahalle a minute apart; returns the ids of the incidents they ended in. */
    private Set<Long> offerAll(GroupingEngine e, String district, String mahalle, String[] texts, int firstMinute) {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < texts.length; i++) {
            Decision d = offer(e, report(texts[i], district, mahalle, "WATER", firstMinute + i));
            if (d.outcome() == Outcome.JOINED || d.outcome() == Outcome.SPIKE) {
                ids.add(d.incidentId());
            }
        }
        return ids;
    }

    @Test
    void theFloodedStreetAndTheBurstPipeOfOneMahalleAreOneIncident() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        String[] flood = {"Yeşilyurt mh Çınar sokak su basti yol göl oldu", "Yeşilyurt'ta sokağı su bastı, arabalar geçemiyor"};
        String[] pipe = {"@izsu Yeşilyurt mahallesinde ana boru patlamış, su fışkırıyor",
            "yesilyurt boru patladi ekip yok"};
        Set<Long> ids = offerAll(e, "Karabağlar", "Yeşilyurt", flood, 0);
        ids.addAll(offerAll(e, "Karabağlar", "Yeşilyurt", pipe, 3));
        assertEquals(1, ids.size(), "one burst, one incident: " + ids);
        assertEquals(4, e.group(ids.iterator().next()).size());
    }

    @Test
    void aBurstInTheNextMahalleIsNotTheFloodOfThisOne() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        String[] flood = {"Yeşilyurt mh Çınar sokak su basti yol göl oldu", "Yeşilyurt'ta sokağı su bastı, arabalar geçemiyor"};
        String[] pipe = {"@izsu Uzundere mahallesinde ana boru patlamış, su fışkırıyor", "uzundere boru patladi ekip yok"};
        Set<Long> floods = offerAll(e, "Karabağlar", "Yeşilyurt", flood, 0);
        Set<Long> pipes = offerAll(e, "Karabağlar", "Uzundere", pipe, 3);
        assertEquals(1, floods.size());
        assertTrue(pipes.isEmpty() || !pipes.equals(floods), "another mahalle's burst is another job: " + pipes);
    }

    @Test
    void theMetroAccountsTrainIsTheMetro() {
        assertEquals("metro", Report.of(1, "@izmirmetro Evka 3'ten tren kalkmıyor, peronda bekliyoruz", null, null,
                "TRANSPORT", T0).line());
        assertEquals("izban", Report.of(2, "@izban Menemen'de tren yok", null, null, "TRANSPORT", T0).line());
        assertEquals("metro", Report.of(3, "Metro arızalıymış, Halkapınar'dan Evka 3'e sefer yokmuş", null, null,
                "TRANSPORT", T0).line(), "a station's number before 'sefer' is no bus line");
        assertEquals("bus:3", Report.of(4, "3 seferi bugün yapılmadı mı, durakta bekliyoruz", null, null,
                "TRANSPORT", T0).line(), "with no other line named, the number before 'sefer' still is one");
    }

    @Test
    void aLiveBusNumberBeatsTheDetourNamed() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        String[] bus = {"@iett 142 yarım saattir gelmiyor", "142 hattı neden sefer yapmıyor", "@iett 142 yine yok",
            "142 numaralı otobüs bugün çalışmıyor mu"};
        long line = 0;
        for (int i = 0; i < bus.length; i++) {
            Decision d = offer(e, report(bus[i], "Esenyurt", null, "TRANSPORT", i));
            if (d.outcome() != Outcome.POOLED) {
                line = d.incidentId();
            }
        }
        assertNotEquals(0, line, "the line's incident opened");
        Decision d = offer(e, report("142 sabahtan beri yok, metrobüse yürüyerek gidiyoruz", "Esenyurt", null,
                "TRANSPORT", 10));
        assertEquals(Outcome.JOINED, d.outcome(), d.toString());
        assertEquals(line, d.incidentId());
    }

    @Test
    void aQualifiedCityNameIsAStreet() {
        Report r = Report.of(1, "Esnafız, Eski İzmir Caddesi'nde dükkanımın içine su girdi", null, null, "WATER", T0);
        assertTrue(r.text().anchors().contains("eski izmir"), r.text().anchors().toString());
        Report plain = Report.of(2, "İzmir caddesinde trafik var", null, null, "TRANSPORT", T0);
        assertTrue(plain.text().anchors().isEmpty(), "the city alone names no street: " + plain.text().anchors());
    }
}
