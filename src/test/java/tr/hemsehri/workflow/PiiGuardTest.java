package tr.hemsehri.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tr.hemsehri.workflow.service.PiiGuard;
import tr.hemsehri.workflow.service.PiiGuard.Kind;

class PiiGuardTest {
    private static List<Kind> kinds(String text) {
        return PiiGuard.scan(text).stream().map(PiiGuard.Finding::kind).toList();
    }

    @Test
    void turkishIdNumberWithValidChecksumIsCaughtAndInvalidIsNot() {
        assertEquals(List.of(Kind.TCKN), kinds("TC kimlik no 10000000146 olan vatandaş"));
        assertFalse(kinds("numara 12345678901 yanlış").contains(Kind.TCKN));
    }

    @Test
    void phoneNumbersInCommonWritings() {
        assertEquals(List.of(Kind.PHONE), kinds("beni 0532 123 45 67 den arayın"));
        assertEquals(List.of(Kind.PHONE), kinds("tel: +90 532 123 4567"));
        assertEquals(List.of(Kind.PHONE), kinds("05321234567"));
        assertEquals(List.of(Kind.PHONE), kinds("(0232) 293 12 34 numaralı hat"));
    }

    @Test
    void emailIbanPlateAndAddress() {
        assertEquals(List.of(Kind.EMAIL), kinds("ayse.k@example.com adresine yazın"));
        assertEquals(List.of(Kind.IBAN), kinds("IBAN: TR33 0006 1005 1978 6457 8413 26"));
        assertEquals(List.of(Kind.PLATE), kinds("35 ABC 123 plakalı araç"));
        assertEquals(List.of(Kind.ADDRESS), kinds("1203 Sokak No: 5 Daire 3 önünde"));
        assertEquals(List.of(Kind.ADDRESS), kinds("Cumhuriyet Cad. No:12/4 karşısı"));
    }

    @Test
    void invalidIbanAndOrdinaryNumbersAreNotFlagged() {
        assertTrue(kinds("TR33 0006 1005 1978 6457 8413 27").stream().noneMatch(k -> k == Kind.IBAN));
        assertTrue(kinds("3 gündür su yok, 2 kez aradım, 15 dakika bekledim").isEmpty());
        assertTrue(kinds("Bostanlı'da 2. sokakta çukur var").isEmpty());
    }

    @Test
    void maskingRemovesEveryFinding() {
        String masked = PiiGuard.mask("Ayşe Hanım 0532 123 45 67, e-posta a@b.co, TC 10000000146");
        assertFalse(masked.contains("0532"));
        assertFalse(masked.contains("a@b.co"));
        assertFalse(masked.contains("10000000146"));
        assertTrue(PiiGuard.scan(masked).isEmpty());
    }
}
