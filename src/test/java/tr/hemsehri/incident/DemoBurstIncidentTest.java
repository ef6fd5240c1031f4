package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tr.hemsehri.connector.ConnectorTestSupport;
import tr.hemsehri.connector.ConnectorsConfig;
import tr.hemsehri.connector.poll.PollScheduler;
import tr.hemsehri.incident.service.IncidentGrouping;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.simulator.Scenario;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.simulator.SimServer;
import tr.hemsehri.testsupport.TestData;

/**
 * The demo of the embedded default: the simulators play the Bostanlı "su yok" burst at the top of
 * connectors/<platform>/scenario.txt, the poll scheduler and the WhatsApp webhook bring it in, and an outage
 * incident (suggested, Su ve Kanalizasyon, Karşıyaka/Bostanlı) appears for the console.
 */
@QuarkusTest
class DemoBurstIncidentTest extends ConnectorTestSupport {
    /** "Lines 1-N are the Bostanlı water outage burst", as each scenario file's header says. */
    private static final Map<String, Integer> BURST = Map.of("x", 7, "facebook", 6, "instagram", 6, "whatsapp", 7);

    @Inject
    PollScheduler scheduler;
    @Inject
    ConnectorsConfig config;
    @Inject
    IncidentGrouping grouping;
    @Inject
    TestData data;
    @TestHTTPResource("/webhooks/whatsapp")
    URL webhook;

    @Test
    void theBostanliBurstBecomesAnOutageIncident() throws Exception {
        // Earlier tests in this run may have left a Bostanlı incident open; the burst must make its own.
        data.execute("update incidents set status = 'RESOLVED', resolved_at = now()"
                + " where status in ('SUGGESTED', 'OPEN', 'IN_PROGRESS') and district = 'Karşıyaka'");
        grouping.changed();
        simulators.whatsapp().webhookUrl(webhook.toString());
        Map<Platform, SimServer> sims = Map.of(Platform.X, simulators.x(config.x().account()),
                Platform.FACEBOOK, simulators.facebook(),
                Platform.INSTAGRAM, simulators.instagram(config.instagram().username()),
                Platform.WHATSAPP, simulators.whatsapp());

        // What the emitter does every few seconds, in scenario order: the burst lines of each platform.
        Map<Platform, List<SimItem>> played = new java.util.EnumMap<>(Platform.class);
        String run = "_" + Long.toString(System.nanoTime() % 1_000_000, 36);
        Map<Platform, Scenario> scenarios = new java.util.EnumMap<>(Platform.class);
        sims.keySet().forEach(p -> scenarios.put(p, Scenario.load(p.name().toLowerCase(java.util.Locale.ROOT))));
        for (int k = 0; k < 7; k++) {
            for (Map.Entry<Platform, SimServer> e : sims.entrySet()) {
                String dir = e.getKey().name().toLowerCase(java.util.Locale.ROOT);
                if (k < BURST.get(dir)) {
                    Scenario.Line line = scenarios.get(e.getKey()).next();
                    assertTrue((line.handle() + line.text()).toLowerCase(new java.util.Locale("tr")).contains("bostanl"),
                            dir + " scenario line " + (k + 1) + " belongs to the Bostanlı burst: " + line);
                    IncidentFlowTest.awayFromWholeSecond();
                    // other classes play the same scenario: fresh authors, or these lines would join those cases
                    Scenario.Line fresh = new Scenario.Line(line.kind(), line.handle() + run, line.name(), line.text());
                    played.computeIfAbsent(e.getKey(), p -> new ArrayList<>()).add(e.getValue().say(fresh));
                }
            }
        }
        for (Platform p : List.of(Platform.X, Platform.FACEBOOK, Platform.INSTAGRAM)) {
            accounts.pollNow(accountId(p));
        }
        scheduler.setEnabled(true);
        try {
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && !allStored(played)) {
                Thread.sleep(300);
            }
        } finally {
            scheduler.setEnabled(false);
        }
        assertTrue(allStored(played), "the burst arrived through all four connectors");

        // the incident most burst cases went to: a new one, or a Bostanlı water outage that another class's reports
        // (the console's seeded desk) opened a moment earlier and the burst rightly joined
        long incident = 0;
        long most = 0;
        for (Map.Entry<Platform, List<SimItem>> e : played.entrySet()) {
            for (String id : ids(e.getValue())) {
                long i = count("select coalesce(max(ic.incident_id), 0) from messages m join incident_cases ic"
                        + " on ic.case_id = m.case_id where m.platform = ? and m.external_id = ?", e.getKey().name(), id);
                long n = i == 0 ? 0 : count("select count(*) from incident_cases where incident_id = ?", i);
                if (n > most) {
                    most = n;
                    incident = i;
                }
            }
        }
        assertTrue(incident > 0, "an outage incident holds the Bostanlı burst");
        assertEquals(1, data.count("select count(*) from incidents i join departments d on d.id = i.department_id"
                + " where i.id = ?1 and i.kind = 'DETECTED' and i.status in ('SUGGESTED', 'OPEN', 'IN_PROGRESS')"
                + " and d.code = 'WATER' and i.district = 'Karşıyaka' and i.neighborhood = 'Bostanlı'", incident));
        long linked = 0;
        long total = 0;
        for (Map.Entry<Platform, List<SimItem>> e : played.entrySet()) {
            long onPlatform = count("select count(distinct m.case_id) from messages m join incident_cases ic on"
                    + " ic.case_id = m.case_id where ic.incident_id = ? and m.platform = ? and m.external_id = any (?)",
                    incident, e.getKey().name(), ids(e.getValue()));
            assertTrue(onPlatform > 0, e.getKey() + " reports are in the incident");
            linked += onPlatform;
            total += count("select count(distinct case_id) from messages where platform = ? and direction = 'IN'"
                    + " and external_id = any (?)", e.getKey().name(), ids(e.getValue()));
        }
        System.out.printf("Demo burst: %d of %d burst cases in incident %d%n", linked, total, incident);
        // The burst includes a few lines that are not themselves outage reports (an address by DM, "bizde de yok"
        // without the word water, a button reply); the outage reports are the large majority.
        assertTrue(linked * 4 >= total * 3, linked + " of " + total + " burst cases linked");
    }

    private boolean allStored(Map<Platform, List<SimItem>> played) {
        return played.entrySet().stream().allMatch(e -> storedOnce(e.getKey(), ids(e.getValue())) == e.getValue().size());
    }
}
