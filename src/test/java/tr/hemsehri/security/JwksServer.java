package tr.hemsehri.security;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

/** A stand-in OIDC provider: serves a JWKS on loopback and signs tokens with its key. */
public class JwksServer implements QuarkusTestResourceLifecycleManager {
    public static final String ISSUER = "http://sso.test/realms/hemsehri";
    private static RsaJsonWebKey key;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("test-key");
            String jwks = new JsonWebKeySet(key).toJson();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/certs", exchange -> {
                byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return Map.of(
                    "hemsehri.security.oidc.enabled", "true",
                    "hemsehri.security.oidc.issuer", ISSUER,
                    "hemsehri.security.oidc.audience", "hemsehri",
                    "hemsehri.security.oidc.jwks-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/certs",
                    "hemsehri.security.oidc.roles-claim", "realm_access.roles");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    public static String token(String user, List<String> roles, String department, String issuer, long ttlSeconds)
            throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience("hemsehri");
        claims.setSubject(user);
        claims.setClaim("preferred_username", user);
        claims.setClaim("realm_access", Map.of("roles", roles));
        if (department != null) {
            claims.setClaim("department", department);
        }
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(ttlSeconds / 60f);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }
}
