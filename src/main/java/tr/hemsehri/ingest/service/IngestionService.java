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
import tr.hemsehri.ingest.model.SatisfactionAnswerArrived;
import tr.hemsehri.ingest.repository.CaseJoinRepository;
import tr.hemsehri.ingest.repository.CheckpointRepository;
import tr.hemsehri.ingest.repository.CitizenIdentityRepository;
import tr.hemsehri.ingest.repository.IngestRepository;
import tr.hemsehri.ingest.repository.NewCaseRepository;
import tr.hemsehri.ingest.repository.ThreadingRepository;
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
    ThreadingRepository threading;
    @Inject
    CitizenIdentityRepository identities;
    @Inject
    NewCaseRepository newCases;
    @Inject
    CaseJoinRepository joins;
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
    @Inject
    jakarta.enterprise.event.Event<BatchStored> batchStored;

    /** An answer to a satisfaction question adds nothing to the case's classification. */
    private static final Analysis NO_ANALYSIS = new Analysis(null, 0, java.util.Map.of(), false, null, null, null,
            null, null, null, false);

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
            lockThreads(c, batch);
            Long[] messageIds = repository.insertMessages(c, accountId, batch);
            Paths paths = paths(c, batch, messageIds);
            boolean[] fast = paths.fast();
            Map<Integer, Long> joined = joinFollowUps(c, batch, analyses, messageIds, paths.join());
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
                long caseId = place(c, accountId, m, analyses.get(i), messageId, newCaseIds);
                caseIds.add(caseId);
            }
            stored(newCaseIds);
            if (saveCursor && accountId != null) {
                checkpoints.save(c, accountId, cursor);
            }
        }
        return new IngestResult(stored, duplicates, caseIds, newCaseIds);
    }

    /**
     * How each stored message of a batch is placed. {@code fast}: none of its threading keys exists in the database
     * and no earlier message of the batch shares its thread, author or parent (nor is its parent), so it certainly
     * opens a new case. {@code join}: some key exists in the database but no earlier message of the batch shares
     * one, so the batch cannot change which case it joins and the bulk look-up may place it. The rest take the
     * one-message path in batch order.
     */
    record Paths(boolean[] fast, boolean[] join) {
    }

    private Paths paths(Connection c, List<InboundMessage> batch, Long[] messageIds) throws SQLException {
        boolean[] fast = new boolean[batch.size()];
        boolean[] join = new boolean[batch.size()];
        List<String[]> threads = new ArrayList<>();
        List<String[]> authors = new ArrayList<>();
        List<String[]> parents = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            InboundMessage m = batch.get(i);
            if (messageIds[i] == null) {
                continue;
            }
            String p = m.platform().name();
            threads.add(new String[] {p, m.threadKey()});
            if (m.authorId() != null) {
                authors.add(new String[] {p, m.authorId()});
            }
            if (m.parentExternalId() != null) {
                parents.add(new String[] {p, m.parentExternalId()});
            }
        }
        if (threads.isEmpty()) {
            return new Paths(fast, join);
        }
        java.util.Set<String> hits = threading.threadingHits(c, threads, authors, parents);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            InboundMessage m = batch.get(i);
            if (messageIds[i] == null) {
                continue;
            }
            String p = m.platform().name();
            String thread = "t|" + p + '|' + m.threadKey();
            String author = m.authorId() == null ? null : "a|" + p + '|' + m.authorId();
            String parent = m.parentExternalId() == null ? null : "e|" + p + '|' + m.parentExternalId();
            boolean inBatch = seen.contains(thread) || (author != null && seen.contains(author))
                    || (parent != null && seen.contains(parent));
            boolean inDatabase = hits.contains("T|" + p + '|' + m.threadKey() + '|' + (m.authorId() == null ? "" : m.authorId()))
                    || (author != null && (hits.contains("A|" + p + '|' + m.authorId())
                            || hits.contains("W|" + p + '|' + m.authorId())))
                    || (parent != null && hits.contains("P|" + p + '|' + m.parentExternalId()));
            fast[i] = !inBatch && !inDatabase;
            join[i] = !inBatch && inDatabase;
            seen.add(thread);
            if (author != null) {
                seen.add(author);
            }
            seen.add("e|" + p + '|' + m.externalId());
        }
        return new Paths(fast, join);
    }

    /**
     * Places the follow-ups the bulk look-up can place: one query finds the open case of each, one statement joins
     * them. A message whose look-up finds no open case (it may answer a satisfaction question, or its case was
     * closed) and a second follow-up to the same case (so joins of one case keep batch order) take the one-message
     * path. Returns the case each placed message joined, by batch position.
     */
    private Map<Integer, Long> joinFollowUps(Connection c, List<InboundMessage> batch, List<Analysis> analyses,
            Long[] messageIds, boolean[] join) throws SQLException {
        List<Integer> positions = new ArrayList<>();
        List<InboundMessage> candidates = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (join[i]) {
                positions.add(i);
                candidates.add(batch.get(i));
            }
        }
        if (candidates.isEmpty()) {
            return Map.of();
        }
        Long[] target = joins.resolveOpenCases(c, candidates, config.authorWindow());
        Map<Integer, Long> placed = new HashMap<>();
        java.util.Set<Long> taken = new java.util.HashSet<>();
        List<CaseJoinRepository.Join> list = new ArrayList<>();
        for (int j = 0; j < target.length; j++) {
            if (target[j] == null || !taken.add(target[j])) {
                continue;
            }
            int i = positions.get(j);
            Analysis a = analyses.get(i);
            list.add(new CaseJoinRepository.Join(target[j], messageIds[i], batch.get(i), a, priority(a)));
            placed.put(i, target[j]);
        }
        joins.joinCases(c, list);
        return placed;
    }

    /**
     * Puts a new message in its case: the open case of its thread or author, else a resolved case awaiting this
     * citizen's satisfaction answer, else a new case. Observers see the message already attached.
     */
    private long place(Connection c, Long accountId, InboundMessage m, Analysis a, long messageId,
            List<Long> newCaseIds) throws SQLException {
        Long caseId = findCase(c, m);
        if (caseId != null) {
            joins.joinCase(c, caseId, m, a, priority(a));
            repository.attachMessage(c, messageId, caseId);
            return caseId;
        }
        Long awaiting = m.authorId() == null ? null
                : threading.findCaseAwaitingAnswer(c, m.platform().name(), m.authorId());
        if (awaiting != null) {
            joins.joinCase(c, awaiting, m, NO_ANALYSIS, 0);
            repository.attachMessage(c, messageId, awaiting);
            answers.fire(new SatisfactionAnswerArrived(awaiting, messageId, m.text()));
            return awaiting;
        }
        Long departmentId = departments.idOf(a.department());
        long created = newCases.createCase(c, accountId, m, a, departmentId, identities.citizenFor(c, m), priority(a));
        repository.attachMessage(c, messageId, created);
        newCaseIds.add(created);
        opened.fire(new CaseOpened(created, messageId, m, a, departmentId, Instant.now()));
        return created;
    }

    private Long findCase(Connection c, InboundMessage m) throws SQLException {
        String platform = m.platform().name();
        if (m.parentExternalId() != null) {
            Long byParent = threading.findOpenCaseByParent(c, platform, m.parentExternalId());
            if (byParent != null) {
                return byParent;
            }
        }
        Long byThread = threading.findOpenCaseByThread(c, platform, m.threadKey(), m.authorId());
        if (byThread != null || m.authorId() == null) {
            return byThread;
        }
        Instant since = m.createdAt().minus(config.authorWindow());
        return threading.findOpenCaseByAuthor(c, platform, m.authorId(), since);
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
        threading.lockThreads(c, new ArrayList<>(keys));
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
