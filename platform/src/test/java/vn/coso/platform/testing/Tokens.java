package vn.coso.platform.testing;

import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;

/**
 * Access tokens signed with the key that {@code OidcWiremockTestResource} publishes, shaped like the realm's: roles,
 * the caller's {@code unit} claim and the {@code coso-api} audience.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "coso-api";

    private Tokens() {
    }

    public static String of(String user, UUID unit, String... roles) {
        var builder = Jwt.preferredUserName(user)
                .subject("sub-" + user)
                .groups(Set.of(roles))
                .issuer(ISSUER)
                .audience(AUDIENCE);
        if (unit != null) {
            builder.claim("unit", unit.toString());
        }
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }

    /** A token whose audience is not coso's, as another application of the same Keycloak would hold. */
    public static String foreignAudience(String user, UUID unit, String... roles) {
        return Jwt.preferredUserName(user).subject("sub-" + user).groups(Set.of(roles)).issuer(ISSUER)
                .audience("another-app").claim("unit", unit.toString()).jws().keyId("1").sign("privateKey.jwk");
    }
}
