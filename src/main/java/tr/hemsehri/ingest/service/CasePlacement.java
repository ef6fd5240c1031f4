package tr.hemsehri.ingest.service;

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
import tr.hemsehri.ingest.model.CaseOpened;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.ingest.model.SatisfactionAnswerArrived;
import tr.hemsehri.ingest.repository.CaseJoinRepository;
import tr.hemsehri.ingest.repository.CitizenIdentityRepository;
import tr.hemsehri.ingest.repository.IngestRepository;
import tr.hemsehri.ingest.repository.NewCaseRepository;
import tr.hemsehri.ingest.repository.ThreadingRepository;
import tr.hemsehri.nlp.Analysis;

/**
 * Threads the messages of a batch that {@link IngestionService} cannot open as new cases in bulk: follow-ups the
 * bulk look-up can join, and the one-message path for the rest. Runs on the caller's connection and transaction.
 */
@ApplicationScoped
class CasePlacement {
    /** An answer to a satisfaction question adds nothing to the case's classification. */
    private static final Analysis NO_ANALYSIS = new Analysis(null, 0, java.util.Map.of(), false, null, null, null,
            null, null, null, false, false);

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
    DepartmentService departments;
    @Inject
    IngestConfig config;
    @Inject
    jakarta.enterprise.event.Event<SatisfactionAnswerArrived> answers;
    @Inject
    jakarta.enterprise.event.Event<CaseOpened> opened;

    /**
     * Places the follow-ups the bulk look-up can place: one query finds the open case of each, one statement joins
     * them. A message whose look-up finds no open case (it may answer a satisfaction question, or its case was
     * closed) and a second follow-up to the same case (so joins of one case keep batch order) take the one-message
     * path. Returns the case each placed message joined, by batch position.
     */
    Map<Integer, Long> joinFollowUps(Connection c, List<InboundMessage> batch, List<Analysis> analyses,
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
            list.add(new CaseJoinRepository.Join(target[j], messageIds[i], batch.get(i), a,
                    IngestionService.priority(a)));
            placed.put(i, target[j]);
        }
        joins.joinCases(c, list);
        return placed;
    }

    /**
     * Puts a new message in its case: the open case of its thread or author, else a resolved case awaiting this
     * citizen's satisfaction answer, else a new case. Observers see the message already attached.
     */
    long place(Connection c, Long accountId, InboundMessage m, Analysis a, long messageId,
            List<Long> newCaseIds) throws SQLException {
        Long caseId = findCase(c, m);
        if (caseId != null) {
            joins.joinCase(c, caseId, m, a, IngestionService.priority(a));
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
        long created = newCases.createCase(c, accountId, m, a, departmentId, identities.citizenFor(c, m),
                IngestionService.priority(a));
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
}
