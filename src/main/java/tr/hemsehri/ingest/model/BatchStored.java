package tr.hemsehri.ingest.model;

import java.util.List;

/**
 * Fired once at the end of each stored batch, inside its transaction and after every {@link CaseOpened} of the
 * batch, so observers that collect per-case work can write it in one statement before the commit.
 *
 * @param newCaseIds the cases the batch opened
 */
public record BatchStored(List<Long> newCaseIds) {
}
