package tr.hemsehri.nlp;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import tr.hemsehri.nlp.features.DocumentTokens;
import tr.hemsehri.nlp.features.SharedFeatureIndex;
import tr.hemsehri.nlp.features.TextModel;
import tr.hemsehri.nlp.geo.Gazetteer;
import tr.hemsehri.nlp.geo.PlaceMatch;
import tr.hemsehri.nlp.rules.OutOfScopeRules;
import tr.hemsehri.nlp.rules.UrgencyRules;
import tr.hemsehri.nlp.text.NormalizedText;
import tr.hemsehri.nlp.text.TurkishNormalizer;

/**
 * The production {@link MessageAnalyzer}: Turkish normalisation, four OpenNLP document-categorizer models
 * (category, department, urgency reason, out-of-scope institution) complemented by keyword rules for urgency and
 * out-of-scope, and the gazetteer matcher for district/neighbourhood. Thread-safe; never throws on odd text.
 * Without CDI use {@link #fromClasspath(String, String)}.
 */
@ApplicationScoped
public class OpenNlpMessageAnalyzer implements MessageAnalyzer {

    /** Urgent from the model alone when P(NONE) falls below this. */
    static final double URGENT_MODEL_MAX_NONE = 0.25;
    /** Out of scope from the model alone when P(NONE) falls below this. */
    static final double OOS_MODEL_MAX_NONE = 0.2;
    /**
     * ... and the best other outcome reaches this. A text with no feature the model knows (English, Arabic, "aaaa",
     * empty) gets the flat maxent distribution (1/13, 1/8 per outcome), whose P(NONE) is below the thresholds above:
     * without this floor such a text came out urgent ("Çökme") and out of scope (ELECTRICITY).
     */
    static final double MODEL_MIN_BEST = 0.3;

    private final NlpModels models;
    private final Gazetteer gazetteer;
    private final String defaultProvince;
    private final String defaultDistrict;
    private final Category[] categoryByOutcome;
    /** Rows of {@link SharedFeatureIndex#resolve}: category, department, urgency, out-of-scope, category-aux. */
    private final SharedFeatureIndex features;
    private static final int CAT = 0, DEPT = 1, URG = 2, OOS = 3, AUX = 4;

    @Inject
    public OpenNlpMessageAnalyzer(NlpConfig config) {
        this(loadParallel(config), config);
    }

    private OpenNlpMessageAnalyzer(Object[] loaded, NlpConfig config) {
        this((NlpModels) loaded[0], (Gazetteer) loaded[1], config.province(), config.district().orElse(null));
    }

    private static Object[] loadParallel(NlpConfig config) {
        java.util.concurrent.CompletableFuture<NlpModels> models =
                java.util.concurrent.CompletableFuture.supplyAsync(NlpModels::loadDefault);
        Gazetteer g = Gazetteer.loadDefault(Gazetteer.parseAliases(config.aliases().orElse(List.of())));
        g.matcher(config.province(), config.district().orElse(null)); // while the models load, not after
        return new Object[] {models.join(), g};
    }

    public OpenNlpMessageAnalyzer(NlpModels models, Gazetteer gazetteer, String defaultProvince,
            String defaultDistrict) {
        this.models = models;
        this.gazetteer = gazetteer;
        this.defaultProvince = defaultProvince == null ? "İzmir" : defaultProvince;
        this.defaultDistrict = defaultDistrict == null || defaultDistrict.isBlank() ? null : defaultDistrict;
        String[] outs = models.category().outcomes();
        categoryByOutcome = new Category[outs.length];
        for (int i = 0; i < outs.length; i++) {
            categoryByOutcome[i] = Category.valueOf(outs[i]);
        }
        features = models.categoryAux() == null
                ? new SharedFeatureIndex(models.category(), models.department(), models.urgency(), models.outOfScope())
                : new SharedFeatureIndex(models.category(), models.department(), models.urgency(), models.outOfScope(),
                        models.categoryAux());
        // build the default scope's index now so the first message is fast
        gazetteer.matcher(this.defaultProvince, this.defaultDistrict);
    }

    /** Loads the shipped models and gazetteer from the classpath (plain Java, tests, tools). */
    public static OpenNlpMessageAnalyzer fromClasspath(String province, String district) {
        // models and gazetteer load in parallel
        java.util.concurrent.CompletableFuture<NlpModels> models =
                java.util.concurrent.CompletableFuture.supplyAsync(NlpModels::loadDefault);
        Gazetteer g = Gazetteer.loadDefault();
        g.matcher(province == null ? "İzmir" : province, district); // the default scope's index, while the models load
        return new OpenNlpMessageAnalyzer(models.join(), g, province, district);
    }

    /** The installation's own district (a district municipality's desk), or null for a metropolitan desk. */
    public String defaultDistrict() {
        return defaultDistrict;
    }

