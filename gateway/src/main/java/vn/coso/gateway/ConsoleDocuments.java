package vn.coso.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /openapi/{service}}: the service's OpenAPI document as the console needs it. Fetched from a healthy
 * instance's {@code /q/openapi}, then pointed at the gateway ({@code servers}) and at Keycloak: every security scheme
 * becomes the realm's authorization-code flow, so that "Authorize" logs a person in with PKCE and every operation
 * sends the resulting token.
 */
@ApplicationScoped
public class ConsoleDocuments {

    void register(@Observes Router router, Vertx vertx, GatewayRoutes routes, GatewayConfig config) {
        HttpClient client = vertx.createHttpClient();
        router.get("/openapi/:service")
                .handler(rc -> serve(rc, client, routes, config.console().realmUrl()));
    }

    private static void serve(RoutingContext rc, HttpClient client, GatewayRoutes routes, String realmUrl) {
        UpstreamPool pool = routes.pools().get(rc.pathParam("service"));
        var instance = pool == null ? null : pool.pick().orElse(null);
        if (instance == null) {
            GatewayProblems.send(rc, pool == null ? GatewayProblems.Kind.NOT_FOUND : GatewayProblems.Kind.UNAVAILABLE,
                    pool == null ? 0 : 5);
            return;
        }
        client.request(new RequestOptions().setMethod(HttpMethod.GET).setServer(instance.address())
                .setHost(instance.uri().getHost()).setPort(instance.address().port())
                .setURI("/q/openapi?format=json").setTimeout(5_000))
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : io.vertx.core.Future.failedFuture("status " + response.statusCode()))
                .onSuccess(body -> rc.response().putHeader("Content-Type", "application/json")
                        .putHeader("Cache-Control", "no-cache")
                        .end(forConsole(body.toJsonObject(), realmUrl).encode()))
                .onFailure(e -> GatewayProblems.send(rc, GatewayProblems.Kind.BAD_GATEWAY, 0));
    }

    static JsonObject forConsole(JsonObject document, String realmUrl) {
        document.put("servers", new JsonArray().add(new JsonObject().put("url", "/")
                .put("description", "this gateway")));
        JsonObject components = document.getJsonObject("components", new JsonObject());
        JsonObject schemes = components.getJsonObject("securitySchemes", new JsonObject());
        JsonObject keycloak = new JsonObject()
                .put("type", "oauth2")
                .put("description", "Keycloak, realm coso: log in (authorization code with PKCE, client coso-console)")
                .put("flows", new JsonObject().put("authorizationCode", new JsonObject()
                        .put("authorizationUrl", realmUrl + "/protocol/openid-connect/auth")
                        .put("tokenUrl", realmUrl + "/protocol/openid-connect/token")
                        .put("scopes", new JsonObject().put("openid", "OpenID Connect"))));
        if (schemes.isEmpty()) {
            schemes.put("bearer", keycloak.copy());
        } else {
            new java.util.ArrayList<>(schemes.fieldNames()).forEach(name -> schemes.put(name, keycloak.copy()));
        }
        components.put("securitySchemes", schemes);
        document.put("components", components);
        return document;
    }
}
