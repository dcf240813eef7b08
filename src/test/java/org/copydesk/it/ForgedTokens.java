package org.copydesk.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Tokens Keycloak would never issue, signed with the demo realm's own key (it is in the realm file), so that the
 * server's refusal can only come from what is under test: an expiry in the past, another audience or issuer, a key
 * the realm does not publish, or no signature at all.
 */
public final class ForgedTokens {

    private ForgedTokens() {
    }

    public static String expired(KeycloakServer keycloak, String username, String role) {
        Instant issued = Instant.now().minusSeconds(3600);
        return signWithRealmKey(keycloak, claims(keycloak.issuer(), username, role, "copydesk-api", issued));
    }

    public static String forAnotherAudience(KeycloakServer keycloak, String username, String role) {
        return signWithRealmKey(keycloak, claims(keycloak.issuer(), username, role, "another-api", Instant.now()));
    }

    /** Signed with the realm's key but naming another realm of the same Keycloak as its issuer. */
    public static String fromAnotherIssuer(KeycloakServer keycloak, String username, String role) {
        return signWithRealmKey(keycloak, claims(keycloak.baseUri() + "/realms/master", username, role,
                "copydesk-api", Instant.now()));
    }

    /** Right in every claim, signed with a key of its own under a key id the realm never published. */
    public static String signedWithUnknownKey(KeycloakServer keycloak, String username, String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(claims(keycloak.issuer(), username, role, "copydesk-api", Instant.now()),
                    (RSAPrivateKey) generator.generateKeyPair().getPrivate(), UUID.randomUUID().toString());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make a key", e);
        }
    }

    /** Right in every claim, with {@code alg: none} and no signature. */
    public static String unsigned(KeycloakServer keycloak, String username, String role) {
        return new PlainJWT(claims(keycloak.issuer(), username, role, "copydesk-api", Instant.now())).serialize();
    }

    /** A real token with one character of its payload changed, so its signature no longer matches. */
    public static String tampered(String token) {
        String[] parts = token.split("\\.");
        char[] payload = parts[1].toCharArray();
        int middle = payload.length / 2;
        payload[middle] = payload[middle] == 'A' ? 'B' : 'A';
        return parts[0] + "." + new String(payload) + "." + parts[2];
    }

    private static JWTClaimsSet claims(String issuer, String username, String role, String audience,
                                       Instant issued) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(UUID.randomUUID().toString())
                .audience(audience)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plusSeconds(300)))
                .claim("upn", username)
                .claim("preferred_username", username)
                .claim("groups", List.of(role))
                .build();
    }

    private static String signWithRealmKey(KeycloakServer keycloak, JWTClaimsSet claims) {
        try {
            byte[] pkcs8 = Base64.getDecoder().decode(realmSigningKey().getJsonArray("privateKey").getString(0));
            RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return sign(claims, key, keycloak.signingKeyId());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the realm's signing key", e);
        }
    }

    private static String sign(JWTClaimsSet claims, RSAPrivateKey key, String keyId) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(keyId).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
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
