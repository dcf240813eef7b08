package org.copydesk.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.it.Api.as;
import static org.copydesk.it.Api.keycloak;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.DatabaseIndependent;
import org.copydesk.it.KeycloakServer;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The realm's people and their Copydesk roles, managed through the API against the real Keycloak: a change is in
 * the person's next token, every change is audited, and an admin cannot lock themselves out.
 */
@DatabaseIndependent
@ExtendWith(RunningServer.class)
class UsersAndRolesIT {

    @Test
    void theListShowsThePeopleWithTheirCopydeskRolesAndNoServiceAccount() {
        List<Map<String, Object>> everyone = new ArrayList<>();
        int total;
        List<Map<String, Object>> items;
        do {
            Response page = as("admin").queryParam("size", 100).queryParam("page", everyone.size() / 100)
                    .get("/api/admin/users");
            page.then().statusCode(200);
            items = page.path("items");
            everyone.addAll(items);
            total = page.path("total");
        } while (everyone.size() < total && !items.isEmpty());
        List<String> usernames = everyone.stream().map(person -> (String) person.get("username")).toList();
        assertThat(usernames).contains("admin", "editor", "factchecker", "publisher", "reader", "triage", "ingest")
                .noneMatch(name -> name.startsWith("service-account-"))
                .isSorted()
                .hasSize(total);
        assertThat(person(everyone, "editor").get("roles")).isEqualTo(List.of("fact-checker", "publisher",
                "triage-editor"));
        assertThat(person(everyone, "admin").get("roles")).isEqualTo(List.of("admin"));
        assertThat(person(everyone, "admin").get("enabled")).isEqualTo(true);

        // the search matches part of the username, the name or the email
        as("admin").queryParam("search", "abia").get("/api/admin/users").then().statusCode(200)
                .body("items.username", equalTo(List.of("factchecker"))).body("total", equalTo(1))
                .body("items[0].firstName", equalTo("Fabian"));
        as("admin").queryParam("search", "publisher@copydesk").get("/api/admin/users").then().statusCode(200)
                .body("items.username", equalTo(List.of("publisher")));

        List<String> first = as("admin").queryParam("size", 2).get("/api/admin/users").then().statusCode(200)
                .body("total", equalTo(total)).extract().path("items.username");
        List<String> second = as("admin").queryParam("size", 2).queryParam("page", 1).get("/api/admin/users")
                .then().statusCode(200).extract().path("items.username");
        assertThat(first).hasSize(2).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(2);
        as("admin").queryParam("size", 100).queryParam("page", 50).get("/api/admin/users").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aGrantedRoleIsInThePersonsNextTokenAndARevokedOneIsNot() {
        String username = newPerson();
        String id = keycloak().addUser(username);
        assertThat(articlesWith(keycloak().accessToken(username)).statusCode()).isEqualTo(403);

        as("admin").post("/api/admin/users/{id}/roles/{role}", id, "reader").then().statusCode(200)
                .body("id", equalTo(id)).body("username", equalTo(username)).body("roles", equalTo(List.of("reader")))
                .body("enabled", equalTo(true));
        assertThat(articlesWith(keycloak().accessToken(username)).statusCode()).isEqualTo(200);
        as("admin").get("/api/admin/users/{id}", id).then().statusCode(200).body("roles", equalTo(List.of("reader")));
        // a role they hold already: nothing changes, nothing is recorded
        as("admin").post("/api/admin/users/{id}/roles/{role}", id, "reader").then().statusCode(200)
                .body("roles", equalTo(List.of("reader")));

        as("admin").delete("/api/admin/users/{id}/roles/{role}", id, "reader").then().statusCode(200)
                .body("roles", empty());
        assertThat(articlesWith(keycloak().accessToken(username)).statusCode()).isEqualTo(403);

        List<Map<String, Object>> changes = changesOf(id);
        assertThat(changes).extracting(change -> change.get("action")).containsExactly("ROLE_GRANTED", "ROLE_REVOKED");
        assertThat(changes).allSatisfy(change -> {
            assertThat(change.get("actor")).isEqualTo("admin");
            assertThat(change.get("actorSubject")).isNotNull();
            assertThat((String) change.get("detail")).startsWith("user '" + username + "' (" + id + "): role reader");
        });
        assertThat(changes.get(0).get("detail")).asString().endsWith("granted; roles now reader");
        assertThat(changes.get(1).get("detail")).asString().endsWith("revoked; roles now none");
    }

    @Test
    void aDisabledPersonGetsNoTokenUntilEnabledAgain() {
        String username = newPerson();
        String id = keycloak().addUser(username);
        as("admin").post("/api/admin/users/{id}/roles/{role}", id, "reader").then().statusCode(200);
        assertThat(keycloak().signsIn(username)).isTrue();

        as("admin").post("/api/admin/users/{id}/disable", id).then().statusCode(200).body("enabled", equalTo(false))
                .body("roles", equalTo(List.of("reader")));
        assertThat(keycloak().signsIn(username)).isFalse();
        as("admin").queryParam("search", username).get("/api/admin/users").then().statusCode(200)
                .body("items[0].enabled", equalTo(false));
        as("admin").post("/api/admin/users/{id}/disable", id).then().statusCode(200).body("enabled", equalTo(false));

        as("admin").post("/api/admin/users/{id}/enable", id).then().statusCode(200).body("enabled", equalTo(true));
        assertThat(keycloak().signsIn(username)).isTrue();
        assertThat(articlesWith(keycloak().accessToken(username)).statusCode()).isEqualTo(200);

        List<Map<String, Object>> changes = changesOf(id);
        assertThat(changes).extracting(change -> change.get("action"))
                .containsExactly("ROLE_GRANTED", "USER_DISABLED", "USER_ENABLED");
        assertThat(changes.get(1).get("detail")).asString().contains(username, "disabled");
        // the desk's own chain, like every change to the desk's settings and partners
        as("admin").queryParam("from", changes.get(0).get("occurredAt")).get("/api/admin/audit/export").then()
                .statusCode(200).body("findAll { it.action == 'USER_DISABLED' && it.detail.contains('" + id
                        + "') }.chainKey", equalTo(List.of("desk")));
    }

    @Test
    void anAdminCannotRevokeTheirOwnAdminRoleNorDisableThemselves() {
        String admin = as("admin").queryParam("search", "admin@copydesk").get("/api/admin/users").then()
                .statusCode(200).extract().path("items.find { it.username == 'admin' }.id");

        as("admin").delete("/api/admin/users/{id}/roles/{role}", admin, "admin").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("cannot revoke your own admin role"));
        as("admin").post("/api/admin/users/{id}/disable", admin).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("cannot disable your own account"));

