package org.copydesk.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.copydesk.security.control.TokenRefused;
import org.copydesk.security.control.TokenVerifier;
import org.copydesk.security.entity.VerifiedCaller;
import org.copydesk.web.Unauthenticated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API's way in: the bearer token in the Authorization header, verified by {@link TokenVerifier}; its groups
 * become the caller's roles. A request without a token goes on anonymously, and one whose token is refused too,
 * with the reason kept for the 401 that the role check then answers.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    String keySetLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    List<String> audiences;

    @Inject
    @ConfigProperty(name = "copydesk.security.keys.cache-seconds", defaultValue = "300")
    long keysCacheSeconds;

    @Inject
    @ConfigProperty(name = "copydesk.security.keys.min-refetch-seconds", defaultValue = "30")
    long keysMinRefetchSeconds;

    @Inject
    @ConfigProperty(name = "copydesk.security.keys.outage-tolerance-seconds", defaultValue = "86400")
    long keysOutageToleranceSeconds;

    @Inject
    @ConfigProperty(name = "copydesk.security.remembered-tokens", defaultValue = "10000")
    int rememberedTokens;

    @Resource
    ManagedExecutorService executor;

    private TokenVerifier verifier;

    @PostConstruct
    void start() {
        try {
            verifier = new TokenVerifier(issuer, Set.copyOf(audiences), TokenVerifier.realmKeys(
                    URI.create(keySetLocation).toURL(), Duration.ofSeconds(keysCacheSeconds),
                    Duration.ofSeconds(keysMinRefetchSeconds), Duration.ofSeconds(keysOutageToleranceSeconds),
                    executor), rememberedTokens);
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("mp.jwt.verify.publickey.location is not a URL: " + keySetLocation, e);
        }
    }

    @PreDestroy
    void stop() {
        try {
            verifier.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        // the role check asks again for an anonymous request; a refused token is not verified twice
        if (authorization == null || Unauthenticated.refused(request)) {
            return context.doNothing();
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Unauthenticated.because(request, "The Authorization header must carry a bearer token");
            return context.doNothing();
        }
        try {
            VerifiedCaller caller = verifier.verify(authorization.substring(BEARER.length()).strip());
            return context.notifyContainerAboutLogin(caller, caller.groups());
        } catch (TokenRefused refused) {
            Unauthenticated.because(request, refused.getMessage());
            return context.doNothing();
        }
    }
}
