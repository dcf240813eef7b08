package org.copydesk.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Tokens Keycloak would never issue, signed with the demo realm's own key (it is in the realm file), so that the
 * server's refusal can only come from the claim under test: an expiry in the past, or another audience.
 */
public final class ForgedTokens {

    private ForgedTokens() {
    }

    public static String expired(KeycloakServer keycloak, String username, String role) {
        Instant issued = Instant.now().minusSeconds(3600);
        return sign(keycloak, username, role, "copydesk-api", issued, issued.plusSeconds(300));
    }

    public static String forAnotherAudience(KeycloakServer keycloak, String username, String role) {
        Instant now = Instant.now();
        return sign(keycloak, username, role, "another-api", now, now.plusSeconds(300));
    }

    /** A real token with one character of its payload changed, so its signature no longer matches. */
    public static String tampered(String token) {
        String[] parts = token.split("\\.");
        char[] payload = parts[1].toCharArray();
        int middle = payload.length / 2;
        payload[middle] = payload[middle] == 'A' ? 'B' : 'A';
        return parts[0] + "." + new String(payload) + "." + parts[2];
    }

    private static String sign(KeycloakServer keycloak, String username, String role, String audience,
                               Instant issued, Instant expires) {
        try {
            JsonObject signingKey = realmSigningKey();
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(keycloak.issuer())
                    .subject(UUID.randomUUID().toString())
                    .audience(audience)
                    .jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(issued))
                    .expirationTime(Date.from(expires))
                    .claim("upn", username)
                    .claim("preferred_username", username)
                    .claim("groups", List.of(role))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(keycloak.signingKeyId()).build(), claims);
            byte[] pkcs8 = Base64.getDecoder().decode(signingKey.getJsonArray("privateKey").getString(0));
            RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
    }

    private static JsonObject realmSigningKey() throws IOException {
        JsonObject realm = Json.createReader(new StringReader(Files.readString(Path.of(
                "docker/keycloak/copydesk-realm.json")))).readObject();
        return realm.getJsonObject("components").getJsonArray("org.keycloak.keys.KeyProvider")
                .getValuesAs(JsonObject.class).stream()
                .filter(provider -> "rsa".equals(provider.getString("providerId")))
                .findFirst().orElseThrow().getJsonObject("config");
    }
}
