package tr.hemsehri.incident.grouping;

import java.util.Collection;

/**
 * Which transaction is offering reports now, and which incidents belong to a transaction that has not committed:
 * their rows are invisible to every other transaction until it does. Not thread-safe (the engine's callers
 * synchronise).
 */
final class PendingOwners {
    private final OpenIncidents open;
    private Object owner;

    PendingOwners(OpenIncidents open) {
        this.open = open;
    }

    /** See {@link GroupingEngine#owner}. */
    void owner(Object transaction) {
        owner = transaction;
    }

    /** The current owner, given to the incidents a spike opens (null = no transactions). */
    Object current() {
        return owner;
    }

    /** See {@link GroupingEngine#committed}. */
    void committed(Collection<Long> ids) {
        for (long id : ids) {
            Group g = open.get(id);
            if (g != null) {
                g.pendingOwner = null;
            }
        }
    }

    /** See {@link GroupingEngine#pendingElsewhere}. */
    boolean pendingElsewhere(long id) {
        Group g = open.get(id);
        return g != null && g.pendingOwner != null && !g.pendingOwner.equals(owner);
    }
}
