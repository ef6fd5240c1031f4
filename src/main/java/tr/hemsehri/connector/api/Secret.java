package tr.hemsehri.connector.api;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A token or secret that prints as a mask, so an accidental log line or exception message cannot leak it. */
public final class Secret {
    private static final Pattern TOKEN_PARAM = Pattern.compile(
            "(?i)(access_token|appsecret_proof|oauth_token|oauth_signature|client_secret)=[^&\\s\"']+");
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value);
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    public static Optional<Secret> of(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).map(Secret::new);
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "****";
    }

    /** Removes token-looking query parameters and the given secrets from text bound for a log or the database. */
    public static String scrub(String text, Secret... secrets) {
        if (text == null) {
            return null;
        }
        String out = TOKEN_PARAM.matcher(text).replaceAll("$1=****");
        for (Secret s : secrets) {
            if (s != null && s.value.length() >= 4) {
                out = out.replace(s.value, "****");
            }
        }
        return out.length() > 500 ? out.substring(0, 500) + "…" : out;
    }
}
