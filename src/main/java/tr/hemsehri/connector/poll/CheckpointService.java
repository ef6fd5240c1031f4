package tr.hemsehri.connector.poll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import tr.hemsehri.ingest.repository.CheckpointRepository;
import tr.hemsehri.ingest.repository.IngestRepository;

/** Reads an account's saved cursor; writing it is IngestionService's job, together with the messages. */
@ApplicationScoped
public class CheckpointService {
    @Inject
    CheckpointRepository checkpoints;
    @Inject
    IngestRepository connections;

    public String cursor(long accountId) {
        try (Connection c = connections.connection()) {
            return checkpoints.load(c, accountId);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the checkpoint of account " + accountId, e);
        }
    }
}
