package tr.hemsehri.incident.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import tr.hemsehri.incident.IncidentsConfig;
import tr.hemsehri.incident.grouping.Group;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.JoinModel;
import tr.hemsehri.incident.grouping.NewIncidentSuggestions;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.Suggestions;
import tr.hemsehri.incident.grouping.Thresholds;
import tr.hemsehri.incident.model.Incident;
import tr.hemsehri.ingest.model.BatchStored;
import tr.hemsehri.ingest.model.CaseOpened;

/**
 * Puts every new case into an incident when it describes the same problem in the same place (see
 * {@link GroupingEngine}). Runs inside the ingestion transaction on the hot path: the in-memory index answers in
 * well under a millisecond and the database work is one or two inserts. The index is rebuilt from the database at
 * start-up, after any manual change, and whenever an ingestion transaction that touched it rolled back.
 */
@ApplicationScoped
public class IncidentGrouping {
    private static final Logger LOG = Logger.getLogger(IncidentGrouping.class);

    @Inject
    IncidentsConfig config;
    @Inject
    EntityManager em;
    @Inject
    IncidentIndexLoader loader;
    @Inject
    TransactionSynchronizationRegistry txRegistry;
    @Inject
    IncidentService incidents;
    @Inject
    IncidentBroadcast broadcast;
    @Inject
    MeterRegistry registry;
    @Inject
    tr.hemsehri.nlp.OpenNlpMessageAnalyzer analyzer;

    private GroupingEngine engine;
    private volatile boolean dirty = true;
    /** Whether the index has been built from the database once since start-up. */
    private volatile boolean loaded;
    private Timer timer;
    private CaseLinks links;
    private ProposalCache proposals;

    @jakarta.annotation.PostConstruct
    void init() {
        engine = new GroupingEngine(Thresholds.of(config),
                new tr.hemsehri.nlp.geo.DistrictNeighborhoods(analyzer.gazetteer()));
        JoinModel model = JoinModel.fromClasspath();
        if (model != null && config.suggestionThreshold() <= 1) {
            engine.suggestions().model(model, config.suggestionThreshold());
        }
        if (model != null && config.proposalThreshold() <= 1) {
            engine.proposals().model(model, config.proposalThreshold());
        }
        timer = Timer.builder("hemsehri.incidents.grouping").description("Time to group one new case")
                .publishPercentiles(0.5, 0.99).register(registry);
        links = new CaseLinks(txRegistry, em);
        proposals = new ProposalCache(engine);
    }

    /**
     * The index is rebuilt beside the start-up, not before readiness: after an outage day it reads thousands of
     * reports. Grouping cannot run ahead of it: the first case to group waits on the engine's lock, or rebuilds the
     * index itself if the background rebuild has not started yet.
     */
    void onStart(@Observes StartupEvent e) {
        Thread t = new Thread(() -> {
            try {
                ensureLoaded();
            } catch (RuntimeException ex) {
                LOG.warnf("Incident index not loaded at start-up: %s", ex.getMessage());
            }
        }, "incident-index-load");
        t.setDaemon(true);
        t.start();
    }

    private void ensureLoaded() {
        synchronized (engine) {
            if (!loaded) {
                reload();
            }
        }
    }

