package org.copydesk.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.copydesk.it.DatabaseIndependent;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@DatabaseIndependent
@ExtendWith(RunningServer.class)
class ApiDocumentationIT {

    @Test
    void openApiDocumentsEveryEndpoint() {
        given().get("/openapi").then().statusCode(200)
                .body(containsString("/api/articles:"))
                .body(containsString("/api/articles/{id}:"))
                .body(containsString("/api/articles/{id}/audit:"))
                .body(containsString("/api/tasks:"))
                .body(containsString("/api/tasks/{id}/claim:"))
                .body(containsString("/api/tasks/{id}/unclaim:"))
                .body(containsString("/api/tasks/{id}/complete:"))
                .body(containsString("/api/tasks/{id}/assign:"))
                .body(containsString("/api/articles/{id}/findings:"))
                .body(containsString("/api/articles/{id}/versions:"))
                .body(containsString("/api/stories:"))
                .body(containsString("/api/stories/{id}:"))
                .body(containsString("/api/published:"))
                .body(containsString("/api/published/{slug}:"))
                .body(containsString("/api/feed:"))
                .body(containsString("/api/articles/{id}/corrections:"))
                .body(containsString("/api/articles/{id}/kill:"))
                .body(containsString("/api/articles/{id}/deliveries:"))
                .body(containsString("/api/admin/partners:"))
                .body(containsString("/api/admin/dead-deliveries:"));
    }

    @Test
    void healthAnswersReadyAndLive() {
        given().get("/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'copydesk' }.data.database", equalTo("true"));
        given().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
