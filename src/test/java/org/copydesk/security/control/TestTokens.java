package org.copydesk.security.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Signing keys and tokens made the way Keycloak makes them, for tests of verification alone. */
final class TestTokens {

    static final String ISSUER = "http://127.0.0.1:1/realms/copydesk";
    static final String AUDIENCE = "copydesk-api";

    private TestTokens() {
    }

    static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static JWKSet published(RSAKey... keys) {
        return new JWKSet(List.of(keys)).toPublicJWKSet();
    }

    static JWTClaimsSet.Builder claims(String username, Instant expires, String... groups) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE, "account"))
                .subject(UUID.randomUUID().toString())
                .claim("preferred_username", username)
                .claim("groups", List.of(groups))
                .issueTime(Date.from(Instant.now()))
                .expirationTime(Date.from(expires));
    }

    static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(RSAKey key, String username, String... groups) {
        return sign(key, claims(username, Instant.now().plusSeconds(300), groups).build());
    }
}