    @Scheduled(every = "${hemsehri.incidents.reload-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        if (dirty) {
            try {
                reload();
            } catch (RuntimeException ex) {
                LOG.warnf("Incident index reload failed: %s", ex.getMessage());
            }
        }
    }

    /** The ungrouped recent cases the incident may be missing (see {@link Suggestions}), most probable first. */
    public List<Suggestions.Suggestion> suggestions(long incidentId) {
        ensureLoaded();
        synchronized (engine) {
            return engine.suggestions().of(incidentId, Instant.now());
        }
    }

    /** Groups of ungrouped recent cases that may be one incident (see {@link ProposalCache}). */
    public List<NewIncidentSuggestions.Proposal> proposals() {
        ensureLoaded();
        return proposals.get(Instant.now());
    }

    /** The hot path: a new case from ingestion. */
    void onCaseOpened(@Observes CaseOpened e) {
        if (!config.enabled() || e.analysis() == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            group(e);
        } finally {
            timer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private void group(CaseOpened e) {
        ensureLoaded();
        var a = e.analysis();
        if (!engine.thresholds().groups(a.category())) {
            return; // praise and thanks need no status update
        }
        Instant at = e.message().createdAt() != null ? e.message().createdAt() : e.at();
        Report analysed = Report.of(e.caseId(), e.message().text(),
                Report.groupingDistrict(a.district(), a.districtFromScope(), config.deskDistrictIsPlace()),
                a.neighborhood(), a.department(), at, a.placeGuessed());
        GroupingEngine.Decision d;
        boolean planned = false;
        String publicText = null;
        Report[] opened = {analysed};
        boolean foreign;
        synchronized (engine) {
            engine.owner(transactionKey());
            // a new incident is titled with the place grouping used (the place from context)
            d = engine.offerOpening(analysed, opening -> {
                opened[0] = opening;
                return incidents.createSuggested(opening, e.departmentId(), a.neighborhoodId(), placeKey(opening)).id;
            });
            Group g = d.outcome() == GroupingEngine.Outcome.JOINED ? engine.group(d.incidentId()) : null;
            if (g != null) {
                // what the link and the newcomer's answer need is in the index: no database read per report
                planned = g.planned();
                publicText = g.publicText();
            }
            foreign = d.outcome() == GroupingEngine.Outcome.JOINED && engine.pendingElsewhere(d.incidentId());
        }
        if (d.outcome() == GroupingEngine.Outcome.POOLED || d.outcome() == GroupingEngine.Outcome.SKIPPED) {
            if (d.outcome() == GroupingEngine.Outcome.POOLED) {
                watchRollback();
            }
            return;
        }
        watchRollback();
        if (d.outcome() == GroupingEngine.Outcome.SPIKE) {
            track(CREATED, d.incidentId());
        } else if (foreign) {
            track(CaseLinks.AWAIT, d.incidentId()); // opened by a transaction still running: its row must be there first
        }
        if (d.outcome() == GroupingEngine.Outcome.SPIKE) {
            for (Report m : d.members()) {
                links.link(m.caseId(), d.incidentId(), "SPIKE", null);
            }
            String where = place(opened[0]);
            LOG.infof("Early warning: %d similar reports in %s opened suggested incident %d", d.members().size(),
                    where, d.incidentId());
        } else {
            links.link(e.caseId(), d.incidentId(), planned ? "PLANNED" : "AUTO", (float) d.similarity());
            for (Report m : d.members()) {
                if (m.caseId() != e.caseId()) {
                    // pooled before: it names the street the incident has just learned
                    links.link(m.caseId(), d.incidentId(), planned ? "PLANNED" : "AUTO", null);
                }
            }
            if (publicText != null) {
                links.flushLinks(); // the newcomer's answer follows the incident as a linked case
                Incident i = links.incident(d.incidentId());
                if (i != null) {
                    for (Report m : d.members()) {
                        broadcast.answerNewcomer(i, m.caseId()); // the writer, and those who waited in the pool
                    }
                }
            }
        }
    }

    /** The line, or {@link IncidentService#STRUCTURE} + the structure, a new incident is about; null = a place. */
    private String placeKey(Report r) {
        String line = config.transitLines() ? r.line() : null;
        return line != null ? line
                : config.structures() && r.structure() != null ? IncidentService.STRUCTURE + r.structure() : null;
    }

    private String place(Report r) {
        if (config.transitLines() && r.line() != null) {
            return "line " + r.line();
        }
        if (config.structures() && r.structure() != null) {
            return "structure " + r.structure();
        }
        return r.district() + "/" + r.neighborhood();
    }

    private static final Object WATCHED = new Object();
    /** Incidents this transaction opened. */
    private static final Object CREATED = new Object();

    void onBatchStored(@Observes BatchStored e) {
        links.flushLinks();
    }

    /** The engine changed before the commit: if the transaction rolls back, rebuild it from the database. */
    private void watchRollback() {
        try {
            if (txRegistry.getResource(WATCHED) != null) {
                return;
            }
            txRegistry.putResource(WATCHED, Boolean.TRUE);
            List<Long> created = new java.util.concurrent.CopyOnWriteArrayList<>();
            txRegistry.putResource(CREATED, created);
            txRegistry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        dirty = true;
                    } else if (!created.isEmpty()) {
                        synchronized (engine) {
                            engine.committed(created);
                        }
                    }
                }
            });
        } catch (RuntimeException ex) {
            dirty = true;
        }
    }

    /** Adds an incident id to this transaction's list ({@link #CREATED} or {@link CaseLinks#AWAIT}). */
    @SuppressWarnings("unchecked")
    private void track(Object key, long incidentId) {
        List<Long> l = (List<Long>) txRegistry.getResource(key);
        if (l == null) {
            l = new java.util.concurrent.CopyOnWriteArrayList<>();
            txRegistry.putResource(key, l);
        }
        l.add(incidentId);
    }

    private Object transactionKey() {
        try {
            return txRegistry.getTransactionKey();
        } catch (RuntimeException ex) {
            return null;
        }
    }


    /** Marks the index stale and rebuilds it now (after a manual change has committed). */
    public void changed() {
        dirty = true;
        proposals.clear();
        reload();
    }

    /** Rebuilds the in-memory index from the open incidents and the recent ungrouped cases. */
    public void reload() {
        synchronized (engine) {
            dirty = false;
            QuarkusTransaction.requiringNew().run(() -> loader.load(engine));
            loaded = true;
        }
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return Instant.parse(o.toString());
    }

    /** For the benchmark and tests. */
    public GroupingEngine engine() {
        return engine;
    }
}
