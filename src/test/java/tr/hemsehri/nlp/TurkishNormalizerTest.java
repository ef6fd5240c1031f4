package tr.hemsehri.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tr.hemsehri.nlp.text.NormalizedText;
import tr.hemsehri.nlp.text.TurkishNormalizer;

class TurkishNormalizerTest {

    private final TurkishNormalizer norm = TurkishNormalizer.get();

    private List<String> lowers(String s) {
        return norm.normalize(s).words().stream().map(NormalizedText.Token::lower).toList();
    }

    private List<String> folded(String s) {
        return norm.normalize(s).words().stream().map(NormalizedText.Token::folded).toList();
    }

    @Test
    void turkishLowerCasingOfDottedAndDotlessI() {
        assertEquals(List.of("izmir", "ılıca", "ışık"), lowers("İZMİR ILICA IŞIK"));
        assertEquals(List.of("istanbul"), lowers("İstanbul"));
    }

    @Test
    void asciiFolding() {
        assertEquals(List.of("cop", "toplanmiyor", "sogus", "gunes"), folded("Çöp toplanmıyor soğuş güneş"));
        // text already written without Turkish letters folds to the same form
        assertEquals(folded("çöp toplanmıyor"), folded("cop toplanmiyor"));
        assertEquals("ilcelerimiz", TurkishNormalizer.fold("ilçelerimiz"));
    }

    @Test
    void apostropheSuffixesAreRemoved() {
        NormalizedText t = norm.normalize("Bostanlı'da ve Kazım Dirik’te su yok");
        assertEquals(List.of("bostanlı", "ve", "kazım", "dirik", "su", "yok"),
                t.words().stream().map(NormalizedText.Token::lower).toList());
        assertTrue(t.words().get(0).apostrophe());
        assertTrue(t.words().get(3).apostrophe());
        assertFalse(t.words().get(4).apostrophe());
    }

    @Test
    void hashtagsAreSplitAndMentionsUrlsEmojisCounted() {
        NormalizedText t = norm.normalize("@izmirbld #CopToplanmiyor #izmir_su rezalet 😡😡 https://t.co/abc 👏");
        assertEquals(List.of("coptoplanmiyor", "izmir_su"), t.hashtags());
        assertEquals(List.of("cop", "toplanmiyor", "izmir", "su", "rezalet"),
                t.words().stream().map(NormalizedText.Token::folded).toList());
        assertTrue(t.words().get(0).fromHashtag());
        assertEquals(1, t.mentions());
        assertEquals(1, t.urls());
        assertEquals(List.of("neg", "neg", "pos"), t.emojis());
        assertEquals(List.of("Su", "Yok", "3", "Gundur"), TurkishNormalizer.splitHashtag("SuYok3Gundur"));
        assertEquals(List.of("IZSU", "Ariza"), TurkishNormalizer.splitHashtag("IZSUAriza"));
    }

    @Test
    void properNounDetection() {
        NormalizedText t = norm.normalize("Dün Bostanlı sahilinde. Yeni yol");
        assertTrue(t.words().get(1).properNounLike());
        assertFalse(t.words().get(3).properNounLike(), "capital after a full stop is a sentence start");
    }

    @Test
    void stemming() {
        assertEquals(TurkishNormalizer.stem("çöpler"), TurkishNormalizer.stem("çöpleri"));
    }

    @Test
    void oddInputsDoNotThrow() {
        assertTrue(norm.normalize(null).isEmpty());
        assertTrue(norm.normalize("   ").isEmpty());
        assertTrue(norm.normalize("😀😀🙏").isEmpty());
        assertEquals(3, norm.normalize("😀😀🙏").emojis().size());
        norm.normalize("x".repeat(10_000));
        norm.normalize("الماء مقطوع منذ ثلاثة أيام");
        norm.normalize("'''### @@ ??? !!! ’’");
    }
}
