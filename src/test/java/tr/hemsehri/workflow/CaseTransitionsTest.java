package tr.hemsehri.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import tr.hemsehri.moderation.model.CaseStatus;
import tr.hemsehri.workflow.model.CaseTransitions;

class CaseTransitionsTest {
    private static final Set<String> LEGAL = Set.of(
            "NEW>TRIAGED", "NEW>FORWARDED", "NEW>REFERRED", "NEW>CLOSED",
            "TRIAGED>FORWARDED", "TRIAGED>REFERRED", "TRIAGED>CLOSED",
            "FORWARDED>IN_PROGRESS", "FORWARDED>RESOLVED", "FORWARDED>TRIAGED",
            "IN_PROGRESS>RESOLVED", "IN_PROGRESS>TRIAGED",
            "RESOLVED>CLOSED", "RESOLVED>REOPENED",
            "CLOSED>REOPENED",
            "REFERRED>TRIAGED", "REFERRED>CLOSED",
            "REOPENED>IN_PROGRESS", "REOPENED>RESOLVED", "REOPENED>TRIAGED");

    @Test
    void everyPairIsLegalExactlyWhenListed() {
        int legal = 0;
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                boolean expected = LEGAL.contains(from + ">" + to);
                assertEquals(expected, CaseTransitions.allowed(from, to), from + " -> " + to);
                legal += expected ? 1 : 0;
            }
        }
        assertEquals(LEGAL.size(), legal);
    }

    @Test
    void noStateLoopsToItselfAndClosedOnlyReopens() {
        for (CaseStatus s : CaseStatus.values()) {
            assertFalse(CaseTransitions.allowed(s, s), s.name());
        }
        assertEquals(Set.of(CaseStatus.REOPENED), CaseTransitions.from(CaseStatus.CLOSED));
        assertTrue(CaseTransitions.allowed(CaseStatus.NEW, CaseStatus.REFERRED));
    }
}
