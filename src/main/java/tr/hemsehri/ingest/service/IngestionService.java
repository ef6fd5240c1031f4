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
import java.util.List;
import tr.hemsehri.department.service.DepartmentService;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.ingest.model.CaseOpened;
import tr.hemsehri.ingest.model.IngestResult;
import tr.hemsehri.ingest.model.SatisfactionAnswerArrived;
import tr.hemsehri.ingest.repository.CheckpointRepository;
import tr.hemsehri.ingest.repository.IngestRepository;
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
    CheckpointRepository checkpoints;
    @Inject
    MessageAnalyzer analyzer;
    @Inject
    DepartmentService departments;
    @Inject
    IngestConfig config;
    @Inject
    MeterRegistry registry;
    @Inject
    jakarta.enterprise.event.Event<SatisfactionAnswerArrived> answers;
    @Inject
    jakarta.enterprise.event.Event<CaseOpened> opened;

    /** An answer to a satisfaction question adds nothing to the case's classification. */
    private static final Analysis NO_ANALYSIS = new Analysis(null, 0, java.util.Map.of(), false, null, null, null,
            null, null, null);

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

    private IngestResult store(Long accountId, List<InboundMessage> batch, List<Analysis> analyses, String cursor,
            boolean saveCursor) throws SQLException {
        int stored = 0;
        int duplicates = 0;
        List<Long> caseIds = new ArrayList<>();
        List<Long> newCaseIds = new ArrayList<>();
        try (Connection c = repository.connection()) {
            lockThreads(c, batch);
            for (int i = 0; i < batch.size(); i++) {
                InboundMessage m = batch.get(i);
                Long messageId = repository.insertMessage(c, accountId, m);
                if (messageId == null) {
                    duplicates++;
                    continue;
                }
                stored++;
                long caseId = place(c, accountId, m, analyses.get(i), messageId, newCaseIds);
                caseIds.add(caseId);
            }
            if (saveCursor && accountId != null) {
                checkpoints.save(c, accountId, cursor);
            }
        }
        return new IngestResult(stored, duplicates, caseIds, newCaseIds);
    }

    /**
     * Puts a new message in its case: the open case of its thread or author, else a resolved case awaiting this
     * citizen's satisfaction answer, else a new case. Observers see the message already attached.
     */
    private long place(Connection c, Long accountId, InboundMessage m, Analysis a, long messageId,
            List<Long> newCaseIds) throws SQLException {
        Long caseId = findCase(c, m);
        if (caseId != null) {
            repository.joinCase(c, caseId, m, a, priority(a));
            repository.attachMessage(c, messageId, caseId);
            return caseId;
        }
        Long awaiting = m.authorId() == null ? null
                : repository.findCaseAwaitingAnswer(c, m.platform().name(), m.authorId());
        if (awaiting != null) {
            repository.joinCase(c, awaiting, m, NO_ANALYSIS, 0);
            repository.attachMessage(c, messageId, awaiting);
            answers.fire(new SatisfactionAnswerArrived(awaiting, messageId, m.text()));
            return awaiting;
        }
        Long departmentId = departments.idOf(a.department());
        long created = repository.createCase(c, accountId, m, a, departmentId, repository.citizenFor(c, m), priority(a));
        repository.attachMessage(c, messageId, created);
        newCaseIds.add(created);
        opened.fire(new CaseOpened(created, messageId, m, a, departmentId, Instant.now()));
        return created;
    }

    private Long findCase(Connection c, InboundMessage m) throws SQLException {
        String platform = m.platform().name();
        if (m.parentExternalId() != null) {
            Long byParent = repository.findOpenCaseByParent(c, platform, m.parentExternalId());
            if (byParent != null) {
                return byParent;
            }
        }
        Long byThread = repository.findOpenCaseByThread(c, platform, m.threadKey(), m.authorId());
        if (byThread != null || m.authorId() == null) {
            return byThread;
        }
        Instant since = m.createdAt().minus(config.authorWindow());
        return repository.findOpenCaseByAuthor(c, platform, m.authorId(), since);
    }

    /**
     * Threading must not open two cases for one thread when two batches carry it at once. All of a batch's
     * thread and author locks are taken up front in one global order, so concurrent batches cannot deadlock.
     */
    private void lockThreads(Connection c, List<InboundMessage> batch) throws SQLException {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        for (InboundMessage m : batch) {
            keys.add(m.platform().name() + "|t|" + m.threadKey());
            if (m.authorId() != null) {
                keys.add(m.platform().name() + "|a|" + m.authorId());
            }
        }
        for (String key : keys) {
            repository.lockThread(c, key);
        }
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
