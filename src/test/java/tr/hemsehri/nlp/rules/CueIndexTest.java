package tr.hemsehri.nlp.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tr.hemsehri.nlp.OpenNlpMessageAnalyzer;
import tr.hemsehri.nlp.text.TurkishNormalizer;
import tr.hemsehri.nlp.tools.Corpus;

class CueIndexTest {

    @Test
    void anchorsAreTheLiteralStartOfEveryAlternative() {
        assertEquals(List.of("gaz koku", "dogalgaz koku"), CueIndex.anchors("gaz koku|dogalgaz koku"));
        // a leading group contributes its alternatives; text after the group is not needed
        assertEquals(List.of("cati", "bina"), CueIndex.anchors("(cati|bina)\\w* yaniyor"));
        // a quantifier makes the character before it optional
        assertEquals(List.of("sula", "evle"), CueIndex.anchors("sular? (evlere|eve)|evler?e su"));
        // zero-width starts are skipped
        assertEquals(List.of("zehirlen", "kedi"), CueIndex.anchors("(?<!(kedi|kopek)ler )zehirlen|\\bkedi"));
        // an optional leading group, a class or a wildcard start: no anchor, the rule is always tried
        assertNull(CueIndex.anchors("(ana )?boru patla|sel"));
        assertNull(CueIndex.anchors("\\w+abilir mi"));
        assertNull(CueIndex.anchors(".{0,3}x"));
    }

    @Test
    void candidatesOpenOnlyTheRulesWhoseAnchorsOccur() {
        CueIndex idx = CueIndex.ofRegexes(List.of("gaz (koku|kacag)", "(agac|dal)\\w* devril", "\\w+ yaniyor"));
        assertEquals(0b100, idx.candidates("cop toplanmiyor"), "rule 2 has no anchor: always tried");
        assertEquals(0b101, idx.candidates("apartmanda gaz kokusu var"));
        assertEquals(0b110, idx.candidates("agaclar devrildi"));
        assertEquals(0b111, idx.candidates("dal ve gaz kacagi"));
        assertEquals(0b100, idx.candidates(""));
        assertEquals(0b100, idx.candidates("sandal devrildi"), "an anchor inside a word does not count");
    }

    /** The index may only skip rules that cannot match: every answer equals the unindexed rules' answer. */
    @Test
    void indexNeverChangesAnAnswerOnAnyCorpusText() throws IOException {
        List<String> folded = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("nlp-models/corpus"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (Corpus.Example e : Corpus.read(p)) {
                    folded.add(OpenNlpMessageAnalyzer.foldedText(TurkishNormalizer.get().normalize(e.text())));
                }
            }
        }
        assertTrue(folded.size() > 6000, "corpus read: " + folded.size());
        int n = folded.size();
        for (int i = 0; i < n; i++) {
            folded.add(folded.get(i) + " " + folded.get((i * 7919 + 13) % n)); // cues across two messages' words
        }
        int urgent = 0, referred = 0, cued = 0;
        for (String f : folded) {
            String u = UrgencyRules.match(f, false);
            assertEquals(u, UrgencyRules.match(f, true), f);
            String o = OutOfScopeRules.match(f, false);
            assertEquals(o, OutOfScopeRules.match(f, true), f);
            String d = DepartmentCues.match(f, false);
            assertEquals(d, DepartmentCues.match(f, true), f);
            urgent += u == null ? 0 : 1;
            referred += o == null ? 0 : 1;
            cued += d == null ? 0 : 1;
        }
        // the comparison covered texts that do match, not only texts without cues
        assertTrue(urgent > 500 && referred > 500 && cued > 500, urgent + " " + referred + " " + cued);
    }
}
