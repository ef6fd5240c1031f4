package tr.hemsehri.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Delivery failures as staff read them: Turkish, no Java exception text, and whether they are retried. */
class ConsoleFormatTest {
    @Test
    void deliveryErrorsAreShortTurkishMessages() {
        String raw = "TRANSIENT: X reply failed: java.lang.NumberFormatException: For input string: \"t-3d9\"";
        assertEquals("Platforma ulaşılamadı; denemeler sonuç vermedi.", ConsoleFormat.deliveryError(raw, "FAILED"));
        assertEquals("Platforma ulaşılamadı; otomatik olarak yeniden denenecek.", ConsoleFormat.deliveryError(raw, "PENDING"));
        assertEquals("Kanal hesabının yetkisi geçersiz; bir yönetici hesabı yeniden bağlamalı.",
                ConsoleFormat.deliveryError("AUTH: token expired", "FAILED"));
        assertEquals("Platformun gönderim sınırı doldu; sınır açılınca yeniden denenecek.",
                ConsoleFormat.deliveryError("RATE_LIMITED: 429", "PENDING"));
        assertEquals("Platform yanıtı kabul etmedi (ör. mesajlaşma süresi dolmuş ya da gönderi silinmiş).",
                ConsoleFormat.deliveryError("REJECTED: outside the 24h window", "FAILED"));
        assertEquals("Gönderimde beklenmeyen bir hata oluştu; yeniden denenecek.",
                ConsoleFormat.deliveryError("IllegalStateException: boom", "PENDING"));
        // our own messages are already Turkish and stay as they are
        assertEquals("Bu kanal üzerinden gönderim yapılamıyor (MANUAL)",
                ConsoleFormat.deliveryError("Bu kanal üzerinden gönderim yapılamıyor (MANUAL)", "FAILED"));
        assertEquals("", ConsoleFormat.deliveryError(null, "FAILED"));
    }
}
