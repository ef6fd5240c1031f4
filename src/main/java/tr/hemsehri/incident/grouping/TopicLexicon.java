package tr.hemsehri.incident.grouping;

import java.util.List;
import java.util.Map;

/**
 * The cue words of each problem class {@link TopicCues} knows, kept apart from the rules that read them so the
 * lexicon can be reviewed (and grown) by someone who does not read the rules.
 */
final class TopicLexicon {

    /** Exact folded words, or prefixes when they end with '*'. Hashtags are split only at case changes. */
    static final Map<String, List<String>> CLASSES = Map.ofEntries(
            Map.entry("water", List.of("susuz*", "suyok*", "musluk*", "muslug*", "sebeke*", "basinc*", "tanker*", "water")),
            Map.entry("garbage", List.of("cop*", "konteyner*", "atik*", "garbage", "trash", "rubbish")),
            Map.entry("light", List.of("lamba*", "aydinlatma*", "karanlik*", "sonuk*", "isik", "isiklar*",
                    "isigi*")),
            Map.entry("signal", List.of("sinyalizasyon*", "sinyal")),
            Map.entry("road", List.of("yol", "yolda", "yolu", "yoldaki", "yolun", "yola", "yollar", "cukur*",
                    "asfalt*", "coktu", "cokmus", "coken", "goctu", "gocmus", "yolcoktu*", "heyelan*")),
            Map.entry("sewer", List.of("kanalizasyon*", "logar*", "rogar*", "lagim*", "vidanjor*")),
            Map.entry("transit", List.of("otobus*", "durak*", "durag*", "sefer*", "metro*", "tramvay*", "eshot*", "izban*",
                    "tren", "treni", "trenler*", "trende", "trenin", "banliyo*", "akcaray*", "marmaray*", "vapur*",
                    "izdeniz*", "feribot*", "iett*")),
            Map.entry("ice", List.of("buz", "buzlu", "buzlan*", "buztut*", "tuzlama*", "tuzlan*", "greyder*", "kar",
                    "kardan")),
            Map.entry("noise", List.of("gurultu*", "muzik*", "noise")),
            Map.entry("fountain", List.of("fiskiye*", "havuz*")),
            Map.entry("animal", List.of("kopek*", "kedi*", "hayvan*", "marti*", "kopeg*")),
            Map.entry("electricity", List.of("elektrik*", "elektirik*", "electricity", "power")),
            Map.entry("fire", List.of("yangin*", "alevler*", "duman*", "fire", "smoke")),
            Map.entry("playground", List.of("kaydirak*", "kaydirag*", "salincak*", "salincag*", "tahterevalli*")),
            // "bank" alone: "banka" is a bank, "bankamatik" its machine
            Map.entry("bench", List.of("bank", "banklar*", "banki", "bankin", "bankta", "banktan", "bench*")),
            Map.entry("railing", List.of("korkuluk*", "korkulug*")),
            // a broken pavement is its own job, not the road's pothole; tables on it are occupation (TopicCues)
            Map.entry("pavement", List.of("kaldirim*")),
            Map.entry("billing", List.of("fatura*", "abonelik*", "tahakkuk*")),
            Map.entry("facility", List.of("merdiven*", "tuvalet*")),
            Map.entry("lift", List.of("asansor*")),
            Map.entry("smell", List.of("koku", "kokusu*", "kokudan", "kokuyor*", "kokuyo")),
            Map.entry("gas", List.of("dogalgaz*", "gaz")),
            Map.entry("tree", List.of("agac*", "dal", "dali", "dallar*", "fidan*")),
            Map.entry("flood", List.of("sel", "seli", "sele", "selde", "selin", "mazgal*", "gol", "golu",
                    "gole", "golde", "taskin*", "baskin*", "altgecit*", "altgecid*", "flood*")),
            Map.entry("roof", List.of("cati*", "kiremit*", "sac", "saclar*", "saclari*")),
            Map.entry("works", List.of("kazi", "kazisi*", "kaziyor*", "kazdi*", "kazmis*", "kazilan*", "kazilmis*")),
            Map.entry("pest", List.of("fare", "fareler*", "ilaclama*", "sivrisinek*", "hasere*", "bocek*")));

    private TopicLexicon() {
    }
}
