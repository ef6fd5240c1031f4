package tr.hemsehri.nlp;

import java.util.List;

/**
 * The default department codes with their Turkish names. The service seeds its department table from the same
 * list; a deployment can rename or add departments there.
 */
public final class DepartmentCodes {
    public static final String WATER = "WATER";
    public static final String TRANSPORT = "TRANSPORT";
    public static final String PUBLIC_WORKS = "PUBLIC_WORKS";
    public static final String CLEANING = "CLEANING";
    public static final String PARKS = "PARKS";
    public static final String MUNICIPAL_POLICE = "MUNICIPAL_POLICE";
    public static final String VETERINARY = "VETERINARY";
    public static final String SOCIAL_SERVICES = "SOCIAL_SERVICES";
    public static final String HEALTH = "HEALTH";
    public static final String FUNERAL = "FUNERAL";
    public static final String FIRE = "FIRE";
    public static final String ZONING = "ZONING";
    public static final String CULTURE = "CULTURE";
    public static final String OTHER = "OTHER";

    public record Department(String code, String name) {
    }

    public static final List<Department> DEFAULTS = List.of(
            new Department(WATER, "Su ve Kanalizasyon"),
            new Department(TRANSPORT, "Ulaşım"),
            new Department(PUBLIC_WORKS, "Fen İşleri"),
            new Department(CLEANING, "Temizlik İşleri"),
            new Department(PARKS, "Park ve Bahçeler"),
            new Department(MUNICIPAL_POLICE, "Zabıta"),
            new Department(VETERINARY, "Veteriner İşleri"),
            new Department(SOCIAL_SERVICES, "Sosyal Hizmetler"),
            new Department(HEALTH, "Sağlık İşleri (ilaçlama)"),
            new Department(FUNERAL, "Cenaze Hizmetleri"),
            new Department(FIRE, "İtfaiye"),
            new Department(ZONING, "İmar"),
            new Department(CULTURE, "Kültür"),
            new Department(OTHER, "Diğer"));

    private DepartmentCodes() {
    }
}
