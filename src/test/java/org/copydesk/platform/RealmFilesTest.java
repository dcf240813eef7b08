package org.copydesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo realm, with its fixed signing key and its users, is for the run command and the tests; what the compose
 * file imports is a realm whose keys Keycloak generates and whose secrets come from the environment.
 */
class RealmFilesTest {

    private static final Path DEMO = Path.of("docker/keycloak/copydesk-realm.json");
    private static final Pattern IMPORTED = Pattern.compile("- \\./(keycloak/\\S+\\.json):/opt/keycloak/data/import/");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    @Test
    void theComposeFileImportsNoFixedKeyNoUserWithAPasswordAndNoSecretOfItsOwn() throws IOException {
        List<Path> imported = importedRealms();
        assertFalse(imported.isEmpty(), "the compose file imports a realm");
        for (Path realm : imported) {
            JsonObject json = read(realm);
            assertEquals(List.of(), keyMaterial(json), realm + " brings its own signing key");
            assertEquals(List.of(), usersWithCredentials(json), realm + " brings users with passwords");
            for (JsonValue client : json.getJsonArray("clients")) {
                String secret = client.asJsonObject().getString("secret", null);
                if (secret != null) {
                    Matcher placeholder = PLACEHOLDER.matcher(secret);
                    assertTrue(placeholder.matches(), realm + " fixes the secret of "
                            + client.asJsonObject().getString("clientId"));
                    assertTrue(compose().contains(placeholder.group(1) + ": ${" + placeholder.group(1) + ":?"),
                            "the compose file requires " + placeholder.group(1) + " to be set");
                }
            }
        }
    }

    @Test
    void theDemoRealmIsWhatTheCheckFindsAFixedKeyAndPasswordsIn() throws IOException {
        JsonObject demo = read(DEMO);
        assertFalse(keyMaterial(demo).isEmpty());
        assertFalse(usersWithCredentials(demo).isEmpty());
        assertFalse(importedRealms().contains(DEMO));
    }

    @Test
    void theImportedRealmHasTheDemoRealmsRolesScopesAndClients() throws IOException {
        JsonObject demo = read(DEMO);
        for (Path realm : importedRealms()) {
            JsonObject json = read(realm);
            for (String member : new String[] {"realm", "roles", "clientScopes", "defaultDefaultClientScopes",
                    "defaultOptionalClientScopes", "accessTokenLifespan", "defaultSignatureAlgorithm"}) {
                assertEquals(demo.get(member), json.get(member), member + " of " + realm);
            }
            Map<String, JsonObject> demoClients = clients(demo);
            for (Map.Entry<String, JsonObject> client : clients(json).entrySet()) {
                JsonObject demoClient = demoClients.get(client.getKey());
                assertTrue(demoClient != null, client.getKey() + " is also in the demo realm");
                for (String member : new String[] {"protocolMappers", "defaultClientScopes", "optionalClientScopes",
                        "serviceAccountsEnabled", "publicClient", "standardFlowEnabled"}) {
                    assertEquals(demoClient.get(member), client.getValue().get(member), member + " of "
                            + client.getKey());
                }
            }
        }
    }

    @Test
    void theImportedRealmGivesEachServiceAccountTheDemoRealmsRoles() throws IOException {
        Map<String, JsonObject> demoAccounts = serviceAccounts(read(DEMO));
        assertTrue(demoAccounts.get("copydesk-admin-console").getJsonObject("clientRoles")
                .getJsonArray("realm-management").contains(Json.createValue("manage-users")),
                "the admin console grants and revokes roles and disables users");
        for (Path realm : importedRealms()) {
            Map<String, JsonObject> accounts = serviceAccounts(read(realm));
            assertEquals(demoAccounts.keySet(), accounts.keySet(), "service accounts of " + realm);
            for (Map.Entry<String, JsonObject> account : accounts.entrySet()) {
                for (String member : new String[] {"realmRoles", "clientRoles"}) {
                    assertEquals(demoAccounts.get(account.getKey()).get(member), account.getValue().get(member),
                            member + " of the service account of " + account.getKey() + " in " + realm);
                }
            }
        }
    }

    private static Map<String, JsonObject> serviceAccounts(JsonObject realm) {
        return realm.getJsonArray("users").stream().map(JsonValue::asJsonObject)
                .filter(user -> user.containsKey("serviceAccountClientId"))
                .collect(Collectors.toMap(user -> user.getString("serviceAccountClientId"), user -> user));
    }

    private static List<Path> importedRealms() throws IOException {
        List<Path> realms = new ArrayList<>();
        Matcher volumes = IMPORTED.matcher(compose());
        while (volumes.find()) {
            realms.add(Path.of("docker").resolve(volumes.group(1)));
        }
        return realms;
    }

    /** Keys of the realm's own key providers: RSA and EC private keys, certificates, HMAC and AES secrets. */
    private static List<String> keyMaterial(JsonObject realm) {
        JsonObject components = realm.getJsonObject("components");
        if (components == null || !components.containsKey("org.keycloak.keys.KeyProvider")) {
            return List.of();
        }
        return components.getJsonArray("org.keycloak.keys.KeyProvider").stream().map(JsonValue::asJsonObject)
                .filter(provider -> provider.getJsonObject("config").keySet().stream()
                        .anyMatch(key -> List.of("privateKey", "certificate", "secret").contains(key)))
                .map(provider -> provider.getString("name")).toList();
    }

    private static List<String> usersWithCredentials(JsonObject realm) {
        return realm.getJsonArray("users").stream().map(JsonValue::asJsonObject)
                .filter(user -> user.containsKey("credentials") && !user.getJsonArray("credentials").isEmpty())
                .map(user -> user.getString("username")).toList();
    }

    private static Map<String, JsonObject> clients(JsonObject realm) {
        return realm.getJsonArray("clients").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(client -> client.getString("clientId"), client -> client));
    }

    private static String compose() throws IOException {
        return Files.readString(Path.of("docker/compose.yaml"));
    }

    private static JsonObject read(Path realm) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(realm)))) {
            return reader.readObject();
        }
    }
}
