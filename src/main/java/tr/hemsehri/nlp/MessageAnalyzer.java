package tr.hemsehri.nlp;

/**
 * The NLP stage's one entry point. Implementations are thread-safe and never throw on odd text (empty, only
 * emojis, very long, another language): they answer with low confidence instead.
 */
public interface MessageAnalyzer {
    Analysis analyze(AnalysisRequest request);
}
