package org.copydesk.admin.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import org.copydesk.domain.Invalid;
import org.junit.jupiter.api.Test;

class RealmUsersTest {

    @Test
    void onlyCopydesksOwnRolesAreGrantedOrRevoked() {
        assertThat(RealmUsers.copydeskRole(" Fact-Checker ")).isEqualTo("fact-checker");
        for (String other : new String[] {"superuser", "offline_access", "default-roles-copydesk", "", null}) {
            assertThatThrownBy(() -> RealmUsers.copydeskRole(other)).isInstanceOf(Invalid.class)
                    .hasMessageContaining("is not a Copydesk role")
                    .hasMessageContaining("admin, fact-checker, ingest, publisher, reader, supervisor, triage-editor");
        }
    }

    @Test
    void aKeycloakThatCannotBeReachedIsSaidSo() {
        assertThat(RealmUsers.unavailable("list the realm's users", 0,
                new ProcessingException(new ProcessingException(new ConnectException("Connection refused")))).reason())
                .isEqualTo("Keycloak cannot be reached to list the realm's users (Connection refused); nothing was"
                        + " changed, try again in a moment");
    }

    @Test
    void aRefusedServiceAccountPointsAtItsSecretAndRoles() {
        for (int status : new int[] {401, 403}) {
            assertThat(RealmUsers.unavailable("grant reader to rita", status, new ProcessingException("refused"))
                    .reason())
                    .startsWith("Keycloak refused the service account copydesk-admin-console (HTTP " + status
                            + ") when asked to grant reader to rita")
                    .contains("copydesk.directory.client-secret", "realm-management roles");
        }
    }

    @Test
    void aFailingKeycloakIsAPassingUnavailabilityWithItsStatus() {
        assertThat(RealmUsers.unavailable("read user 42", 500, new ProcessingException("failed")).reason())
                .isEqualTo("Keycloak answered HTTP 500 when asked to read user 42; nothing was changed, try again in"
                        + " a moment");
    }

    @Test
    void theAdminApiIsServedWhereTheIssuersRealmIs() {
        assertThat(RealmAdmin.serverOf("http://127.0.0.1:8180/realms/copydesk")).isEqualTo("http://127.0.0.1:8180");
        assertThat(RealmAdmin.realmOf("http://127.0.0.1:8180/realms/copydesk")).isEqualTo("copydesk");
        assertThat(RealmAdmin.serverOf("https://sso.example/auth/realms/newsroom/"))
                .isEqualTo("https://sso.example/auth");
        assertThat(RealmAdmin.realmOf("https://sso.example/auth/realms/newsroom/")).isEqualTo("newsroom");
        assertThatThrownBy(() -> RealmAdmin.serverOf("https://sso.example/newsroom"))
                .isInstanceOf(IllegalStateException.class);
    }
}
