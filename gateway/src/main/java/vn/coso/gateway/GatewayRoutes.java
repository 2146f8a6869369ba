package vn.coso.gateway;

import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Registers one route per service on Quarkus's own router, so that the HTTP security policy (token check), access
 * logs and metrics apply to proxied requests. The path is forwarded unchanged; the Vert.x HTTP proxy streams bodies
 * and keeps a keep-alive connection pool per upstream.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);
    static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SANE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Router router, Vertx vertx, GatewayConfig config) {
        config.upstreams().forEach((service, base) -> {
            HttpProxy proxy = proxyTo(vertx, base);
            router.route("/api/" + service + "/*").order(10).handler(rc -> proxy.handle(rc.request()));
            LOG.infof("Routing /api/%s/** to %s", service, base);
        });
    }

    private static HttpProxy proxyTo(Vertx vertx, URI base) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(50)
                .setConnectTimeout(2_000)
                .setIdleTimeout(60));
        int port = base.getPort() > 0 ? base.getPort() : 80;
        return HttpProxy.reverseProxy(client).origin(port, base.getHost()).addInterceptor(new ForwardingHeaders());
    }

    /** Request id kept if sane (generated otherwise), X-Forwarded-* set for the upstream, id returned to the client. */
    static final class ForwardingHeaders implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            MultiMap headers = context.request().headers();
            String id = headers.get(REQUEST_ID);
            if (id == null || !SANE_REQUEST_ID.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
            }
            headers.set(REQUEST_ID, id);
            context.set(REQUEST_ID, id);
            headers.remove("Forwarded");
            headers.set("X-Forwarded-For", incoming.remoteAddress() == null
                    ? "unknown"
                    : incoming.remoteAddress().hostAddress());
            headers.set("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme());
            if (incoming.authority() != null) {
                headers.set("X-Forwarded-Host", incoming.authority().toString());
            }
            return context.sendRequest();
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            String id = context.get(REQUEST_ID, String.class);
            if (id != null) {
                context.response().headers().set(REQUEST_ID, id);
            }
            context.response().headers().remove("Server");
            return context.sendResponse();
        }
    }
}
