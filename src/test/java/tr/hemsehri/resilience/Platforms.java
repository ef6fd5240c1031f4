package tr.hemsehri.resilience;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.simulator.SimServer;
import tr.hemsehri.simulator.SimulatorLauncher;

/**
 * One set of platform simulators in the test JVM, shared by every application process of a test. The
 * applications get distinctive fake credentials and the simulators' URLs, so they run in "real platform" mode
 * (no simulators of their own) and the log scan has secrets to look for.
 */
final class Platforms implements AutoCloseable {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    /** Every configured secret of every run, for the log scan. */
    static final Map<String, String> SECRETS = new LinkedHashMap<>();

    static {
        for (String name : List.of("X_CONSUMER_KEY", "X_CONSUMER_SECRET", "X_ACCESS_TOKEN", "X_ACCESS_TOKEN_SECRET",
                "FACEBOOK_PAGE_TOKEN", "FACEBOOK_APP_SECRET", "INSTAGRAM_ACCESS_TOKEN", "INSTAGRAM_APP_SECRET",
                "WHATSAPP_ACCESS_TOKEN", "WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN", "DB_PASSWORD",
                "CONSOLE_SESSION_KEY")) {
            SECRETS.put(name, "ItSecret" + name.replace("_", "").toLowerCase() + "Q" + RUN + "Z7x9k2Wm4pR8vN3b");
        }
    }

    final TracedSimulators.X x;
    final TracedSimulators.Facebook facebook;
    final TracedSimulators.Instagram instagram;
    final TracedSimulators.WhatsApp whatsapp;

    Platforms(int webhookPort) throws IOException {
        x = new TracedSimulators.X(SimulatorLauncher.X_USER_ID, "hemsehri_belediye");
        facebook = new TracedSimulators.Facebook(SimulatorLauncher.FACEBOOK_PAGE_ID);
        instagram = new TracedSimulators.Instagram(SimulatorLauncher.INSTAGRAM_USER_ID, "hemsehri.belediye");
        whatsapp = new TracedSimulators.WhatsApp(SimulatorLauncher.WHATSAPP_PHONE_ID, SECRETS.get("WHATSAPP_APP_SECRET"),
                webhookUrl(webhookPort));
        for (SimServer s : all()) {
            s.start(0);
        }
    }

    static String webhookUrl(int port) {
        return "http://127.0.0.1:" + port + "/webhooks/whatsapp";
    }

    List<SimServer> all() {
        return List.of(x, facebook, instagram, whatsapp);
    }

    /** Polled platforms (WhatsApp pushes webhooks instead). */
    List<SimServer> polled() {
        return List.of(x, facebook, instagram);
    }

    /** One new citizen message on every platform. */
    void emitEverywhere() {
        for (SimServer s : all()) {
            s.emit(1);
        }
    }

    /** The ids of every citizen message the platforms created, as "PLATFORM:id". */
    Set<String> citizenIds() {
        Set<String> out = new java.util.TreeSet<>();
        for (SimServer s : all()) {
            for (SimItem i : s.citizenItems()) {
                out.add(s.name().toUpperCase() + ":" + i.id());
            }
        }
        return out;
    }

    /** Texts of everything the application sent to any platform. */
    List<String> receivedTexts() {
        List<String> out = new ArrayList<>();
        for (SimServer s : all()) {
            s.received().forEach(r -> out.add(String.valueOf(r.get("text"))));
        }
        return out;
    }

