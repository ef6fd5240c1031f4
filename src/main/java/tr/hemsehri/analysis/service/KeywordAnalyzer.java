package tr.hemsehri.analysis.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import tr.hemsehri.nlp.Analysis;
import tr.hemsehri.nlp.AnalysisRequest;
import tr.hemsehri.nlp.Category;
import tr.hemsehri.nlp.DepartmentCodes;
import tr.hemsehri.nlp.MessageAnalyzer;

/**
 * A small keyword analyzer that keeps the pipeline working when no trained model is on the class path. The
 * trained OpenNLP analyzer replaces it automatically (this bean is only the default).
 */
@DefaultBean
@ApplicationScoped
public class KeywordAnalyzer implements MessageAnalyzer {
    private static final Locale TR = Locale.forLanguageTag("tr");

    @Override
    public Analysis analyze(AnalysisRequest request) {
        String t = request.text() == null ? "" : request.text().toLowerCase(TR);
        Category category = Category.COMPLAINT;
        if (t.matches("(?s).*(teşekkür|tesekkur|sağ ?ol|eline sağlık|tebrik|harika).*")
                && !t.matches("(?s).*(ama|hala|hâlâ|yine).*")) {
            category = Category.SUPPORT;
        } else if (t.matches("(?s).*(rica|talep|istiyoruz|mi\\?|mı\\?|yapılabilir|nasıl|ne zaman).*")) {
            category = Category.REQUEST;
        }
        boolean urgent = t.matches("(?s).*(cenaze|hasta nakli|yaralı|patla|çöktü|heyelan|acil).*");
        String department = t.contains("su ") || t.contains("kanalizasyon") ? DepartmentCodes.WATER
                : t.contains("çöp") || t.contains("cop") ? DepartmentCodes.CLEANING
                : t.contains("otobüs") || t.contains("otobus") ? DepartmentCodes.TRANSPORT
                : t.contains("cenaze") ? DepartmentCodes.FUNERAL
                : t.contains("yol") || t.contains("asfalt") ? DepartmentCodes.PUBLIC_WORKS
                : DepartmentCodes.OTHER;
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            scores.put(c, c == category ? 0.6 : 0.2);
        }
        return new Analysis(category, 0.6, scores, urgent, urgent ? "anahtar sözcük" : null, null, department,
                null, null, null);
    }
}
