package vn.coso.gateway;

import java.time.Clock;
import java.time.Duration;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Bearer tokens checked by Quarkus OIDC (signature against Keycloak's JWKS, refreshed when a new key id appears;
 * expiry; issuer; audience), with the result remembered: a mobile client sends the same access token on every
 * request for its five-minute life, and checking its RS256 signature again each time cost more CPU than forwarding
 * the request (see gateway/bench). A verified token's identity is kept, keyed on the whole token, until the token
 * expires and at most {@code coso.gateway.token-cache.max-age}. Nothing is lost: local validation never saw
 * revocations either, and the services validate the token again. Invalid tokens are never kept. Used by the data
 * path ({@link GatewayRoutes}) and by Quarkus's own security for the console and the metrics
 * ({@link VerifiedTokenCache}).
 */
@Singleton // called on every request of the data path: no client proxy in between
public class TokenVerifier {

    private final TenantIdentityProvider oidc;
    private final Cache<String, SecurityIdentity> identities;

    public TokenVerifier(TenantIdentityProvider oidc, Clock clock, GatewayConfig config) {
        this.oidc = oidc;
        this.identities = Caffeine.newBuilder()
                .maximumSize(config.tokenCache().size())
                .expireAfter(new UntilTokenExpiry(config.tokenCache().maxAge(), clock))
                .build();
    }

    /** A token known to be valid, at once; otherwise its check (which fails for an invalid token). */
    Uni<SecurityIdentity> verify(String token) {
        SecurityIdentity known = identities.getIfPresent(token);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return oidc.authenticate(new AccessTokenCredential(token)).invoke(identity -> {
            if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken) {
                identities.put(token, detached(identity));
            }
        });
    }

    /** A token already verified, or null: the data path's fast lane, without a Uni. */
    SecurityIdentity known(String token) {
        return identities.getIfPresent(token);
    }

    /** Principal, roles and credentials only: no attribute of the request that first presented the token. */
    private static SecurityIdentity detached(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .build();
    }

    /** The caller a verified identity stands for: its token's subject. */
    static String subject(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject()
                : identity.getPrincipal().getName();
    }

    /** An entry lives until its token's {@code exp}, capped at the configured maximum age. */
    static final class UntilTokenExpiry implements Expiry<String, SecurityIdentity> {

        private final long maxNanos;
        private final Clock clock;

        UntilTokenExpiry(Duration maxAge, Clock clock) {
            this.maxNanos = maxAge.toNanos();
            this.clock = clock;
        }

        @Override
        public long expireAfterCreate(String key, SecurityIdentity identity, long currentTime) {
            long exp = ((JsonWebToken) identity.getPrincipal()).getExpirationTime();
            long left = Duration.ofSeconds(exp).toNanos() - clock.millis() * 1_000_000L;
            return Math.max(0, Math.min(left, maxNanos));
        }

        @Override
        public long expireAfterUpdate(String key, SecurityIdentity identity, long currentTime, long currentDuration) {
            return currentDuration;
        }

        @Override
        public long expireAfterRead(String key, SecurityIdentity identity, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
