package vn.coso.membership;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.coso.platform.testing.PostgresResource;

/** Test resources for every test of this module: a real PostgreSQL and a mock OIDC server issuing signed tokens. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestResources {

    private TestResources() {
    }
}
