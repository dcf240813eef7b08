package org.copydesk.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copydesk.security.control.TestTokens.claims;
import static org.copydesk.security.control.TestTokens.newKey;
import static org.copydesk.security.control.TestTokens.published;
import static org.copydesk.security.control.TestTokens.sign;
import static org.copydesk.security.control.TestTokens.token;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.PlainJWT;
import java.time.Instant;
import java.util.Set;
import org.copydesk.security.entity.VerifiedCaller;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {

    private static final RSAKey REALM_KEY = newKey();
    private static final RSAKey STRANGER = newKey();

    private TokenVerifier verifier(int rememberedTokens) {
        return new TokenVerifier(TestTokens.ISSUER, Set.of(TestTokens.AUDIENCE),
                new ImmutableJWKSet<>(published(REALM_KEY)), rememberedTokens);
    }

    @Test
    void aRealmTokenNamesItsCallerWithTheKnownRolesAmongItsGroups() throws TokenRefused {
        VerifiedCaller caller = verifier(10).verify(token(REALM_KEY, "triage", "triage-editor", "offline_access"));

        assertThat(caller.getName()).isEqualTo("triage");
        assertThat(caller.actor().username()).isEqualTo("triage");
        assertThat(caller.actor().subject()).isNotNull();
        assertThat(caller.actor().roles()).containsExactly("triage-editor");
        assertThat(caller.groups()).containsExactlyInAnyOrder("triage-editor", "offline_access");
    }

    @Test
    void theUpnNamesTheCallerBeforeThePreferredUsername() throws TokenRefused {
        String token = sign(REALM_KEY, claims("triage", Instant.now().plusSeconds(60), "reader")
                .claim("upn", "triage@copydesk").build());

        assertThat(verifier(10).verify(token).getName()).isEqualTo("triage@copydesk");
    }

    @Test
    void aTokenIsVerifiedOnceAndRememberedUntilItExpires() throws Exception {
        TokenVerifier verifier = verifier(10);
        String token = sign(REALM_KEY, claims("reader", Instant.now().plusMillis(1500), "reader").build());

        VerifiedCaller first = verifier.verify(token);
        assertThat(verifier.verify(token)).isSameAs(first);

        Thread.sleep(1700);
        // expired for the cache; still within the clock skew verification allows, so verified anew
        assertThat(verifier.verify(token)).isNotSameAs(first);
    }

    @Test
    void withNothingRememberedEveryCallVerifiesAgain() throws TokenRefused {
        TokenVerifier verifier = verifier(0);
        String token = token(REALM_KEY, "reader", "reader");

        assertThat(verifier.verify(token)).isNotSameAs(verifier.verify(token));
    }

    @Test
    void anExpiredTokenIsRefusedWithItsExpiry() {
        Instant expired = Instant.now().minusSeconds(3600);

        assertThatThrownBy(() -> verifier(10).verify(sign(REALM_KEY, claims("triage", expired, "triage-editor")
                .issueTime(java.util.Date.from(expired.minusSeconds(300))).build())))
                .isInstanceOf(TokenRefused.class).hasMessageContaining("expired at");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        String token = sign(REALM_KEY, claims("triage", Instant.now().plusSeconds(60), "triage-editor")
                .issuer("http://127.0.0.1:1/realms/master").build());

        assertThatThrownBy(() -> verifier(10).verify(token)).hasMessageContaining("issued by http://127.0.0.1:1/realms/master");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String token = sign(REALM_KEY, claims("triage", Instant.now().plusSeconds(60), "triage-editor")
                .audience("another-api").build());

        assertThatThrownBy(() -> verifier(10).verify(token)).hasMessageContaining("meant for [another-api]");
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = token(REALM_KEY, "triage", "triage-editor").split("\\.");
        String admin = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("triage-editor", "admin").getBytes());

        assertThatThrownBy(() -> verifier(10).verify(parts[0] + "." + admin + "." + parts[2]))
                .hasMessageContaining("signature does not match");
    }

    @Test
    void aTokenSignedWithAKeyTheRealmDoesNotPublishIsRefused() {
        assertThatThrownBy(() -> verifier(10).verify(token(STRANGER, "admin", "admin")))
                .hasMessageContaining(STRANGER.getKeyID()).hasMessageContaining("does not publish");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String token = new PlainJWT(claims("admin", Instant.now().plusSeconds(60), "admin").build()).serialize();

        assertThatThrownBy(() -> verifier(10).verify(token)).hasMessageContaining("alg none");
    }

    @Test
    void somethingThatIsNoTokenIsRefused() {
        assertThatThrownBy(() -> verifier(10).verify("not-a-token")).hasMessageContaining("not a JSON Web Token");
    }

    @Test
    void aRefusalIsNotRemembered() {
        TokenVerifier verifier = verifier(10);
        String token = token(STRANGER, "admin", "admin");

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(TokenRefused.class);
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(TokenRefused.class);
    }
}
