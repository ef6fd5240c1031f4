package tr.hemsehri.console;

import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Turkish labels and dates for the console templates: {tr:status(c.status)}, {tr:time(c.createdAt)}. */
@TemplateExtension(namespace = "tr")
public final class ConsoleFormat {
    public static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.forLanguageTag("tr"))
            .withZone(ZONE);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.forLanguageTag("tr"))
            .withZone(ZONE);

    static final Map<String, String> STATUS = map("NEW", "Yeni", "TRIAGED", "İncelendi", "FORWARDED", "Birime iletildi",
            "IN_PROGRESS", "Birimde işlemde", "RESOLVED", "Çözüldü", "CLOSED", "Kapandı", "REFERRED", "Kuruma yönlendirildi",
            "REOPENED", "Yeniden açıldı", "OPEN", "Açık (yeni + incelendi)", "ALL", "Tümü", "ACTIVE", "Birimde açık");
    static final Map<String, String> CATEGORY = Map.of("COMPLAINT", "Şikâyet", "REQUEST", "Talep", "SUPPORT", "Teşekkür",
            "-", "Sınıfsız");
    static final Map<String, String> PLATFORM = Map.of("X", "X", "FACEBOOK", "Facebook", "INSTAGRAM", "Instagram",
            "WHATSAPP", "WhatsApp", "MANUAL", "Telefon/elle");
    static final Map<String, String> PLATFORM_ICON = Map.of("X", "𝕏", "FACEBOOK", "f", "INSTAGRAM", "◎", "WHATSAPP", "✆",
            "MANUAL", "☎");
    static final Map<String, String> SLA = Map.of("OVERDUE", "Süresi geçti", "SOON", "Süresi yaklaşıyor", "OK", "Süresi var",
            "NONE", "SLA yok");
    static final Map<String, String> REPLY = Map.of("PENDING_APPROVAL", "Onay bekliyor", "QUEUED", "Gönderim sırasında",
            "SENT", "Gönderildi", "FAILED", "Gönderilemedi", "REJECTED", "Reddedildi", "NOT_SENT", "Gönderilmedi",
            "PENDING", "Gönderim sırasında", "SENDING", "Gönderiliyor", "CANCELLED", "İptal");
    static final Map<String, String> NOTE = Map.of("NOTE", "Not", "FORWARD", "İletme", "SEND_BACK", "Geri gönderme",
            "RESOLUTION", "Çözüm", "REOPEN", "Yeniden açılma", "SYSTEM", "Sistem");
    static final Map<String, String> SATISFACTION = Map.of("SCHEDULED", "Sorulacak", "SENT", "Soruldu, yanıt bekleniyor",
            "ANSWERED", "Yanıtlandı", "UNANSWERED", "Yanıt gelmedi", "NOT_SENT", "Sorulamadı");
    static final Map<String, String> DELIVERY_KIND = Map.of("REPLY", "Yanıt", "RESOLVED", "Çözüldü bildirimi",
            "SATISFACTION", "Memnuniyet sorusu", "INCIDENT_UPDATE", "Olay duyurusu");
    static final Map<String, String> INSTITUTION = Map.of("ELECTRICITY", "Elektrik dağıtım (186)", "NATURAL_GAS",
            "Doğalgaz dağıtım (187)", "HEALTH", "Sağlık (182)", "POLICE", "Emniyet (155)", "JUSTICE", "Adliye",
            "TELECOM", "Telekom operatörü", "CENTRAL_GOVERNMENT", "CİMER (150)");
    static final Map<String, String> FIELD = Map.of("category", "Kategori", "department", "Birim", "urgent", "Acil",
            "district", "İlçe", "neighborhood", "Mahalle");

    private ConsoleFormat() {
    }

    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return Map.copyOf(m);
    }

    public static String status(Object s) {
        return s == null ? "" : STATUS.getOrDefault(s.toString(), s.toString());
    }

    public static String category(Object s) {
        return s == null ? "Sınıfsız" : CATEGORY.getOrDefault(s.toString(), s.toString());
    }

    public static String platform(Object s) {
        return s == null ? "" : PLATFORM.getOrDefault(s.toString(), s.toString());
    }

    public static String platformIcon(Object s) {
        return s == null ? "?" : PLATFORM_ICON.getOrDefault(s.toString(), "?");
    }

    public static String sla(Object s) {
        return s == null ? "" : SLA.getOrDefault(s.toString(), s.toString());
    }

    public static String reply(Object s) {
        return s == null ? "" : REPLY.getOrDefault(s.toString(), s.toString());
    }

    public static String note(Object s) {
        return s == null ? "" : NOTE.getOrDefault(s.toString(), s.toString());
    }

    public static String satisfaction(Object s) {
        return s == null ? "" : SATISFACTION.getOrDefault(s.toString(), s.toString());
    }

    public static String deliveryKind(Object s) {
        return s == null ? "" : DELIVERY_KIND.getOrDefault(s.toString(), s.toString());
    }

    public static String institution(Object s) {
        return s == null ? "" : INSTITUTION.getOrDefault(s.toString(), s.toString());
    }

    public static String field(Object s) {
        return s == null ? "" : FIELD.getOrDefault(s.toString(), s.toString());
    }

    public static String lower(Object s) {
        return s == null ? "" : s.toString().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String time(Instant i) {
        return i == null ? "—" : TIME.format(i);
    }

    public static String shortTime(Instant i) {
        return i == null ? "—" : SHORT.format(i);
    }

    public static String iso(Instant i) {
        return i == null ? "" : i.toString();
    }

    /** "3 sa 12 dk önce" / "2 gün sonra". */
    public static String relative(Instant i) {
        if (i == null) {
            return "";
        }
        Duration d = Duration.between(Instant.now(), i);
        boolean past = d.isNegative();
        return duration(d.abs().getSeconds()) + (past ? " önce" : " sonra");
    }

    public static String duration(Long seconds) {
        if (seconds == null) {
            return "—";
        }
        long s = Math.abs(seconds);
        if (s < 60) {
            return s + " sn";
        }
        if (s < 3600) {
            return (s / 60) + " dk";
        }
        if (s < 86400) {
            return (s / 3600) + " sa " + (s % 3600 / 60) + " dk";
        }
        return (s / 86400) + " gün " + (s % 86400 / 3600) + " sa";
    }

    public static String secs(Double seconds) {
        return seconds == null ? "—" : duration(Math.round(seconds));
    }

    /** SLA state of a due time for a case in a department's hands. */
    public static String slaState(Instant due, Object status) {
        String s = status == null ? "" : status.toString();
        if (due == null || !(s.equals("FORWARDED") || s.equals("IN_PROGRESS") || s.equals("REOPENED"))) {
            return "NONE";
        }
        Instant now = Instant.now();
        if (due.isBefore(now)) {
            return "OVERDUE";
        }
        return due.isBefore(now.plus(Duration.ofHours(ConsoleQueries.SOON_HOURS))) ? "SOON" : "OK";
    }

    /**
     * A failed or retried delivery as staff should read it: what happened and whether it is retried, in Turkish.
     * The connector's raw text ("TRANSIENT: X reply failed: java.lang...") stays available beside it for support.
     */
    public static String deliveryError(String error, Object status) {
        if (error == null || error.isBlank()) {
            return "";
        }
        String st = status == null ? "" : status.toString();
        boolean retrying = st.equals("PENDING") || st.equals("SENDING") || st.equals("QUEUED");
        String kind = error.contains(":") ? error.substring(0, error.indexOf(':')).trim() : "";
        return switch (kind) {
            case "AUTH" -> "Kanal hesabının yetkisi geçersiz; bir yönetici hesabı yeniden bağlamalı.";
            case "RATE_LIMITED" -> retrying ? "Platformun gönderim sınırı doldu; sınır açılınca yeniden denenecek."
                    : "Platformun gönderim sınırı nedeniyle gönderilemedi.";
            case "TRANSIENT" -> retrying ? "Platforma ulaşılamadı; otomatik olarak yeniden denenecek."
                    : "Platforma ulaşılamadı; denemeler sonuç vermedi.";
            case "REJECTED" -> "Platform yanıtı kabul etmedi (ör. mesajlaşma süresi dolmuş ya da gönderi silinmiş).";
            default -> technical(error) ? (retrying ? "Gönderimde beklenmeyen bir hata oluştu; yeniden denenecek."
                    : "Gönderimde beklenmeyen bir hata oluştu.") : error;
        };
    }

    /** Our own delivery messages are Turkish sentences; anything with a Java trace in it is not for staff. */
    static boolean technical(String error) {
        return error.contains("Exception") || error.contains("java.") || error.matches("^[A-Za-z]+(Error|Exception)\\b.*");
    }

    public static String dec(Double d) {
        return d == null ? "—" : String.format(Locale.forLanguageTag("tr"), "%.1f", d);
    }

    public static String pct(Double d) {
        return d == null ? "—" : String.format(Locale.forLanguageTag("tr"), "%%%.1f", d * 100);
    }
}