        as("admin").get("/api/admin/users/{id}", admin).then().statusCode(200)
                .body("roles", equalTo(List.of("admin"))).body("enabled", equalTo(true));
        assertThat(keycloak().signsIn("admin")).isTrue();
        assertThat(changesOf(admin)).isEmpty();
    }

    @Test
    void anUnknownPersonIs404AndARoleCopydeskDoesNotHaveIs422() {
        String unknown = "0b1c2d3e-0000-4000-8000-000000000000";
        as("admin").get("/api/admin/users/{id}", unknown).then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No user with id " + unknown));
        as("admin").post("/api/admin/users/{id}/roles/{role}", unknown, "reader").then().statusCode(404);
        as("admin").post("/api/admin/users/{id}/disable", unknown).then().statusCode(404);
        as("admin").get("/api/admin/users/{id}", "not a user!").then().statusCode(404);

        String id = keycloak().addUser(newPerson());
        for (String role : List.of("superuser", "offline_access", "default-roles-copydesk")) {
            as("admin").post("/api/admin/users/{id}/roles/{role}", id, role).then().statusCode(422)
                    .contentType("application/problem+json").body("detail", containsString("is not a Copydesk role"));
        }
        as("admin").delete("/api/admin/users/{id}/roles/{role}", id, "superuser").then().statusCode(422);
        // a service account is no person of the desk
        String ingestFeed = "de1d4b17-ec77-50b5-b0ad-5abed56ca5f0";
        as("admin").get("/api/admin/users/{id}", ingestFeed).then().statusCode(404);
        assertThat(changesOf(id)).isEmpty();
    }

    @Test
    void onlyAnAdminManagesPeople() {
        String id = keycloak().addUser(newPerson());
        for (String caller : List.of("reader", "publisher", "triage")) {
            as(caller).get("/api/admin/users").then().statusCode(403).contentType("application/problem+json");
            as(caller).post("/api/admin/users/{id}/roles/{role}", id, "admin").then().statusCode(403);
            as(caller).post("/api/admin/users/{id}/disable", id).then().statusCode(403);
        }
        as("admin").get("/api/admin/users/{id}", id).then().statusCode(200).body("roles", empty())
                .body("enabled", equalTo(true));
    }

    @Test
    void aKeycloakThatCannotBeReachedIs503WithTheReasonAndChangesNothing(CopydeskServer server) throws Exception {
        String id = keycloak().addUser(newPerson());
        String adminToken = keycloak().accessToken("admin");
        given().auth().oauth2(adminToken).get("/api/admin/users/{id}", id).then().statusCode(200);
        KeycloakServer keycloak = server.keycloak();

        keycloak.stop();
        try {
            Response listing = given().auth().oauth2(adminToken).get("/api/admin/users");
            listing.then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("detail", containsString("Keycloak cannot be reached to list the realm's users"));
            given().auth().oauth2(adminToken).post("/api/admin/users/{id}/roles/{role}", id, "reader").then()
                    .statusCode(503).body("detail", containsString("Keycloak cannot be reached"));
            given().auth().oauth2(adminToken).get("/api/admin/users/changes").then().statusCode(200);
        } finally {
            keycloak.start();
        }
        assertThat(changesOf(id)).isEmpty();
        // a Keycloak started afresh: the server signs its service account in again if it must
        given().auth().oauth2(keycloak.accessToken("admin")).get("/api/admin/users").then().statusCode(200);
    }

    @Test
    void theApiDocumentHasThePeopleEndpointsAndNoneOfKeycloaksOwn() {
        String document = given().get("/openapi").then().statusCode(200).extract().asString();
        assertThat(document).contains("/api/admin/users:", "/api/admin/users/changes:", "/api/admin/users/{id}:",
                "/api/admin/users/{id}/roles/{role}:", "/api/admin/users/{id}/disable:",
                "/api/admin/users/{id}/enable:")
                // the admin client's interfaces are JAX-RS too, but only a client here
                .doesNotContain("{realm}", "/realms");
    }

    private static Map<String, Object> person(List<Map<String, Object>> people, String username) {
        return people.stream().filter(person -> username.equals(person.get("username"))).findFirst().orElseThrow();
    }

    private static Response articlesWith(String token) {
        return given().auth().oauth2(token).queryParam("size", 1).get("/api/articles");
    }

    /** The audited changes to one person, oldest first. */
    private static List<Map<String, Object>> changesOf(String id) {
        List<Map<String, Object>> all = as("admin").get("/api/admin/users/changes").then().statusCode(200)
                .extract().path("$");
        return all.stream().filter(change -> ((String) change.get("detail")).contains("(" + id + ")")).toList();
    }

    private static String newPerson() {
        StringBuilder name = new StringBuilder("person-");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }
}
