package tr.hemsehri.resilience;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import tr.hemsehri.simulator.FacebookSimulator;
import tr.hemsehri.simulator.InstagramSimulator;
import tr.hemsehri.simulator.Scenario;
import tr.hemsehri.simulator.WhatsAppSimulator;
import tr.hemsehri.simulator.XSimulator;

/**
 * The production simulators, run inside the test JVM, with two additions for the resilience tests: a count of
 * concurrent reads (polls) so overlapping pollers would show, and a tap called after each API request was served
 * by the platform but before the answer leaves, so a test can kill the application at that exact moment.
 */
final class TracedSimulators {
    private TracedSimulators() {
    }

    /** Called after the platform handled a request, before the application gets the answer. */
    interface Tap {
        void served(String platform, String method, String path, int status, String body);
    }

    /** Concurrency of GET requests (reads done by pollers) on one simulator. */
    static final class Reads {
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger max = new AtomicInteger();
        volatile long delayMillis;

        void enter() {
            int now = inFlight.incrementAndGet();
            max.accumulateAndGet(now, Math::max);
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        void exit() {
            inFlight.decrementAndGet();
        }

        int max() {
            return max.get();
        }
    }

    static final class X extends XSimulator {
        final Reads reads = new Reads();
        volatile Tap tap;

        X(String userId, String handle) {
            super(Scenario.load("x"), userId, handle);
        }

        @Override
        protected Response route(Request req) throws IOException {
            boolean read = req.method().equals("GET");
            if (read) {
                reads.enter();
            }
            try {
                Response res = super.route(req);
                Tap t = tap;
                if (t != null) {
                    t.served(name(), req.method(), req.path(), res.status(), res.body());
                }
                return res;
            } finally {
                if (read) {
                    reads.exit();
                }
            }
        }
    }

    static final class Facebook extends FacebookSimulator {
        final Reads reads = new Reads();
        volatile Tap tap;

        Facebook(String pageId) {
            super(Scenario.load("facebook"), pageId);
        }

        @Override
        protected Response route(Request req) throws IOException {
            boolean read = req.method().equals("GET");
            if (read) {
                reads.enter();
            }
            try {
                Response res = super.route(req);
                Tap t = tap;
                if (t != null) {
                    t.served(name(), req.method(), req.path(), res.status(), res.body());
                }
                return res;
            } finally {
                if (read) {
                    reads.exit();
                }
            }
        }
    }

    static final class Instagram extends InstagramSimulator {
        final Reads reads = new Reads();
        volatile Tap tap;

        Instagram(String userId, String username) {
            super(Scenario.load("instagram"), userId, username);
        }

        @Override
        protected Response route(Request req) throws IOException {
            boolean read = req.method().equals("GET");
            if (read) {
                reads.enter();
            }
            try {
                Response res = super.route(req);
                Tap t = tap;
                if (t != null) {
                    t.served(name(), req.method(), req.path(), res.status(), res.body());
                }
                return res;
            } finally {
                if (read) {
                    reads.exit();
                }
            }
        }
    }

    static final class WhatsApp extends WhatsAppSimulator {
        volatile Tap tap;

        WhatsApp(String phoneId, String appSecret, String webhookUrl) {
            super(Scenario.load("whatsapp"), phoneId, appSecret, webhookUrl);
        }

        @Override
        protected Response route(Request req) throws IOException {
            Response res = super.route(req);
            Tap t = tap;
            if (t != null) {
                t.served(name(), req.method(), req.path(), res.status(), res.body());
            }
            return res;
        }
    }
}
