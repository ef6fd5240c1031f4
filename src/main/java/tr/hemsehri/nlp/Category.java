package tr.hemsehri.nlp;

/** The citizen's dominant intent. */
public enum Category {
    /** A fault, problem or dissatisfaction ("3 gündür su yok"). */
    COMPLAINT,
    /** Asks for a service, an improvement or information ("ilaçlama yapılabilir mi"). */
    REQUEST,
    /** Praise, thanks or support ("ekiplere teşekkürler"). */
    SUPPORT
}
