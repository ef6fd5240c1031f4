package tr.hemsehri.connector.api;

/** Receives one fetched page; returning normally means the page and its cursor are committed. */
@FunctionalInterface
public interface PageSink {
    void accept(PollPage page) throws ConnectorException;
}
