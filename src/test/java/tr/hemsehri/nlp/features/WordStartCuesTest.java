package tr.hemsehri.nlp.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tr.hemsehri.nlp.text.TurkishNormalizer;
import tr.hemsehri.nlp.tools.Corpus;

class WordStartCuesTest {

    @Test
    void countsCuesAtWordStartsOncePerListing() {
        WordStartCues c = new WordStartCues(List.of(new String[] {"a", "su ", "sular", "koku"},
                new String[] {"b", "koku", "yol", "koku"}));
        assertArrayEquals(new int[] {3, 3}, c.count(" sular yok su yok kokuyor yolda "));
        assertArrayEquals(new int[] {0, 0}, c.count(" susuz kaldik boyolu "), "'su ' needs the word to end; 'yol' must start a word");
        assertArrayEquals(new int[] {1, 0}, c.count(" su "));
        assertArrayEquals(new int[] {0, 0}, c.count(" "));
        assertThrows(IllegalArgumentException.class, () -> new WordStartCues(List.<String[]>of(new String[] {"x", "a"})));
    }

    /** Same counts as testing {@code contains(" " + cue)} cue by cue, on every corpus text and on each text's tail. */
    @Test
    void sameCountsAsThePlainSearchOnEveryCorpusText() throws IOException {
        String[][] lists = LexiconFeatureGenerator.cueLists();
        WordStartCues cues = new WordStartCues(Arrays.asList(lists));
        int texts = 0, hits = 0;
        try (Stream<Path> files = Files.list(Path.of("nlp-models/corpus"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (Corpus.Example e : Corpus.read(p)) {
                    StringBuilder sb = new StringBuilder(" ");
                    for (String t : DocumentTokens.of(TurkishNormalizer.get().normalize(e.text()))) {
                        if (!t.startsWith(DocumentTokens.MARK)) {
                            sb.append(TurkishNormalizer.fold(t)).append(' ');
                        }
                    }
                    String all = sb.toString();
                    for (String text : new String[] {all, all.substring(all.length() / 2)}) {
                        int[] got = cues.count(text.startsWith(" ") ? text : " " + text);
                        for (int l = 0; l < lists.length; l++) {
                            int want = LexiconFeatureGenerator.count(text.startsWith(" ") ? text : " " + text, lists[l]);
                            assertEquals(want, got[l], lists[l][0] + " in '" + text + "'");
                            hits += want;
                        }
                    }
                    texts++;
                }
            }
        }
        assertTrue(texts > 6000 && hits > 20_000, texts + " texts, " + hits + " hits");
    }
}
