package tr.hemsehri.common.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Query parameters arrive as strings and are parsed here: JAX-RS would answer 404 to an unparsable query
 * parameter, where the client deserves a 400 that names the parameter and the accepted values.
 */
public final class Params {
    private Params() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'" + name + "' için geçersiz değer: " + raw + ". Geçerli değerler: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static int intValue(String name, String raw, int defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' bir tam sayı olmalı: " + raw);
        }
    }

    public static Boolean boolValue(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "evet" -> true;
            case "false", "0", "hayir", "hayır" -> false;
            default -> throw ApiException.badRequest("'" + name + "' true ya da false olmalı: " + raw);
        };
    }

    public static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }
}
