package org.copydesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.DatabaseIndependent;
import org.copydesk.it.RunningServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A browser's way in: the portal sends it to Keycloak's login page, the form is posted, and it comes back signed in. */
@DatabaseIndependent
@ExtendWith(RunningServer.class)
class PortalLoginIT {

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new BrowserCookies())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * Cookies as a browser keeps them for 127.0.0.1, which it treats as a secure origin: Keycloak marks its login
     * cookies Secure, and java.net.CookieManager would never send those over http.
     */
    private static final class BrowserCookies extends CookieHandler {

        private final List<HttpCookie> jar = new ArrayList<>();

        @Override
        public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            String cookies = jar.stream()
                    .filter(cookie -> cookie.getMaxAge() != 0)
                    .filter(cookie -> uri.getPath().startsWith(cookie.getPath() == null ? "/" : cookie.getPath()))
                    .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; "));
            return cookies.isEmpty() ? Map.of() : Map.of("Cookie", List.of(cookies));
        }

        @Override
        public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.getOrDefault("Set-Cookie", List.of()).stream()
                    .flatMap(header -> HttpCookie.parse(header).stream())
                    .forEach(cookie -> {
                        jar.removeIf(known -> known.getName().equals(cookie.getName())
                                && Objects.equals(known.getPath(), cookie.getPath()));
                        jar.add(cookie);
                    });
        }
    }

    @Test
    void aReviewerSignsInThroughKeycloakAndSeesTheirRoles(CopydeskServer server) throws Exception {
        URI portal = server.baseUri().resolve("/portal/");

        HttpResponse<String> first = get(portal);
        assertEquals(302, first.statusCode());
        String sessionCookie = first.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(sessionCookie.contains("HttpOnly") && sessionCookie.toLowerCase().contains("samesite=lax"),
                sessionCookie);
        URI relay = location(first);
        assertEquals("/portal/sign-in", relay.getPath(), relay::toString);
        URI login = location(get(relay));
        assertEquals(relay.getRawQuery(), login.getRawQuery(), "the relay passes the sign-in request on as it is");
        assertTrue(login.toString().startsWith(server.keycloak().issuer() + "/protocol/openid-connect/auth"), login::toString);

        HttpResponse<String> loginPage = get(login);
        assertEquals(200, loginPage.statusCode());
        Document page = Jsoup.parse(loginPage.body(), login.toString());
        Element form = page.selectFirst("form#kc-form-login");
        assertNotNull(form, "Keycloak's login form");

        HttpResponse<String> afterLogin = post(URI.create(form.absUrl("action")),
                Map.of("username", "factchecker", "password", "factchecker", "credentialId", ""));
        assertEquals(302, afterLogin.statusCode(), afterLogin.body());
        URI callback = location(afterLogin);
        assertTrue(callback.getPath().equals("/portal/Callback") && callback.getQuery().contains("code="),
                callback::toString);

        HttpResponse<String> landing = followRedirects(get(callback));
        assertEquals(200, landing.statusCode(), landing.body());
        Document signedIn = Jsoup.parse(landing.body());
        assertEquals("factchecker", signedIn.selectFirst("#user").text());
        assertEquals("fact-checker", signedIn.selectFirst("#roles").text());
        assertEquals("nosniff", landing.headers().firstValue("X-Content-Type-Options").orElse(null));
        String policy = landing.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'")
                && policy.matches(".*script-src 'self' 'nonce-[^']+'.*"), policy);
        assertTrue(signedIn.select("script").stream().allMatch(script -> script.hasAttr("nonce")),
                "every script carries the nonce");
        assertTrue(signedIn.select("*").stream().allMatch(element -> element.attributes().asList().stream()
                .noneMatch(attribute -> attribute.getKey().startsWith("on"))), "no inline event handler");

        HttpResponse<String> logout = get(server.baseUri().resolve("/portal/logout"));
        assertEquals(302, logout.statusCode());
        assertTrue(location(logout).toString().startsWith(server.keycloak().issuer()
                + "/protocol/openid-connect/logout"), () -> location(logout).toString());
        assertEquals(302, get(portal).statusCode(), "signed out: the portal asks for a login again");
    }

    @Test
    void aWrongPasswordLeavesTheBrowserOnKeycloaksLoginPage(CopydeskServer server) throws Exception {
        URI login = location(get(location(get(server.baseUri().resolve("/portal/")))));
        Document page = Jsoup.parse(get(login).body(), login.toString());
        HttpResponse<String> refused = post(URI.create(page.selectFirst("form#kc-form-login").absUrl("action")),
                Map.of("username", "factchecker", "password", "wrong"));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Invalid username or password"), "Keycloak says why");
    }

    private HttpResponse<String> followRedirects(HttpResponse<String> response) throws Exception {
        HttpResponse<String> current = response;
        for (int hops = 0; current.statusCode() == 302 && hops < 5; hops++) {
            current = get(location(current));
        }
        return current;
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI uri, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI location(HttpResponse<String> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no redirect from " + response.uri() + ": " + response.statusCode())));
    }
}