    /** Where the text is about in the installation's scope, without classifying it (a reload re-reads places). */
    public tr.hemsehri.nlp.geo.PlaceMatch place(String text) {
        try {
            return gazetteer.matcher(defaultProvince, defaultDistrict).match(TurkishNormalizer.get().normalize(text));
        } catch (RuntimeException e) {
            return tr.hemsehri.nlp.geo.PlaceMatch.NONE; // as analyze: a place lookup never fails a message
        }
    }

    public static OpenNlpMessageAnalyzer fromClasspath() {
        return fromClasspath("İzmir", null);
    }

    @Override
    public Analysis analyze(AnalysisRequest request) {
        String text = request == null ? null : request.text();
        NormalizedText nt;
        try {
            nt = TurkishNormalizer.get().normalize(text);
        } catch (RuntimeException e) {
            nt = NormalizedText.EMPTY;
        }
        String[] doc = DocumentTokens.of(nt);
        String folded = foldedText(nt);

        // category
        // all the models share one feature set: the context is built and looked up once
        int[][] ctx = features.resolve(models.category().context(doc));
        double[] cp = models.category().probabilitiesOfPredicates(ctx[CAT]);
        if (models.categoryAux() != null) {
            cp = tr.hemsehri.nlp.features.CategoryEnsemble.combine(models.category(), cp, models.categoryAux(),
                    models.categoryAux().probabilitiesOfPredicates(ctx[AUX]), models.categoryWeight());
        }
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        int best = 0;
        for (int i = 0; i < cp.length; i++) {
            scores.put(categoryByOutcome[i], cp[i]);
            if (cp[i] > cp[best]) {
                best = i;
            }
        }
        Category category = categoryByOutcome[best];
        double confidence = cp[best];
        if (nt.words().isEmpty()) {
            confidence = Math.min(confidence, 0.34);
        }

        // urgency: rules first, the model catches phrasings the rules miss
        String reason = UrgencyRules.match(folded);
        if (reason == null) {
            TextModel um = models.urgency();
            double[] up = um.probabilitiesOfPredicates(ctx[URG]);
            int none = um.index("NONE");
            if (none >= 0 && up[none] < URGENT_MODEL_MAX_NONE && !UrgencyRules.notNow(folded)) {
                reason = bestExcept(um, up, none, MODEL_MIN_BEST);
            }
        }
        boolean urgent = reason != null;

        // out of scope: rules first, then the model when it is sure
        String oosCode = OutOfScopeRules.match(folded);
        String serviceCue = tr.hemsehri.nlp.rules.DepartmentCues.match(folded);
        // the model alone never refers a message that names one of our own services ("su yok", "yolda çukur")
        if (oosCode == null && serviceCue == null) {
            TextModel om = models.outOfScope();
            double[] op = om.probabilitiesOfPredicates(ctx[OOS]);
            int none = om.index("NONE");
            if (none >= 0 && op[none] < OOS_MODEL_MAX_NONE) {
                oosCode = bestExcept(om, op, none, MODEL_MIN_BEST);
            }
        }
        OutOfScope oos = OutOfScopeRules.referral(oosCode, folded, urgent);

        String department = models.department().best(models.department().probabilitiesOfPredicates(ctx[DEPT]));
        if (oos != null) {
            department = DepartmentCodes.OTHER;
        } else if (DepartmentCodes.OTHER.equals(department) && serviceCue != null) {
            department = serviceCue;
        }

        String province = request == null || request.province() == null ? defaultProvince : request.province();
        String scopeDistrict = request == null || request.district() == null ? defaultDistrict : request.district();
        PlaceMatch place = PlaceMatch.NONE;
        try {
            place = gazetteer.matcher(province, scopeDistrict).match(nt);
        } catch (RuntimeException e) {
            // never fail a message because of the place lookup
        }
        return new Analysis(category, confidence, scores, urgent, UrgencyRules.describe(reason), oos, department,
                place.district(), place.neighborhood(), place.neighborhoodId(), place.fromScope(),
                place.guessed());
    }

    private static String bestExcept(TextModel m, double[] p, int except, double minimum) {
        int b = -1;
        for (int i = 0; i < p.length; i++) {
            if (i != except && (b < 0 || p[i] > p[b])) {
                b = i;
            }
        }
        return b < 0 || p[b] < minimum ? null : m.outcome(b);
    }

    /** Folded words joined by single spaces (what the rules read). */
    public static String foldedText(NormalizedText nt) {
        StringBuilder sb = new StringBuilder(nt.words().size() * 8);
        for (NormalizedText.Token t : nt.words()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.folded());
        }
        return sb.toString();
    }

    public NlpModels models() {
        return models;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }
}
