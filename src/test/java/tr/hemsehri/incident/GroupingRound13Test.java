package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * Round 13: reports of no place that name one street form an incident; a guessed mahalle follows the live incident;
 * a district-only flooded road is the district's burst; a planned cut takes reports mainly of its kind; the buses
 * on a burst's closed street are that burst; a time of day is not a bus number; "kesinti" says something is missing.
 */
class GroupingRound13Test extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-12-03T04:00:00Z");
    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private static final DistrictNeighborhoods MAHALLES = new DistrictNeighborhoods(GAZETTEER);

    GroupingRound13Test() {
        super(T0, 13_000);
    }

    @Test
    void twoReportsOfNoPlaceNamingOneStreetOpenAnIncident() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        assertEquals(Outcome.POOLED, offer(e, report("@kocaelibld Karabaş Caddesi'nde koca çınar devrildi, yol kapandı",
                null, null, "PARKS", 0)).outcome());
        Decision second = offer(e, report("karabas cd agac devrildi gecilmiyor", null, null, "PARKS", 6));
        assertEquals(Outcome.SPIKE, second.outcome(), second.toString());
        assertEquals(2, second.members().size());
        Decision third = offer(e, report("Karabaş'ta devrilen ağaç arabamın üstüne düştü, kim ödeyecek?", null, null,
                "PARKS", 30));
        assertEquals(Outcome.JOINED, third.outcome(), "the street's name alone, while it is active: " + third);
        assertEquals(second.incidentId(), third.incidentId());
    }

    @Test
    void aNumberedStreetOfNoPlaceOpensNothing() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        offer(e, report("1469 sokakta ağaç devrildi", null, null, "PARKS", 0));
        Decision d = offer(e, report("1469 sk agac devrildi yol kapali", null, null, "PARKS", 5));
        assertEquals(Outcome.POOLED, d.outcome(), "every district has a 1469 sokak: " + d);
    }

    @Test
    void aStreetOfNoPlaceWaitsWhileAPlacedIncidentOfItsClassMayLearnIt() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long buca = incident(e, "Buca", "Kuruçeşme", "WATER", 0, "Kuruçeşme su yok sabahtan beri",
                "kurucesme mh su yok", "@izsu Kuruçeşme'de musluktan damla gelmiyor", "Kuruçeşme'de su kesik");
        assertNotEquals(0, buca);
        offer(e, report("Menderes caddesi patlak boru, su fışkırıyor", null, null, "WATER", 10));
        Decision d = offer(e, report("@izsu Menderes caddesinde boru patlamış, ekip yok", null, null, "WATER", 12));
        assertEquals(Outcome.POOLED, d.outcome(), "the street is most likely Buca's burst: " + d);
    }

    @Test
    void aGuessedMahalleFollowsTheDistrictWhereItsProblemIsLive() {
        PlaceMatch guess = GAZETTEER.matcher("İzmir", null).match(TurkishNormalizer.get()
                .normalize("Yalı mahallesinde su kesik, bilginiz var mı?"));
        assertEquals("Yalı", guess.neighborhood());
        assertTrue(guess.guessed(), "the largest of several Yalı: " + guess);
        assertFalse(GAZETTEER.matcher("İzmir", null).match(TurkishNormalizer.get()
                .normalize("Güzelbahçe Yalı mahallesinde su kesik")).guessed(), "the district is named");

        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        long water = incident(e, "Güzelbahçe", "Çelebi", "WATER", 0, "Çelebi mah su yok", "çelebi su yok hala",
                "@izsu Güzelbahçe Çelebi'de su kesik", "Çelebi mahallesi susuz");
        assertNotEquals(0, water);
        Report guessed = Report.of(900, "Yalı mahallesinde su kesik, bilginiz var mı?", guess.district(), "Yalı",
                "WATER", T0.plusSeconds(600), true);
        assertEquals("Güzelbahçe", e.withContextPlace(guessed).district());
        Report named = Report.of(901, "Yalı mahallesinde su kesik", guess.district(), "Yalı", "WATER",
                T0.plusSeconds(600), false);
        assertEquals(guess.district(), e.withContextPlace(named).district(), "a place the text named stays");
    }

    /** A Güzelbahçe water cut one of whose reports says the main burst. */
    private long burst(GroupingEngine e) {
        long id = incident(e, "Güzelbahçe", "Çelebi", "WATER", 0, "Çelebi mah su yok sabahtan beri",
                "@izsu Güzelbahçe Çelebi'de boru patlamış, su yok", "çelebi su yok hala", "Çelebi mahallesi susuz");
        assertNotEquals(0, id);
        return id;
    }

    @Test
    void aDistrictOnlyFloodedRoadIsTheDistrictsBurst() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long water = burst(e);
        Decision road = offer(e, report("@izmirbld sahil yolu Güzelbahçe girişinde su basmış, tek şerit kaldı",
                "Güzelbahçe", null, "PUBLIC_WORKS", 20));
        assertEquals(water, road.incidentId(), road.toString());
        Decision rain = offer(e, report("Güzelbahçe'de sağanak yağmurda sahil yolu göl oldu", "Güzelbahçe", null,
                "PUBLIC_WORKS", 25));
        assertNotEquals(water, rain.incidentId(), "rain made that flood: " + rain);
        Decision question = offer(e, report("Güzelbahçe'den Urla'ya başka yol var mı?", "Güzelbahçe", null,
                "TRANSPORT", 26));
        assertNotEquals(water, question.incidentId(), question.toString());
    }

    @Test
    void aFloodedStreetOfNoPlaceIsTheBurstThatNamesTheStreet() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long water = incident(e, "Torbalı", "Ertuğrul", "WATER", 0, "Ertuğrul mah su yok sabahtan beri",
                "@izsu Torbalı Ertuğrul'da Eski İzmir Caddesi'nde boru patlamış, su yok", "ertugrul su yok hala",
                "Ertuğrul mahallesi susuz");
        assertNotEquals(0, water);
        Decision d = offer(e, report("eski izmir caddesi hala su altinda, yol göl oldu", null, null, "WATER", 40));
        assertEquals(water, d.incidentId(), "the flooded street is the burst's face: " + d);
    }

    @Test
    void theBusesOnABurstsClosedStreetAreThatBurst() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long water = incident(e, "Esenyurt", "Mehterçeşme", "WATER", 0, "Mehterçeşme su yok sabah sabah",
                "@iski Mehterçeşme Doğan Araslı Bulvarı'nda boru patladı, su yok", "mehtercesme su yok hala",
                "Mehterçeşme mahallesi susuz");
        assertNotEquals(0, water);
        Decision d = offer(e, report("@iski Doğan Araslı Bulvarı'nı kapatmışlar, otobüsler ara sokaklara girdi",
                "Esenyurt", null, "TRANSPORT", 30));
        assertEquals(water, d.incidentId(), d.toString());
    }

    @Test
    void aPlannedCutTakesAReportMainlyOfItsKindWhateverTheDepartment() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long planned = 700;
        e.planned(planned, "Kartepe", "Köseköy", "WATER", T0, T0.plusSeconds(6 * 3600),
                "İSU: Köseköy Mahallesi'nde 09:00-15:00 arası bakım nedeniyle içme suyu verilemeyecektir.");
        Report school = report("Köseköy'de okulda tuvaletler kullanılamıyormuş, musluk kupkuru, çocuklar eve erken "
                + "geldi", "Kartepe", "Köseköy", "SOCIAL_SERVICES", 60);
        assertTrue(school.topics().size() > 1, school.topics().toString());
        Decision mixed = offer(e, school);
        assertEquals(planned, mixed.incidentId(), mixed.toString());
        Decision garbage = offer(e, report("Köseköy'de su kesintisi var biliyoruz, asıl rezalet çöpler: çöp alınmıyor, "
                + "konteyner taştı", "Kartepe", "Köseköy", "CLEANING", 70));
        assertNotEquals(planned, garbage.incidentId(), "mainly the garbage: " + garbage);
    }

    @Test
    void theAnnouncementIsTheContextOfAPlannedCut() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long planned = 710;
        e.planned(planned, "Kartepe", "Suadiye", "PUBLIC_WORKS", T0, T0.plusSeconds(6 * 3600),
                "Kartepe Belediyesi: Suadiye Mahallesi ana caddede 09:00-17:00 arası asfalt serimi yapılacaktır.");
        Decision first = offer(e, report("Suadiye'de sabah dokuzda her yeri kapatmışlar, duyuru yaptık diyorlar, kim "
                + "gördü?", "Kartepe", "Suadiye", "VETERINARY", 60));
        assertEquals(planned, first.incidentId(), "its first report, naming the announcement: " + first);
        long water = 711;
        e.planned(water, "Ödemiş", "Anafartalar", "WATER", T0, T0.plusSeconds(8 * 3600),
                "İZSU: Anafartalar Mahallesi'nde 09:00-15:00 arası planlı su kesintisi yapılacaktır.");
        Decision missing = offer(e, report("Yine haber vermeden kesmişler! Sabah elimde sabunla kaldım. Anafartalar'da "
                + "oturuyoruz", "Ödemiş", "Anafartalar", "TRANSPORT", 61));
        assertEquals(water, missing.incidentId(), "no five reports needed beside an announcement: " + missing);
    }

    @Test
    void aMessageOfNoPlaceThatReadTheAnnouncementJoinsTheOneLiveInterruption() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long planned = 720;
        e.planned(planned, "Kartepe", "Köseköy", "WATER", T0, T0.plusSeconds(6 * 3600),
                "İSU: Köseköy Mahallesi'nde 09:00-15:00 arası bakım nedeniyle içme suyu verilemeyecektir.");
        Decision d = offer(e, report("Duyuruda 15:00'e kadar yazıyordu, saat dörde geliyor hala tek damla yok", null,
                null, "WATER", 6 * 60 + 50));
        assertEquals(planned, d.incidentId(), d.toString());
        Decision thanks = offer(e, report("kesinti duyurusu için teşekkürler ama SMS ile de bildirseniz keşke", null,
                null, "WATER", 6 * 60 + 55));
        assertNotEquals(planned, thanks.incidentId(), "thanks for the announcement: " + thanks);
        e.planned(721, "Kartepe", "Uzunçiftlik", "WATER", T0, T0.plusSeconds(6 * 3600),
                "İSU: Uzunçiftlik Mahallesi'nde 09:00-15:00 arası su verilemeyecektir.");
        Decision two = offer(e, report("duyuruda 15 yazıyordu hala su yok", null, null, "WATER", 6 * 60 + 58));
        assertNotEquals(Outcome.JOINED, two.outcome(), "two announcements live: " + two);
    }

    @Test
    void twoNeighboursMissingTheSameUtilityAreOneOutage() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        assertEquals(Outcome.POOLED, offer(e, report("@igdas Akçaburgaz Mahallesi'nde doğalgaz yok, ocak yanmıyor",
                "Esenyurt", "Akçaburgaz", "OTHER", 0)).outcome());
        Decision d = offer(e, report("Akçaburgaz'a gaz geldi ama bir saat sonra yine kesildi", "Esenyurt",
                "Akçaburgaz", "PUBLIC_WORKS", 40));
        assertEquals(Outcome.SPIKE, d.outcome(), "few shared words, one outage: " + d);
        GroupingEngine other = new GroupingEngine(Thresholds.defaults());
        offer(other, report("Akçaburgaz'da doğalgaz yok", "Esenyurt", "Akçaburgaz", "OTHER", 0));
        assertEquals(Outcome.POOLED, offer(other, report("Akçaburgaz mahallesinde elektrikler gitti", "Esenyurt",
                "Akçaburgaz", "OTHER", 5)).outcome(), "another utility is another outage");
    }

    @Test
    void thanksForAServiceThatIsBackIsNotAReport() {
        assertTrue(Report.of(1, "Urla İskele'de elektrik geldi, ilginiz için teşekkürler", "Urla", "İskele", "OTHER",
                T0).text().onlyThanks());
        assertTrue(Report.of(2, "İZSU ekiplerine teşekkürler, patlak boruyu gün içinde tamir ettiler, emeğinize sağlık",
                "Güzelbahçe", null, "WATER", T0).text().onlyThanks());
        assertFalse(Report.of(3, "Teşekkürler ama su hâlâ bulanık geliyor", "Güzelbahçe", null, "WATER", T0).text()
                .onlyThanks(), "still a complaint");
        assertFalse(Report.of(4, "Elektrik yok, teşekkürler(!) Gediz", "Urla", null, "OTHER", T0).text().onlyThanks());
    }

    @Test
    void aTimeOfDayIsNotABusNumberAndACutSaysSomethingIsMissing() {
        assertEquals("bus:142", Report.of(1, "@iett 142 sabah 6'dan beri gelmiyor, durakta bekliyoruz", "Esenyurt",
                null, "TRANSPORT", T0).line());
        assertTrue(Report.of(2, "@iski Mehterçeşme'deki kesinti kaça kadar?", "Esenyurt", "Mehterçeşme", "OTHER", T0)
                .text().saysMissing());
        assertFalse(Report.of(3, "tramvay calisiyomu su an", null, null, "TRANSPORT", T0).topics().contains("water"),
                "'şu an' without its ş");
        assertTrue(Report.of(4, "su yok an itibariyle", null, null, "WATER", T0).topics().contains("water"));
    }
}
