package tr.hemsehri.simulator;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts a platform's simulator the first time a connector without real credentials asks for it, and points
 * nothing else at it: the connector uses {@link SimServer#baseUrl()} as its API base. Each simulator gets its
 * own port (basePort + n, or a free one), plays its scenario at the configured pace and stops with the app.
 */
@ApplicationScoped
public class SimulatorLauncher {
    /** Identity of our account on the simulated platforms. */
    public static final String X_USER_ID = "1500000000";
    public static final String FACEBOOK_PAGE_ID = "104000000000001";
    public static final String INSTAGRAM_USER_ID = "17841400000000001";
    public static final String WHATSAPP_PHONE_ID = "106000000000001";
    /** Recent-search query the X channel reads on the simulator when none is configured. */
    public static final String X_DEMO_SEARCH = "izmir belediye -is:retweet";
    /** Credentials the simulators accept; they only mean "talk to the simulator". */
    public static final String TOKEN = "simulator-token";
    public static final String APP_SECRET = "simulator-app-secret";
    public static final String VERIFY_TOKEN = "simulator-verify-token";

    @Inject
    SimulatorConfig config;
    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int httpPort;

    private final List<SimServer> running = new ArrayList<>();
    private XSimulator x;
    private FacebookSimulator facebook;
    private InstagramSimulator instagram;
    private WhatsAppSimulator whatsapp;

    public boolean enabled() {
        return config.enabled();
    }

    public synchronized XSimulator x(String handle) {
        if (x == null) {
            x = launch(new XSimulator(Scenario.load("x"), X_USER_ID, handle), 0);
        }
        return x;
    }

    public synchronized FacebookSimulator facebook() {
        if (facebook == null) {
            facebook = launch(new FacebookSimulator(Scenario.load("facebook"), FACEBOOK_PAGE_ID), 1);
        }
        return facebook;
    }

    public synchronized InstagramSimulator instagram(String username) {
        if (instagram == null) {
            instagram = launch(new InstagramSimulator(Scenario.load("instagram"), INSTAGRAM_USER_ID, username), 2);
        }
        return instagram;
    }

    public synchronized WhatsAppSimulator whatsapp() {
        if (whatsapp == null) {
            String target = config.webhookUrl().filter(u -> !u.isBlank())
                    .orElse("http://127.0.0.1:" + httpPort + "/webhooks/whatsapp");
            whatsapp = launch(new WhatsAppSimulator(Scenario.load("whatsapp"), WHATSAPP_PHONE_ID, APP_SECRET,
                    target), 3);
        }
        return whatsapp;
    }

    /** The running simulators, for the demo and tests. */
    public synchronized Optional<SimServer> running(String name) {
        return running.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    private <T extends SimServer> T launch(T sim, int offset) {
        try {
            sim.start(config.basePort() > 0 ? config.basePort() + offset : 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the " + sim.name() + " simulator", e);
        }
        sim.startEmitting(config.emitInterval());
        running.add(sim);
        return sim;
    }

    synchronized void stop(@Observes ShutdownEvent ev) {
        running.forEach(SimServer::close);
        running.clear();
    }
}
