package tr.hemsehri.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tr.hemsehri.workflow.service.SatisfactionAnswerParser;
import tr.hemsehri.workflow.service.SatisfactionAnswerParser.Answer;

class SatisfactionAnswerParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "5|-|5",
            "4/5|-|4",
            "puanım 3|-|3",
            "evet çözüldü|true|-",
            "Evet, çözüldü teşekkürler 5|true|5",
            "evet cozuldu tesekkurler|true|-",
            "hayır hala akmıyor|false|-",
            "hayir hala akmiyor|false|-",
            "evet ama su hâlâ gelmedi 2|false|2",
            "👍|true|-",
            "👎|false|-",
            "⭐⭐⭐⭐|-|4",
            "SAT_SCORE_4|-|4",
            "SAT_YES|true|-",
            "SAT_NO|false|-",
            "dört|-|4",
            "düzeldi sağolun|true|-",
            "yine aynı şekilde devam ediyor|false|-",
    })
    void readsManyWrittenForms(String text, Boolean fixed, Integer score) {
        Answer a = SatisfactionAnswerParser.parse(text);
        assertEquals(fixed, a.fixed(), text);
        assertEquals(score, a.score(), text);
    }

    @ParameterizedTest
    @CsvSource({"merhaba", "'   '", "Bornova'da yeni bir sorun var mı bilmiyorum", "12345"})
    void unrelatedTextIsNotAnAnswer(String text) {
        assertFalse(SatisfactionAnswerParser.parse(text).recognised(), text);
    }
}
