package vn.coso.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Quarkus OIDC's bearer-token check, with the result remembered: a mobile client sends the same access token on
 * every request for its five-minute life, and checking its RS256 signature again each time cost more CPU than
 * forwarding the request (see gateway/bench). A token is validated by Quarkus OIDC the first time; its identity is
 * then kept (keyed on the whole token, without per-request attributes) until the token expires, and at most
 * {@code coso.gateway.token-cache.max-age}. Nothing is lost: local validation never saw revocations either, and the
 * services validate the token again. Invalid tokens are never cached.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements HttpAuthenticationMechanism {

    private final OidcAuthenticationMechanism oidc;
    private final Cache<String, SecurityIdentity> identities;

    public VerifiedTokenCache(OidcAuthenticationMechanism oidc, Clock clock, GatewayConfig config) {
        this.oidc = oidc;
        this.identities = Caffeine.newBuilder()
                .maximumSize(config.tokenCache().size())
                .expireAfter(new UntilTokenExpiry(config.tokenCache().maxAge(), clock))
                .build();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return oidc.authenticate(context, identityProviderManager);
        }
        String key = authorization.substring(7).trim();
        SecurityIdentity known = identities.getIfPresent(key);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return oidc.authenticate(context, identityProviderManager).invoke(identity -> {
            if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken) {
                identities.put(key, detached(identity));
            }
        });
    }

    /** Principal, roles and credentials only: no attribute of the request that first presented the token. */
    private static SecurityIdentity detached(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .build();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
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
