package tr.hemsehri.nlp;

/**
 * One text to analyse. {@code province} and {@code district} narrow the gazetteer search; null means the
 * deployment's configured defaults.
 */
public record AnalysisRequest(String text, String province, String district) {
    public static AnalysisRequest of(String text) {
        return new AnalysisRequest(text, null, null);
    }
}
