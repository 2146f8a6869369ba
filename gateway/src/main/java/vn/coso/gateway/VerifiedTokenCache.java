package vn.coso.gateway;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Quarkus's own bearer-token check (the console, the metrics, {@code /admin}) through the same {@link TokenVerifier}
 * as the data path, so that a token is verified once for both.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements HttpAuthenticationMechanism {

    private final OidcAuthenticationMechanism oidc;
    private final TokenVerifier verifier;

    public VerifiedTokenCache(OidcAuthenticationMechanism oidc, TokenVerifier verifier) {
        this.oidc = oidc;
        this.verifier = verifier;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return oidc.authenticate(context, identityProviderManager);
        }
        return verifier.verify(authorization.substring(7).trim())
                .onFailure(failure -> !(failure instanceof AuthenticationFailedException))
                .transform(failure -> new AuthenticationFailedException(failure));
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
}
