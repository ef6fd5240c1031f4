package tr.hemsehri.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * CSRF tokens for the console. A random nonce lives in the HttpOnly cookie {@value #COOKIE}; the page carries
 * HMAC(key, nonce|user) in a meta tag, which htmx sends back as {@value #HEADER} on every POST. An attacker's
 * page can neither read the cookie nor compute the HMAC, and a token is useless for another user.
 */
public final class Csrf {
    public static final String COOKIE = "hemsehri-csrf";
    public static final String HEADER = "X-CSRF-Token";
    public static final String FIELD = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile byte[] key;

    private Csrf() {
    }

    public static String newNonce() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static String token(String nonce, String user) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal((nonce + "|" + user).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean valid(String nonce, String user, String presented) {
        if (nonce == null || nonce.isBlank() || presented == null || presented.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(token(nonce, user).getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] key() {
        if (key == null) {
            String k = ConfigProvider.getConfig().getOptionalValue("quarkus.http.auth.session.encryption-key", String.class)
                    .orElse(null);
            key = k != null ? ("csrf:" + k).getBytes(StandardCharsets.UTF_8) : RANDOM.generateSeed(32);
        }
        return key;
    }
}
