package tr.hemsehri.connector.poll;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import tr.hemsehri.connector.api.PollPage;

/**
 * A seam between "page fetched" and "page committed". Tests put a crash here to prove that a poller killed
 * mid-page loses and doubles nothing; in production it stays empty.
 */
@ApplicationScoped
public class PollHooks {
    private volatile Consumer<PollPage> afterFetch = p -> { };

    public void afterFetch(Consumer<PollPage> hook) {
        this.afterFetch = hook == null ? p -> { } : hook;
    }

    void fetched(PollPage page) {
        afterFetch.accept(page);
    }
}
