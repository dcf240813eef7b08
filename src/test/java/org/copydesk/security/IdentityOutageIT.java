package org.copydesk.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.ForgedTokens;
import org.copydesk.it.KeycloakServer;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keycloak stops: the API keeps trusting the keys it fetched, so tokens issued before go on working; the portal
 * says that signing in is unavailable instead of sending browsers to a sign-in page that cannot answer.
 */
@ExtendWith(RunningServer.class)
class IdentityOutageIT {

    @Test
    void tokensIssuedBeforeKeycloakStoppedKeepWorkingWhileItIsDownAndThePortalSaysSignInIsUnavailable(
            CopydeskServer server) throws Exception {
        KeycloakServer keycloak = server.keycloak();
        String usedBefore = keycloak.accessToken("reader");
        assertEquals(200, articles(usedBefore).statusCode());
        String firstUsedDuringTheOutage = keycloak.accessToken("triage");
        String unknownKey = ForgedTokens.signedWithUnknownKey(keycloak, "admin", "admin");

        keycloak.stop();
        try {
            assertThrows(ConnectException.class, () -> HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(keycloak.jwksUri())).build(),
                    HttpResponse.BodyHandlers.discarding()), "Keycloak is down");
            // the server's cached copy of the keys expires: the next token it has not seen makes it fetch them
            Thread.sleep(CopydeskServer.KEYS_CACHE.plusSeconds(3).toMillis());

            Response firstUse = articles(firstUsedDuringTheOutage);
            assertEquals(200, firstUse.statusCode(), firstUse.asString());
            assertEquals(200, articles(usedBefore).statusCode());
            assertTrue(server.logTail().contains("cannot be fetched"), "the server tried the realm and kept its keys");
            Response refused = articles(unknownKey);
            assertEquals(401, refused.statusCode());
            assertEquals("application/problem+json", refused.contentType());

            HttpResponse<String> english = openPortal(server, "en-GB,en;q=0.8");
            assertEquals(503, english.statusCode(), english.body());
            assertTrue(english.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(english.headers().firstValue("Retry-After").isPresent(), "says when to try again");
            assertTrue(english.body().contains("<h1>Sign-in is unavailable</h1>"), english.body());
            assertTrue(english.body().contains("cannot be reached"), english.body());
            HttpResponse<String> french = openPortal(server, "fr-FR,fr;q=0.9,en;q=0.5");
            assertEquals(503, french.statusCode());
            assertTrue(french.body().contains("<h1>La connexion est indisponible</h1>"), french.body());
            assertTrue(french.body().contains("lang=\"fr\""), french.body());
        } finally {
            keycloak.start();
        }
        assertEquals(200, articles(keycloak.accessToken("reader")).statusCode(), "a token issued after the restart");
        HttpResponse<String> back = openPortal(server, "en");
        for (int tries = 0; back.statusCode() == 503 && tries < 20; tries++) {
            Thread.sleep(500);
            back = openPortal(server, "en");
        }
        assertEquals(302, back.statusCode(), "once Keycloak is back the portal leads to signing in");
        assertEquals("/portal/inbox.xhtml", URI.create(back.headers().firstValue("Location").orElseThrow()).getPath());
    }

    /** A browser with no session opening the portal's address. */
    private static HttpResponse<String> openPortal(CopydeskServer server, String languages) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.baseUri().resolve("/portal/"))
                .header("Accept-Language", languages).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Response articles(String token) {
        return given().auth().oauth2(token).queryParam("size", 1).get("/api/articles");
    }
}
