package org.copydesk.admin;

import static io.restassured.RestAssured.given;
import static org.copydesk.it.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.copydesk.it.DatabaseIndependent;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The server's figures are for admins only, behind the admin role in the API (SecurityHeadersIT: not at /metrics). */
@DatabaseIndependent
@ExtendWith(RunningServer.class)
class MetricsIT {

    @Test
    void onlyAnAdminReadsTheMetricsAsPrometheusText() {
        given().get("/api/admin/metrics").then().statusCode(401).contentType("application/problem+json");
        as("reader").get("/api/admin/metrics").then().statusCode(403).contentType("application/problem+json");
        as("publisher").get("/api/admin/metrics").then().statusCode(403);

        as("admin").get("/api/admin/metrics").then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE memory_usedHeap_bytes gauge"))
                .body(containsString("memory_usedHeap_bytes{mp_scope=\"base\"} "))
                .body(containsString("thread_count{mp_scope=\"base\"} "))
                .body(containsString("jvm_uptime_seconds{mp_scope=\"base\"} "));
    }
}
