package vn.coso.gateway;

import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.StreamResetException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Registers one route per service on Quarkus's own router, so that the HTTP security policy (token check), CORS,
 * metrics and the rate limits apply to proxied requests. The path is forwarded unchanged, bodies are streamed both
 * ways, over keep-alive connections from one client per event loop (a request never waits for a connection owned by
 * another thread). Everything the gateway refuses or cannot deliver is answered as problem+json.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);
    static final int ROUTE_ORDER = 10;

    /**
     * Headers that describe one connection (RFC 9110 §7.6.1) and so are never forwarded either way; each side sets
     * its own. {@code Transfer-Encoding} included: a body is re-framed on each connection.
     */
    static final List<String> HOP_BY_HOP = List.of("Connection", "Keep-Alive", "Proxy-Authenticate",
            "Proxy-Authorization", "Proxy-Connection", "TE", "Trailer", "Transfer-Encoding", "Upgrade");

    private final Map<String, UpstreamPool> pools = new LinkedHashMap<>();
    /** One client per event-loop thread, made on first use there; the health checks have their own. */
    private final Map<Thread, HttpClient> clients = new ConcurrentHashMap<>();
    private HttpClientOptions clientOptions;
    private HttpClient healthClient;
    private long healthTimer = -1;
    private Vertx vertx;
    private GatewayConfig config;

    Map<String, UpstreamPool> pools() {
        return pools;
    }

    void register(@Observes Router router, Vertx vertx, GatewayConfig config) {
        this.vertx = vertx;
        this.config = config;
        clientOptions = new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(config.poolSize())
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAliveTimeout(60);
        healthClient = vertx.createHttpClient(clientOptions);
        router.route().order(Integer.MIN_VALUE).failureHandler(GatewayRoutes::securityFailure);
        // an address nothing serves is a problem too, not the router's HTML page
        router.errorHandler(404, rc -> GatewayProblems.send(rc, GatewayProblems.Kind.NOT_FOUND, 0));
        config.upstreams().forEach((service, uris) -> {
            UpstreamPool pool = new UpstreamPool(service, uris, vertx, config.circuitBreaker());
            pools.put(service, pool);
            router.route("/api/" + service + "/*").order(ROUTE_ORDER).handler(rc -> forward(rc, pool));
            LOG.infof("Routing /api/%s/** to %s", service, uris);
        });
        router.route("/api/*").order(ROUTE_ORDER + 1)
                .handler(rc -> GatewayProblems.send(rc, GatewayProblems.Kind.NOT_FOUND, 0));
        healthTimer = vertx.setPeriodic(config.healthInterval().toMillis(),
                id -> pools.values().forEach(p -> p.checkHealth(healthClient)));
    }

    void stop(@Observes ShutdownEvent event) {
        if (vertx != null && healthTimer >= 0) {
            vertx.cancelTimer(healthTimer);
        }
    }

    private HttpClient client() {
        return clients.computeIfAbsent(Thread.currentThread(), t -> vertx.createHttpClient(clientOptions));
    }

    /** One exchange: the request to a healthy instance inside the service's circuit, the answer back. */
    private void forward(RoutingContext rc, UpstreamPool pool) {
        HttpServerRequest in = rc.request();
        String requestId = RequestIds.of(rc);
        in.pause(); // the body waits until the upstream connection is there
        Future<HttpClientResponse> exchange = pool.breaker.<HttpClientResponse>execute(promise -> origin(pool,
                client(), pool.instances.size())
                .onFailure(promise::fail)
                .onSuccess(out -> send(in, out, requestId)
                        .onSuccess(answer -> {
                            answer.pause(); // the breaker reports on a later turn of the loop: keep the body
                            if (answer.statusCode() >= 502 && answer.statusCode() <= 504) {
                                promise.fail(new UpstreamFailure(answer));
                            } else {
                                promise.complete(answer);
                            }
                        })
                        .onFailure(failure -> {
                            if (clientGone(in, failure)) {
                                // the client hung up and the upstream request was reset: not the service's fault,
                                // and never a reason to open its circuit for everyone else
                                promise.complete();
                            } else {
                                promise.fail(failure);
                            }
                        })));
        exchange.onSuccess(answer -> {
            if (answer != null) {
                relay(answer, in, requestId);
            } else if (!in.response().closed()) {
                in.response().reset();
            }
        }).onFailure(failure -> {
            if (failure instanceof UpstreamFailure upstream) {
                relay(upstream.response, in, requestId); // the service's own 502–504 answer, counted as a failure
            } else {
                problem(rc, pool, failure);
            }
        });
    }

    /** The request with its headers for the upstream and its body streamed; reset if the client goes away. */
    private static Future<HttpClientResponse> send(HttpServerRequest in, HttpClientRequest out, String requestId) {
        out.setMethod(in.method()).setURI(in.uri());
        MultiMap headers = out.headers();
        headers.setAll(in.headers());
        HOP_BY_HOP.forEach(headers::remove);
        headers.remove("Forwarded");
        headers.set(RequestIds.HEADER, requestId);
        headers.set("X-Forwarded-For", in.remoteAddress() == null ? "unknown" : in.remoteAddress().hostAddress());
        headers.set("X-Forwarded-Proto", in.scheme() == null ? "http" : in.scheme());
        if (in.authority() != null) {
            headers.set("X-Forwarded-Host", in.authority().toString());
        }
        in.response().closeHandler(v -> out.reset());
        boolean hasBody = in.headers().contains("Content-Length") || in.headers().contains("Transfer-Encoding");
        if (hasBody) {
            return out.send(in);
        }
        in.resume();
        return out.send();
    }

    /** The upstream's answer to the client: status, headers less the connection's own, body streamed. */
    private static void relay(HttpClientResponse answer, HttpServerRequest in, String requestId) {
        HttpServerResponse response = in.response();
        if (response.closed()) {
            answer.request().reset();
            return;
        }
        response.setStatusCode(answer.statusCode());
        if (answer.statusMessage() != null) {
            response.setStatusMessage(answer.statusMessage());
        }
        MultiMap headers = response.headers();
        answer.headers().forEach(header -> {
            if (!isHopByHop(header.getKey()) && !"Server".equalsIgnoreCase(header.getKey())) {
                headers.add(header.getKey(), header.getValue());
            }
        });
        headers.set(RequestIds.HEADER, requestId);
        if (!headers.contains("Content-Length") && answer.statusCode() != 204 && answer.statusCode() != 304) {
            response.setChunked(true);
        }
        answer.pipeTo(response);
    }

    private static boolean isHopByHop(String name) {
        for (String hop : HOP_BY_HOP) {
            if (hop.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A connection to a healthy instance; when one refuses the connection it leaves the rotation and the next one is
     * tried (nothing has been sent yet, so this is safe for every method).
     */
    private Future<HttpClientRequest> origin(UpstreamPool pool, HttpClient c, int attemptsLeft) {
        return pool.pick()
                .map(instance -> c.request(new RequestOptions().setServer(instance.address())
                        .setHost(instance.uri().getHost()).setPort(instance.address().port())
                        .setIdleTimeout(config.upstreamTimeout().toMillis()))
                        .recover(e -> {
                            pool.markDown(instance);
                            return attemptsLeft > 1
                                    ? origin(pool, c, attemptsLeft - 1)
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

    private static boolean clientGone(HttpServerRequest incoming, Throwable failure) {
        return failure instanceof StreamResetException || incoming.response().closed();
    }

    /** What went wrong on the way to the service, as the client's problem. */
    private static void problem(RoutingContext rc, UpstreamPool pool, Throwable failure) {
        if (rc.response().closed()) {
            return; // nobody is left to read it
        }
        if (failure instanceof OpenCircuitException) {
            GatewayProblems.send(rc, GatewayProblems.Kind.UNAVAILABLE, 10);
        } else if (failure instanceof NoInstanceException || failure instanceof ConnectException
                || failure.getCause() instanceof ConnectException) {
            GatewayProblems.send(rc, GatewayProblems.Kind.UNAVAILABLE, 5);
        } else if (failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout")) {
            GatewayProblems.send(rc, GatewayProblems.Kind.TIMEOUT, 0);
        } else {
            LOG.warnf("Upstream %s failed: %s", pool.service, failure.getClass().getSimpleName());
            GatewayProblems.send(rc, GatewayProblems.Kind.BAD_GATEWAY, 0);
        }
    }

    static final class NoInstanceException extends RuntimeException {
        NoInstanceException(String service) {
            super("no healthy instance of " + service, null, false, false);
        }
    }

    static final class UpstreamFailure extends RuntimeException {
        final transient HttpClientResponse response;

        UpstreamFailure(HttpClientResponse response) {
            super("upstream answered " + response.statusCode(), null, false, false);
            this.response = response;
        }
    }
}
