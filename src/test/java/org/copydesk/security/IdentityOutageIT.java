package org.copydesk.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.ForgedTokens;
import org.copydesk.it.KeycloakServer;
import org.copydesk.it.DatabaseIndependent;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keycloak stops: the API keeps trusting the keys it fetched, so tokens issued before go on working; a browser that
 * comes to sign in is told that signing in is unavailable instead of being sent to a login page that is down.
 */
@DatabaseIndependent
@ExtendWith(RunningServer.class)
class IdentityOutageIT {

    @Test
    void tokensIssuedBeforeKeycloakStoppedKeepWorkingWhileItIsDown(CopydeskServer server) throws Exception {
        KeycloakServer keycloak = server.keycloak();
        String usedBefore = keycloak.accessToken("reader");
        assertEquals(200, articles(usedBefore).statusCode());
        String firstUsedDuringTheOutage = keycloak.accessToken("triage");
        String unknownKey = ForgedTokens.signedWithUnknownKey(keycloak, "admin", "admin");
        HttpResponse<String> relayed = signInFromANewBrowser(server);
        assertEquals(302, relayed.statusCode(), "the portal has read Keycloak's endpoints and sends browsers on");
        assertTrue(relayed.headers().firstValue("Location").orElseThrow().startsWith(keycloak.issuer()));

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

            HttpResponse<String> unavailable = signInFromANewBrowser(server);
            assertEquals(503, unavailable.statusCode(), unavailable.body());
            assertTrue(unavailable.body().contains("Sign-in is unavailable"), unavailable.body());
            assertTrue(unavailable.headers().firstValue("Retry-After").isPresent());
        } finally {
            keycloak.start();
        }
        assertEquals(200, articles(keycloak.accessToken("reader")).statusCode(), "a token issued after the restart");
        assertEquals(302, signInFromANewBrowser(server).statusCode(), "sign-in is offered again");
    }

    /** A browser without a session opens the portal: the answer of the portal's sign-in relay it is sent to. */
    private static HttpResponse<String> signInFromANewBrowser(CopydeskServer server) throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).build();
        HttpResponse<String> portal = browser.send(HttpRequest.newBuilder(server.baseUri().resolve("/portal/"))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, portal.statusCode(), portal.body());
        URI relay = portal.uri().resolve(portal.headers().firstValue("Location").orElseThrow());
        assertEquals("/portal/sign-in", relay.getPath(), relay::toString);
        return browser.send(HttpRequest.newBuilder(relay).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Response articles(String token) {
        return given().auth().oauth2(token).queryParam("size", 1).get("/api/articles");
    }
}
