package tr.hemsehri.console;

import java.util.Map;

/** Short confirmations shown after an action (?msg=key); keys only, so no text travels in URLs. */
final class Flash {
    static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("claimed", "Vaka sizde."),
            Map.entry("released", "Vaka kuyruğa geri bırakıldı."),
            Map.entry("triaged", "Vaka incelendi olarak işaretlendi."),
            Map.entry("forwarded", "Vaka birime iletildi."),
            Map.entry("referred", "Vaka ilgili kuruma yönlendirildi; vatandaşa yanıt kuyrukta."),
            Map.entry("closed", "Vaka kapatıldı."),
            Map.entry("replied", "Yanıt kaydedildi."),
            Map.entry("pending", "Yanıt onaya gönderildi."),
            Map.entry("approved", "Yanıt onaylandı ve gönderim sırasına alındı."),
            Map.entry("rejected", "Yanıt reddedildi."),
            Map.entry("accepted", "Vaka biriminizce kabul edildi."),
            Map.entry("noted", "Not eklendi."),
            Map.entry("sentback", "Vaka gerekçesiyle moderasyona geri gönderildi."),
            Map.entry("resolved", "Vaka çözüldü; vatandaşa bilgi verilecek."),
            Map.entry("empty", "Kuyrukta alınacak vaka yok."));

    private Flash() {
    }

    static String of(String key) {
        return key == null ? null : MESSAGES.get(key);
    }
}
