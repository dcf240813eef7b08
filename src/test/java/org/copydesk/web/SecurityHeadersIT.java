package org.copydesk.web;

import static io.restassured.RestAssured.given;
import static org.copydesk.it.Api.INGEST_FEED;
import static org.copydesk.it.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copydesk.it.DatabaseIndependent;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every answer of the API and the portal tells the browser not to sniff, frame or load from elsewhere. */
@DatabaseIndependent
@ExtendWith(RunningServer.class)
class SecurityHeadersIT {

    @Test
    void apiAnswersAndErrorsForbidSniffingAndFraming() {
        List<ValidatableResponse> answers = List.of(
                as("reader").get("/api/articles?size=1").then().statusCode(200),
                given().get("/api/articles").then().statusCode(401),
                as("reader").get("/api/articles/{id}", UUID.randomUUID()).then().statusCode(404),
                as("reader").get("/api/no-such-resource").then().statusCode(404),
                as("reader").post("/api/tasks/{id}/claim", UUID.randomUUID()).then().statusCode(403),
                as(INGEST_FEED).contentType(ContentType.JSON).body(Map.of("body", "x"))
                        .post("/api/articles").then().statusCode(422));
        for (ValidatableResponse answer : answers) {
            answer.header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("default-src 'none'"));
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        // the sign-in mechanism answers this redirect before any filter runs; it has no body to protect
        List<String> cookies = given().redirects().follow(false).get("/portal/").then().statusCode(302)
                .extract().headers().getValues("Set-Cookie");
        String session = cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
        assertTrue(session.toLowerCase().contains("httponly"), session);
        assertTrue(session.toLowerCase().contains("samesite=lax"), session);
        assertFalse(session.toLowerCase().contains("secure"), "over plain http the cookie cannot be Secure: " + session);
        // every portal page asks for a sign-in first; PortalLoginIT checks the policy of the pages themselves
    }

    @Test
    void metricsAreNotServedToAnyone() {
        for (var request : List.of(given(), as("admin"))) {
            var answer = request.get("/metrics").then().extract();
            assertTrue(answer.statusCode() >= 400, "metrics answered " + answer.statusCode());
            assertFalse(answer.asString().contains("# TYPE"), "the figures are served");
        }
    }
}
