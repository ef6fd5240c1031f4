package tr.hemsehri.nlp.text;

import java.util.concurrent.ConcurrentHashMap;

import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Snowball's {@link TurkishStemmer} is not thread-safe and the same words recur in every message, so each thread
 * has its own stemmer and results are shared in a bounded cache.
 */
final class CachedStemmer {

    private static final ThreadLocal<TurkishStemmer> STEMMER = ThreadLocal.withInitial(TurkishStemmer::new);
    private static final ConcurrentHashMap<String, String> STEM_CACHE = new ConcurrentHashMap<>();
    private static final int STEM_CACHE_MAX = 200_000;

    private CachedStemmer() {
    }

    /** Snowball Turkish stem of a lower-cased word (cached). */
    static String stem(String lower) {
        if (lower.length() < 4) {
            return lower;
        }
        String s = STEM_CACHE.get(lower);
        if (s != null) {
            return s;
        }
        TurkishStemmer st = STEMMER.get();
        st.setCurrent(lower);
        st.stem();
        s = st.getCurrent();
        if (STEM_CACHE.size() < STEM_CACHE_MAX) {
            STEM_CACHE.put(lower, s);
        }
        return s;
    }
}
