package org.copydesk.security.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.OutageTolerantJWKSetSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.events.EventListener;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.Closeable;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copydesk.security.entity.Actor;
import org.copydesk.security.entity.Role;
import org.copydesk.security.entity.VerifiedCaller;

/**
 * Verifies a bearer token once: its signature against the realm's published keys, its issuer, audience and
 * expiry. A token that passed is remembered, by a hash of it, until it expires, so a client that sends the same
 * token a hundred times pays for one verification. Refusals are not remembered: they are rare for honest clients
 * and would let anyone fill the memory.
 */
public final class TokenVerifier implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TokenVerifier.class.getName());
    /** Every public-key signature; never HMAC, whose key the realm does not publish. */
    private static final Set<JWSAlgorithm> SIGNATURES = Stream.concat(JWSAlgorithm.Family.RSA.stream(),
            JWSAlgorithm.Family.EC.stream()).collect(Collectors.toUnmodifiableSet());
    private static final int KEY_SET_TIMEOUT_MILLIS = 2_000;
    private static final int KEY_SET_SIZE_LIMIT = 100_000;

    private final String issuer;
    private final Set<String> audiences;
    private final JWKSource<SecurityContext> keys;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final Cache<String, VerifiedCaller> verified;

    /**
     * @param rememberedTokens how many verified tokens to remember at most; 0 verifies every request afresh
     */
    public TokenVerifier(String issuer, Set<String> audiences, JWKSource<SecurityContext> keys, int rememberedTokens) {
        this.issuer = Objects.requireNonNull(issuer);
        this.audiences = Set.copyOf(audiences);
        this.keys = keys;
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(SIGNATURES, keys));
        // the library asks its sets whether they contain null, which immutable sets answer with an exception
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(new HashSet<>(this.audiences),
                new JWTClaimsSet.Builder().issuer(issuer).build(), new HashSet<>(Set.of("exp")), null));
        verified = rememberedTokens == 0 ? null : Caffeine.newBuilder()
                .maximumSize(rememberedTokens)
                .expireAfter(Expiry.<String, VerifiedCaller>creating((hash, caller) -> max(Duration.ZERO,
                        Duration.between(Instant.now(), caller.expiresAt()))))
                .executor(Runnable::run) // housekeeping on the calling thread, not on a pool the server does not manage
                .build();
    }

    /**
     * The realm's keys as its JWKS publishes them: fetched once per {@code cacheFor} (refreshed ahead of expiry on
     * {@code refresher}), fetched again when a token names a key id not among them (at most twice per
     * {@code minRefetchInterval}), and kept for {@code outageTolerance} after the last good fetch when the realm
     * cannot be reached, so that valid tokens keep working through an identity-provider outage.
     */
    public static JWKSource<SecurityContext> realmKeys(URL keySet, Duration cacheFor, Duration minRefetchInterval,
                                                       Duration outageTolerance, ExecutorService refresher) {
        long ttl = cacheFor.toMillis();
        long refreshAhead = Math.min(JWKSourceBuilder.DEFAULT_REFRESH_AHEAD_TIME, ttl / 4);
        long refreshTimeout = Math.min(JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT, ttl / 4);
        EventListener<OutageTolerantJWKSetSource<SecurityContext>, SecurityContext> outage = event -> {
            if (event instanceof OutageTolerantJWKSetSource.OutageEvent<SecurityContext> unavailable) {
                LOG.warning(() -> "The realm's key set at " + keySet + " cannot be fetched ("
                        + unavailable.getException().getMessage() + "); the keys fetched before stay trusted for "
                        + Duration.ofMillis(unavailable.getRemainingTime()) + " more");
            }
        };
        return JWKSourceBuilder.<SecurityContext>create(keySet,
                        new DefaultResourceRetriever(KEY_SET_TIMEOUT_MILLIS, KEY_SET_TIMEOUT_MILLIS, KEY_SET_SIZE_LIMIT))
                .cache(ttl, refreshTimeout)
                .refreshAheadCache(refreshAhead, null, refresher, false, null, false)
                .rateLimited(minRefetchInterval.toMillis())
                .retrying(true)
                .outageTolerant(outageTolerance.toMillis(), outage)
                .build();
    }

    /** The caller the token names, or why it is refused. */
    public VerifiedCaller verify(String token) throws TokenRefused {
        if (verified == null) {
            return check(token);
        }
        String hash = sha256(token);
        VerifiedCaller known = verified.getIfPresent(hash);
        if (known != null) {
            return known;
        }
        VerifiedCaller caller = check(token);
        verified.put(hash, caller);
        return caller;
    }

    private VerifiedCaller check(String token) throws TokenRefused {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new TokenRefused("The bearer token is not a JSON Web Token");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new TokenRefused("Only signed tokens are accepted; this one is "
                    + (jwt instanceof PlainJWT ? "unsigned (alg none)" : "encrypted"));
        }
        try {
            return callerOf(processor.process(signed, null));
        } catch (BadJWTException e) {
            throw new TokenRefused(claimsRefusal(signed, e));
        } catch (BadJWSException e) {
            throw new TokenRefused("The token's signature does not match its content");
        } catch (BadJOSEException e) {
            JWSAlgorithm algorithm = signed.getHeader().getAlgorithm();
            throw new TokenRefused(SIGNATURES.contains(algorithm)
                    ? "The token is signed with key " + signed.getHeader().getKeyID() + ", which the realm does not publish"
                    : "Tokens signed with " + algorithm + " are not accepted");
        } catch (RateLimitReachedException e) {
            throw new TokenRefused("The token is signed with key " + signed.getHeader().getKeyID()
                    + ", which the realm did not publish when its keys were last fetched");
        } catch (KeySourceException e) {
            throw new TokenRefused("The realm's signing keys cannot be fetched to check key "
                    + signed.getHeader().getKeyID() + ": " + e.getMessage());
        } catch (JOSEException e) {
            throw new TokenRefused("The token's signature cannot be checked: " + e.getMessage());
        }
    }

    /** Why claims whose signature holds are refused, from the claims themselves rather than the library's wording. */
    private String claimsRefusal(SignedJWT signed, BadJWTException refusal) {
        try {
            JWTClaimsSet claims = signed.getJWTClaimsSet();
            if (claims.getExpirationTime() != null && claims.getExpirationTime().toInstant().isBefore(Instant.now())) {
                return "The token expired at " + claims.getExpirationTime().toInstant();
            }
            if (!issuer.equals(claims.getIssuer())) {
                return "The token was issued by " + claims.getIssuer() + ", not by the realm this API trusts, " + issuer;
            }
            List<String> audience = claims.getAudience();
            if (Collections.disjoint(audience, audiences)) {
                return "The token is meant for " + audience + ", not for " + String.join(" or ", audiences);
            }
        } catch (ParseException unreadable) {
            // the library's own wording below
        }
        return "The token is refused: " + refusal.getMessage();
    }

    private static VerifiedCaller callerOf(JWTClaimsSet claims) throws TokenRefused {
        try {
            String subject = claims.getSubject();
            String name = Stream.of(claims.getStringClaim("upn"), claims.getStringClaim("preferred_username"), subject)
                    .filter(Objects::nonNull).findFirst()
                    .orElseThrow(() -> new TokenRefused("The token names nobody: no upn, preferred_username or sub"));
            List<String> granted = claims.getStringListClaim("groups");
            Set<String> groups = granted == null ? Set.of() : new HashSet<>(granted);
            groups.remove(null);
            Set<String> roles = groups.stream().filter(Role.ALL::contains).collect(Collectors.toUnmodifiableSet());
            return new VerifiedCaller(new Actor(name, subject, roles), groups, claims.getExpirationTime().toInstant());
        } catch (ParseException e) {
            throw new TokenRefused("The token's upn, preferred_username or groups claim has the wrong type");
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (keys instanceof Closeable closeable) {
            closeable.close();
        }
    }
}
