package tr.hemsehri.ingest.model;

public enum Platform {
    X, FACEBOOK, INSTAGRAM, WHATSAPP,
    /** Entered by staff through the API, e.g. a request taken by phone. */
    MANUAL
}
