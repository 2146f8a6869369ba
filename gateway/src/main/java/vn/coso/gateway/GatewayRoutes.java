package vn.coso.gateway;

import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.StreamResetException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Registers one route per service on Quarkus's own router, so that the HTTP security policy (token check), CORS,
 * metrics and the rate limits apply to proxied requests. The path is forwarded unchanged; the Vert.x HTTP proxy
 * streams bodies over a keep-alive pool per service. Everything the gateway refuses or cannot deliver is answered as
 * problem+json.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);
    static final int ROUTE_ORDER = 10;

    private final Map<String, UpstreamPool> pools = new LinkedHashMap<>();
    private HttpClient client;
    private long healthTimer = -1;
    private Vertx vertx;

    Map<String, UpstreamPool> pools() {
        return pools;
    }

    void register(@Observes Router router, Vertx vertx, GatewayConfig config) {
        this.vertx = vertx;
        client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(config.poolSize())
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAliveTimeout(60));
        router.route().order(Integer.MIN_VALUE).failureHandler(GatewayRoutes::securityFailure);
        // an address nothing serves is a problem too, not the router's HTML page
        router.errorHandler(404, rc -> GatewayProblems.send(rc, GatewayProblems.Kind.NOT_FOUND, 0));
        config.upstreams().forEach((service, uris) -> {
            UpstreamPool pool = new UpstreamPool(service, uris, vertx, config.circuitBreaker());
            pools.put(service, pool);
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, c) -> origin(pool, config, c, pool.instances.size()))
                    .addInterceptor(new Forwarding(pool));
            router.route("/api/" + service + "/*").order(ROUTE_ORDER).handler(rc -> {
                // the id was assigned by RequestGuard before routing; the upstream gets the same one
                rc.request().headers().set(RequestIds.HEADER, RequestIds.of(rc));
                proxy.handle(rc.request());
            });
            LOG.infof("Routing /api/%s/** to %s", service, uris);
        });
        router.route("/api/*").order(ROUTE_ORDER + 1)
                .handler(rc -> GatewayProblems.send(rc, GatewayProblems.Kind.NOT_FOUND, 0));
        healthTimer = vertx.setPeriodic(config.healthInterval().toMillis(),
                id -> pools.values().forEach(p -> p.checkHealth(client)));
    }

    void stop(@Observes ShutdownEvent event) {
        if (vertx != null && healthTimer >= 0) {
            vertx.cancelTimer(healthTimer);
        }
    }

    /**
     * A connection to a healthy instance; when one refuses the connection it leaves the rotation and the next one is
     * tried (nothing has been sent yet, so this is safe for every method).
     */
    private static Future<HttpClientRequest> origin(UpstreamPool pool, GatewayConfig config, HttpClient c,
            int attemptsLeft) {
        return pool.pick()
                .map(instance -> c.request(new RequestOptions().setServer(instance.address())
                        .setHost(instance.uri().getHost()).setPort(instance.address().port())
                        .setIdleTimeout(config.upstreamTimeout().toMillis()))
                        .recover(e -> {
                            pool.markDown(instance);
                            return attemptsLeft > 1
                                    ? origin(pool, config, c, attemptsLeft - 1)
                                    : Future.<HttpClientRequest>failedFuture(e);
                        }))
                .orElseGet(() -> Future.failedFuture(new NoInstanceException(pool.service)));
    }

    /** 401 and 403 from the token check, as problems rather than empty bodies. */
    private static void securityFailure(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            GatewayProblems.send(rc, GatewayProblems.Kind.UNAUTHORIZED, 0);
        } else if (failure instanceof ForbiddenException) {
            GatewayProblems.send(rc, GatewayProblems.Kind.FORBIDDEN, 0);
        } else if (rc.statusCode() == 413) {
            GatewayProblems.send(rc, GatewayProblems.Kind.TOO_LARGE, 0);
        } else {
            rc.next();
        }
    }

    /** Headers for the upstream, the circuit breaker around the exchange, problems for what went wrong. */
    static final class Forwarding implements ProxyInterceptor {

        /** Response headers that describe one connection (RFC 9110 §7.6.1); the server sets its own. */
        static final List<String> HOP_BY_HOP = List.of("Connection", "Keep-Alive", "Proxy-Authenticate",
                "Proxy-Connection", "TE", "Trailer", "Upgrade");

        private final UpstreamPool pool;

        Forwarding(UpstreamPool pool) {
            this.pool = pool;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            MultiMap headers = context.request().headers();
            headers.remove("Forwarded");
            headers.set("X-Forwarded-For", incoming.remoteAddress() == null
                    ? "unknown"
                    : incoming.remoteAddress().hostAddress());
            headers.set("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme());
            if (incoming.authority() != null) {
                headers.set("X-Forwarded-Host", incoming.authority().toString());
            }
            Future<ProxyResponse> exchange = pool.breaker.<ProxyResponse>execute(promise -> context.sendRequest()
                    .onSuccess(response -> {
                        if (response.getStatusCode() >= 502 && response.getStatusCode() <= 504) {
                            promise.fail(new UpstreamFailure(response));
                        } else {
                            promise.complete(response);
                        }
                    })
                    .onFailure(failure -> {
                        if (clientGone(incoming, failure)) {
                            // the client hung up and the proxy reset the upstream request: not the service's fault,
                            // and never a reason to open its circuit for everyone else
                            promise.complete(problem(context, failure));
                        } else {
                            promise.fail(failure);
                        }
                    }));
            return exchange.recover(failure -> Future.succeededFuture(problem(context, failure)));
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            String id = context.request().headers().get(RequestIds.HEADER);
            if (id != null) {
                context.response().headers().set(RequestIds.HEADER, id);
            }
            MultiMap headers = context.response().headers();
            headers.remove("Server");
            HOP_BY_HOP.forEach(headers::remove); // the upstream connection's business, not the client's
            return context.sendResponse();
        }

        private static boolean clientGone(HttpServerRequest incoming, Throwable failure) {
            return failure instanceof StreamResetException || incoming.response().closed();
        }

        private ProxyResponse problem(ProxyContext context, Throwable failure) {
            if (failure instanceof UpstreamFailure upstream) {
                return upstream.response; // the service's own 502–504 answer, counted as a failure
            }
            GatewayProblems.Kind kind;
            long retryAfter = 0;
            if (failure instanceof OpenCircuitException) {
                kind = GatewayProblems.Kind.UNAVAILABLE;
                retryAfter = 10;
            } else if (failure instanceof NoInstanceException || failure instanceof ConnectException
                    || failure.getCause() instanceof ConnectException) {
                kind = GatewayProblems.Kind.UNAVAILABLE;
                retryAfter = 5;
            } else if (failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout")) {
                kind = GatewayProblems.Kind.TIMEOUT;
            } else if (clientGone(context.request().proxiedRequest(), failure)) {
                kind = GatewayProblems.Kind.BAD_GATEWAY; // nobody is left to read it
            } else {
                LOG.warnf("Upstream %s failed: %s", pool.service, failure.getClass().getSimpleName());
                kind = GatewayProblems.Kind.BAD_GATEWAY;
            }
            HttpServerRequest incoming = context.request().proxiedRequest();
            ProxyResponse response = context.request().response().setStatusCode(kind.status)
                    .putHeader("Content-Type", GatewayProblems.PROBLEM_JSON)
                    .putHeader("Content-Language", GatewayProblems.language(incoming))
                    .setBody(Body.body(Buffer.buffer(GatewayProblems.body(kind, incoming,
                            context.request().headers().get(RequestIds.HEADER)))));
            if (retryAfter > 0) {
                response.putHeader("Retry-After", Long.toString(retryAfter));
            }
            return response;
        }
    }

    static final class NoInstanceException extends RuntimeException {
        NoInstanceException(String service) {
            super("no healthy instance of " + service, null, false, false);
        }
    }

    static final class UpstreamFailure extends RuntimeException {
        final transient ProxyResponse response;

        UpstreamFailure(ProxyResponse response) {
            super("upstream answered " + response.getStatusCode(), null, false, false);
            this.response = response;
        }
    }
}
