package tr.hemsehri.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tr.hemsehri.department.service.DepartmentService;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.ingest.model.BatchStored;
import tr.hemsehri.ingest.model.CaseOpened;
import tr.hemsehri.ingest.model.IngestResult;
import tr.hemsehri.ingest.repository.CheckpointRepository;
import tr.hemsehri.ingest.repository.CitizenIdentityRepository;
import tr.hemsehri.ingest.repository.IngestRepository;
import tr.hemsehri.ingest.repository.NewCaseRepository;
import tr.hemsehri.nlp.Analysis;
import tr.hemsehri.nlp.AnalysisRequest;
import tr.hemsehri.nlp.Category;
import tr.hemsehri.nlp.MessageAnalyzer;

/**
 * The pipeline every connector feeds: dedup on (platform, external id), analysis, threading into open cases,
 * and the queue. A batch and its connector checkpoint commit in one transaction, so a crash between fetch and
 * commit loses nothing and doubles nothing: the next poll fetches the same page and dedup absorbs it.
 */
@ApplicationScoped
public class IngestionService {
    /** Longest text handed to the analyzer; longer messages are stored whole but classified on their start. */
    private static final int ANALYSIS_LIMIT = 10_000;

    @Inject
    IngestRepository repository;
    @Inject
    CitizenIdentityRepository identities;
    @Inject
    NewCaseRepository newCases;
    @Inject
    CheckpointRepository checkpoints;
    @Inject
    MessageAnalyzer analyzer;
    @Inject
    DepartmentService departments;
    @Inject
    MeterRegistry registry;
    @Inject
    BatchPlanner planner;
    @Inject
    CasePlacement placement;
    @Inject
    jakarta.enterprise.event.Event<CaseOpened> opened;
    @Inject
    jakarta.enterprise.event.Event<BatchStored> batchStored;

    private Counter storedCounter;
    private Counter duplicateCounter;

    @jakarta.annotation.PostConstruct
    void init() {
        storedCounter = registry.counter("hemsehri.ingest.messages", "outcome", "stored");
        duplicateCounter = registry.counter("hemsehri.ingest.messages", "outcome", "duplicate");
    }

    public IngestResult ingest(Long accountId, List<InboundMessage> batch) {
        return ingest(accountId, batch, null, false);
    }

    /**
     * Stores a batch and, when {@code saveCursor} is set, the account's new checkpoint in the same transaction.
     * Joins the caller's transaction if there is one.
     */
    public IngestResult ingest(Long accountId, List<InboundMessage> batch, String cursor, boolean saveCursor) {
        List<Analysis> analyses = new ArrayList<>(batch.size());
        for (InboundMessage m : batch) {
            analyses.add(analyse(m.text()));
        }
        IngestResult result = QuarkusTransaction.joiningExisting().call(() -> store(accountId, batch, analyses,
                cursor, saveCursor));
        storedCounter.increment(result.stored());
        duplicateCounter.increment(result.duplicates());
        return result;
    }

    private Analysis analyse(String text) {
        String t = text == null ? "" : text;
        return analyzer.analyze(AnalysisRequest.of(t.length() > ANALYSIS_LIMIT ? t.substring(0, ANALYSIS_LIMIT) : t));
    }

    /**
     * Stores a batch in a fixed number of round trips for the common case: all locks in one statement, all
     * messages in one multi-row insert, one look-up of every key that could thread a message into an existing case,
     * and one insert each for the new citizens, the new cases and their attachments. A message any of whose keys
     * hits (an open case of its thread or author, a pending satisfaction question, a parent in an open case, or an
     * earlier message of the same batch with the same thread, author or parent) takes the exact per-message path
     * in batch order, so threading decisions are the same as one message at a time.
     */
    private IngestResult store(Long accountId, List<InboundMessage> batch, List<Analysis> analyses, String cursor,
            boolean saveCursor) throws SQLException {
        int stored = 0;
        int duplicates = 0;
        List<Long> caseIds = new ArrayList<>();
        List<Long> newCaseIds = new ArrayList<>();
        try (Connection c = repository.connection()) {
            planner.lockThreads(c, batch);
            Long[] messageIds = repository.insertMessages(c, accountId, batch);
            BatchPlanner.Paths paths = planner.paths(c, batch, messageIds);
            boolean[] fast = paths.fast();
            Map<Integer, Long> joined = placement.joinFollowUps(c, batch, analyses, messageIds, paths.join());
            List<NewCaseRepository.NewCase> toOpen = new ArrayList<>();
            List<InboundMessage> authors = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (fast[i]) {
                    authors.add(batch.get(i));
                }
            }
            Map<String, Long> citizens = authors.isEmpty() ? Map.of() : identities.citizensFor(c, authors);
            List<Integer> opened = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (fast[i]) {
                    InboundMessage m = batch.get(i);
                    Analysis a = analyses.get(i);
                    Long citizen = m.authorId() == null ? null : citizens.get(m.platform().name() + '|' + m.authorId());
                    toOpen.add(new NewCaseRepository.NewCase(m, a, departments.idOf(a.department()), citizen,
                            priority(a)));
                    opened.add(i);
                }
            }
            Map<Integer, Long> openedCase = new HashMap<>();
            if (!toOpen.isEmpty()) {
                long[] created = newCases.createCases(c, accountId, toOpen);
                long[] attached = new long[created.length];
                for (int j = 0; j < created.length; j++) {
                    attached[j] = messageIds[opened.get(j)];
                    openedCase.put(opened.get(j), created[j]);
                }
                repository.attachMessages(c, attached, created);
            }
            for (int i = 0; i < batch.size(); i++) {
                InboundMessage m = batch.get(i);
                Long messageId = messageIds[i];
                if (messageId == null) {
                    duplicates++;
                    continue;
                }
                stored++;
                Long created = openedCase.get(i);
                if (created != null) {
                    caseIds.add(created);
                    newCaseIds.add(created);
                    NewCaseRepository.NewCase k = toOpen.get(opened.indexOf(i));
                    this.opened.fire(new CaseOpened(created, messageId, m, analyses.get(i), k.departmentId(),
                            Instant.now()));
                    continue;
                }
                Long joinedCase = joined.get(i);
                if (joinedCase != null) {
                    caseIds.add(joinedCase);
                    continue;
                }
                long caseId = placement.place(c, accountId, m, analyses.get(i), messageId, newCaseIds);
                caseIds.add(caseId);
            }
            stored(newCaseIds);
            if (saveCursor && accountId != null) {
                checkpoints.save(c, accountId, cursor);
            }
        }
        return new IngestResult(stored, duplicates, caseIds, newCaseIds);
    }

    private void stored(List<Long> newCaseIds) {
        batchStored.fire(new BatchStored(List.copyOf(newCaseIds)));
    }

    /** Urgent first; then complaints before requests before thanks, so the queue order follows call-centre practice. */
    static int priority(Analysis a) {
        int p = a.urgent() ? 100 : 0;
        if (a.category() == Category.COMPLAINT) {
            p += 20;
        } else if (a.category() == Category.REQUEST) {
            p += 10;
        }
        return p;
    }
}