    Map<String, Integer> receivedCounts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (SimServer s : all()) {
            m.put(s.name(), s.received().size());
        }
        return m;
    }

    String citizenCountsText() {
        return all().stream().map(s -> s.name() + "=" + s.citizenItems().size()).collect(Collectors.joining(" "));
    }

    /** Environment of an application process: these platforms with fake credentials, short intervals. */
    Map<String, String> env() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("HEMSEHRI_SIMULATOR_ENABLED", "false");
        e.put("HEMSEHRI_CONNECTORS_X_CONSUMER_KEY", SECRETS.get("X_CONSUMER_KEY"));
        e.put("HEMSEHRI_CONNECTORS_X_CONSUMER_SECRET", SECRETS.get("X_CONSUMER_SECRET"));
        e.put("HEMSEHRI_CONNECTORS_X_ACCESS_TOKEN", SECRETS.get("X_ACCESS_TOKEN"));
        e.put("HEMSEHRI_CONNECTORS_X_ACCESS_TOKEN_SECRET", SECRETS.get("X_ACCESS_TOKEN_SECRET"));
        e.put("HEMSEHRI_CONNECTORS_X_USER_ID", SimulatorLauncher.X_USER_ID);
        e.put("HEMSEHRI_CONNECTORS_X_REST_BASE_URL", x.baseUrl() + "/1.1/");
        e.put("HEMSEHRI_CONNECTORS_X_V2_BASE_URL", x.baseUrl() + "/2/");
        e.put("HEMSEHRI_CONNECTORS_X_SEARCH_QUERIES", SimulatorLauncher.X_DEMO_SEARCH);
        e.put("HEMSEHRI_CONNECTORS_FACEBOOK_PAGE_ID", SimulatorLauncher.FACEBOOK_PAGE_ID);
        e.put("HEMSEHRI_CONNECTORS_FACEBOOK_PAGE_TOKEN", SECRETS.get("FACEBOOK_PAGE_TOKEN"));
        e.put("HEMSEHRI_CONNECTORS_FACEBOOK_APP_SECRET", SECRETS.get("FACEBOOK_APP_SECRET"));
        e.put("HEMSEHRI_CONNECTORS_FACEBOOK_GRAPH_URL", facebook.baseUrl());
        e.put("HEMSEHRI_CONNECTORS_INSTAGRAM_USER_ID", SimulatorLauncher.INSTAGRAM_USER_ID);
        e.put("HEMSEHRI_CONNECTORS_INSTAGRAM_ACCESS_TOKEN", SECRETS.get("INSTAGRAM_ACCESS_TOKEN"));
        e.put("HEMSEHRI_CONNECTORS_INSTAGRAM_APP_SECRET", SECRETS.get("INSTAGRAM_APP_SECRET"));
        e.put("HEMSEHRI_CONNECTORS_INSTAGRAM_GRAPH_URL", instagram.baseUrl());
        e.put("HEMSEHRI_CONNECTORS_WHATSAPP_PHONE_NUMBER_ID", SimulatorLauncher.WHATSAPP_PHONE_ID);
        e.put("HEMSEHRI_CONNECTORS_WHATSAPP_ACCESS_TOKEN", SECRETS.get("WHATSAPP_ACCESS_TOKEN"));
        e.put("HEMSEHRI_CONNECTORS_WHATSAPP_APP_SECRET", SECRETS.get("WHATSAPP_APP_SECRET"));
        e.put("HEMSEHRI_CONNECTORS_WHATSAPP_VERIFY_TOKEN", SECRETS.get("WHATSAPP_VERIFY_TOKEN"));
        e.put("HEMSEHRI_CONNECTORS_WHATSAPP_GRAPH_URL", whatsapp.baseUrl());
        e.put("HEMSEHRI_CONSOLE_SESSION_KEY", SECRETS.get("CONSOLE_SESSION_KEY"));
        e.put("HEMSEHRI_CONNECTORS_POLL_INTERVAL", ResilienceIT.POLL_INTERVAL.toString());
        e.put("HEMSEHRI_CONNECTORS_TICK", ResilienceIT.TICK.toMillis() + "ms");
        e.put("HEMSEHRI_CONNECTORS_START_DELAY", "1s");
        e.put("HEMSEHRI_CONNECTORS_HTTP_TIMEOUT", "PT3S");
        e.put("HEMSEHRI_CONNECTORS_BACKOFF_INITIAL", "PT0.5S");
        e.put("HEMSEHRI_CONNECTORS_BACKOFF_MAX", "PT2S");
        e.put("HEMSEHRI_OUTBOX_INTERVAL", "500ms");
        e.put("HEMSEHRI_OUTBOX_BACKOFF_INITIAL", "PT0.5S");
        e.put("HEMSEHRI_OUTBOX_BACKOFF_MAX", "PT2S");
        e.put("HEMSEHRI_OUTBOX_SENDING_TIMEOUT", "PT4S");
        return e;
    }

    @Override
    public void close() {
        all().forEach(SimServer::close);
    }
}
