package tr.hemsehri.nlp;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of the NLP stage ({@code hemsehri.nlp.*}). */
@ConfigMapping(prefix = "hemsehri.nlp")
public interface NlpConfig {

    /**
     * The deployment's province as written in the national gazetteer (e.g. "İzmir", "Kocaeli", "İstanbul"). Districts
     * and neighbourhoods are only searched inside it when a request does not name a province.
     */
    @WithDefault("İzmir")
    String province();

    /**
     * For a district municipality (e.g. "Esenyurt" in İstanbul): only this district's neighbourhoods are matched and
     * every message is placed in this district. Empty for a metropolitan (province-wide) municipality.
     */
    Optional<String> district();

    /**
     * Extra colloquial place names, each {@code alias=province/district} (e.g. {@code Şirinyer=İzmir/Buca}), added to
     * the shipped {@code nlp-models/gazetteer/aliases.tsv}. An alias only ever yields its district, never a mahalle.
     */
    Optional<List<String>> aliases();
}
