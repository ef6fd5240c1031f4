package tr.hemsehri.connector;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Comparator;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.simulator.SimServer;

@QuarkusTest
class InstagramConnectorContractTest extends PollingContractTest {
    @Override
    protected Platform platform() {
        return Platform.INSTAGRAM;
    }

    @Override
    protected SimServer sim() {
        return simulators.instagram("hemsehri.belediye");
    }

    @Override
    protected SimItem replyTarget(SimItem emitted) {
        return sim().citizenItems().stream().filter(i -> i.kind().equals("COMMENT"))
                .max(Comparator.comparingLong(SimItem::seq)).orElseThrow();
    }
}
