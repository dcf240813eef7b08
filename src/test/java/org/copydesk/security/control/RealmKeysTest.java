package org.copydesk.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copydesk.security.control.TestTokens.newKey;
import static org.copydesk.security.control.TestTokens.published;
import static org.copydesk.security.control.TestTokens.token;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The realm's key set as the verifier fetches it over HTTP: cached, refetched for a new key id, kept in an outage. */
class RealmKeysTest {

    private static final RSAKey REALM_KEY = newKey();
    private static final RSAKey ROTATED = newKey();
    private static final RSAKey STRANGER = newKey();
    private final AtomicReference<JWKSet> publishedKeys = new AtomicReference<>(published(REALM_KEY));
    private final AtomicInteger fetches = new AtomicInteger();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor();
    private HttpServer realm;

    @BeforeEach
    void publishTheKeySet() throws IOException {
        realm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        realm.createContext("/certs", exchange -> {
            fetches.incrementAndGet();
            byte[] body = publishedKeys.get().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        realm.start();
    }

    @AfterEach
    void stop() {
        realm.stop(0);
        refresher.shutdownNow();
    }

    private TokenVerifier verifier(Duration cacheFor, Duration minRefetchInterval) throws IOException {
        URI certs = URI.create("http://127.0.0.1:" + realm.getAddress().getPort() + "/certs");
        return new TokenVerifier(TestTokens.ISSUER, Set.of(TestTokens.AUDIENCE), TokenVerifier.realmKeys(certs.toURL(),
                cacheFor, minRefetchInterval, Duration.ofHours(1), refresher), 100);
    }

    @Test
    void theKeySetIsFetchedOnceForManyTokens() throws Exception {
        TokenVerifier verifier = verifier(Duration.ofMinutes(5), Duration.ofSeconds(30));

        for (int i = 0; i < 20; i++) {
            verifier.verify(token(REALM_KEY, "reader" + i, "reader"));
        }

        assertThat(fetches).hasValue(1);
    }

    @Test
    void tokensSignedBeforeAnOutageStayValidAfterTheCachedKeysExpire() throws Exception {
        TokenVerifier verifier = verifier(Duration.ofSeconds(1), Duration.ofMillis(200));
        verifier.verify(token(REALM_KEY, "triage", "triage-editor"));
        String issuedBeforeTheOutage = token(REALM_KEY, "reader", "reader");

        realm.stop(0);
        Thread.sleep(1500);

        assertThat(verifier.verify(issuedBeforeTheOutage).getName()).isEqualTo("reader");
    }

    @Test
    void aTokenSignedWithARotatedKeyIsAcceptedAtOnce() throws Exception {
        TokenVerifier verifier = verifier(Duration.ofMinutes(5), Duration.ofSeconds(30));
        verifier.verify(token(REALM_KEY, "triage", "triage-editor"));

        publishedKeys.set(published(ROTATED, REALM_KEY));

        assertThat(verifier.verify(token(ROTATED, "triage", "triage-editor")).getName()).isEqualTo("triage");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void unknownKeyIdsFetchTheKeySetAgainAtMostTwicePerInterval() throws Exception {
        TokenVerifier verifier = verifier(Duration.ofMinutes(5), Duration.ofSeconds(30));
        verifier.verify(token(REALM_KEY, "triage", "triage-editor"));

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> verifier.verify(token(STRANGER, "admin", "admin")))
                    .isInstanceOf(TokenRefused.class);
        }

        assertThat(fetches.get()).isLessThanOrEqualTo(3);
    }
}
