package tr.hemsehri.simulator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The built-in platform simulators the embedded default runs for every platform without real credentials. */
@ConfigMapping(prefix = "hemsehri.simulator")
public interface SimulatorConfig {
    /** Start a simulator for each platform that has no real credentials. Off: such platforms stay disabled. */
    @WithDefault("true")
    boolean enabled();

    /** A new citizen message appears on each simulated platform this often; zero or negative: only on demand. */
    @WithDefault("PT6S")
    Duration emitInterval();

    /** Port of the first simulator (X, then Facebook, Instagram, WhatsApp on the next ones); 0 picks free ports. */
    @WithDefault("0")
    int basePort();

    /** Where the WhatsApp simulator posts its webhooks; empty means this application on quarkus.http.port. */
    java.util.Optional<String> webhookUrl();
}
