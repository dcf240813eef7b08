package org.copydesk.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.KeycloakServer;
import org.copydesk.it.DatabaseIndependent;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An administrator rotates the realm's signing key: tokens signed with the new key are accepted right away. */
@DatabaseIndependent
@ExtendWith(RunningServer.class)
class KeyRotationIT {

    /** Two fetches of the key set for unknown key ids are allowed per interval; other tests may have spent them. */
    private static final Duration REFETCH_ALLOWANCE = Duration.ofSeconds(10);

    @Test
    void aTokenSignedWithARotatedKeyIsAccepted(CopydeskServer server) throws Exception {
        KeycloakServer keycloak = server.keycloak();
        String before = keycloak.accessToken("reader");
        assertEquals(200, status(before));

        String rotatedKey = keycloak.rotateSigningKey();
        try {
            String after = keycloak.accessToken("reader");
            assertNotEquals(keyIdOf(before), keyIdOf(after), "Keycloak signs with the new key");

            Instant deadline = Instant.now().plus(REFETCH_ALLOWANCE);
            int status = status(after);
            while (status != 200 && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                status = status(after);
            }
            assertEquals(200, status, "a token signed with the rotated key");
            assertEquals(200, status(before), "a token signed with the previous key, still published");
        } finally {
            keycloak.removeKey(rotatedKey);
        }
    }

    private static int status(String token) {
        return given().auth().oauth2(token).queryParam("size", 1).get("/api/articles").statusCode();
    }

    private static String keyIdOf(String token) throws java.text.ParseException {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }
}
