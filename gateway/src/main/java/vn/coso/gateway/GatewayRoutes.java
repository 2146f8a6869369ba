package vn.coso.gateway;

import java.net.ConnectException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.StreamResetException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The data path: a plain Vert.x HTTP server on the gateway's port ({@code coso.gateway.port}), one instance and one
 * pooled keep-alive client per event loop, and a single handler: the traversal and smuggling guard, the request id,
 * CORS and security headers, prefix routing to a service, the bearer token (verified once, then remembered), the rate
 * limits, the service's circuit, the exchange with bodies streamed both ways, and its timing in pre-registered
 * metrics. Quarkus's router is no longer on that path (it cost as much CPU as the forwarding itself, see
 * gateway/bench); Quarkus keeps configuration, health, metrics, {@code /admin} and the console on its own HTTP server,
 * bound to the loopback address, which the data path reaches for every address outside {@code /api/}. Everything
 * the gateway refuses or cannot deliver is answered as problem+json.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

    /**
     * Headers that describe one connection (RFC 9110 §7.6.1) and so are never forwarded either way; each side sets
     * its own. {@code Transfer-Encoding} included: a body is re-framed on each connection.
     */
    static final List<String> HOP_BY_HOP = List.of("Connection", "Keep-Alive", "Proxy-Authenticate",
            "Proxy-Authorization", "Proxy-Connection", "TE", "Trailer", "Transfer-Encoding", "Upgrade");

    private static final CharSequence REQUEST_ID = HttpHeaders.createOptimized(RequestIds.HEADER);
    private static final CharSequence FORWARDED_FOR = HttpHeaders.createOptimized("X-Forwarded-For");
    private static final CharSequence FORWARDED_PROTO = HttpHeaders.createOptimized("X-Forwarded-Proto");
    private static final CharSequence FORWARDED_HOST = HttpHeaders.createOptimized("X-Forwarded-Host");

    private final Map<String, UpstreamPool> pools = new LinkedHashMap<>();
    private final GatewayConfig config;
    private final Vertx vertx;
    private final TokenVerifier tokens;
    private final RateLimiter limiter;
    private final BrowserPolicy browsers;
    private final RouteMetrics metrics;
    private final Config settings;
    private final long maxBody;
    private final Clock clock;
    /** Quarkus's own server (console, health, metrics, /admin), reached over the loopback address. */
    private volatile UpstreamPool quarkus;
    private HttpClientOptions clientOptions;
    private HttpClient healthClient;
    private long healthTimer = -1;
    private volatile int port = -1;

    public GatewayRoutes(GatewayConfig config, Vertx vertx, TokenVerifier tokens, RateLimiter limiter,
            BrowserPolicy browsers, MeterRegistry registry, Config settings, Clock clock) {
        this.config = config;
        this.vertx = vertx;
        this.tokens = tokens;
        this.limiter = limiter;
        this.browsers = browsers;
        this.settings = settings;
        this.clock = clock;
        this.maxBody = settings.getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue();
        config.upstreams().forEach((service, uris) -> pools.put(service,
                new UpstreamPool(service, uris, config.circuitBreaker(), clock)));
        this.metrics = new RouteMetrics(registry, pools.keySet());
    }

    Map<String, UpstreamPool> pools() {
        return pools;
    }

    /** The port the data path listens on (the configured one, or the one chosen for port 0). */
    int port() {
        return port;
    }

    /** Quarkus's router serves only what is not /api: unknown addresses and security refusals as problems. */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(GatewayRoutes::securityFailure);
        router.errorHandler(404, rc -> GatewayProblems.send(rc, GatewayProblems.Kind.NOT_FOUND, 0));
    }

    void start(@Observes StartupEvent event) {
        clientOptions = new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(config.poolSize())
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAliveTimeout(60);
        healthClient = vertx.createHttpClient(clientOptions);
        healthTimer = vertx.setPeriodic(config.healthInterval().toMillis(),
                id -> pools.values().forEach(p -> p.checkHealth(healthClient)));
        HttpServerOptions options = new HttpServerOptions()
                .setHost(config.host())
                .setMaxHeaderSize((int) settings.getValue("quarkus.http.limits.max-header-size", MemorySize.class)
                        .asLongValue())
                .setMaxInitialLineLength(settings.getValue("quarkus.http.limits.max-initial-line-length",
                        Integer.class))
                .setIdleTimeout((int) settings.getValue("quarkus.http.idle-timeout", Duration.class).toSeconds());
        int lanes = Math.max(1, Runtime.getRuntime().availableProcessors());
        // instances of one deployment share one listening socket (port 0 too: one port chosen for all)
        vertx.deployVerticle(() -> new Lane(options.setPort(config.port())),
                new DeploymentOptions().setInstances(lanes)).toCompletionStage().toCompletableFuture().join();
        config.upstreams().forEach((service, uris) -> LOG.infof("Routing /api/%s/** to %s", service, uris));
        LOG.infof("Gateway listening on %s:%d (%d lanes)", config.host(), port, lanes);
    }

    void stop(@Observes ShutdownEvent event) {
        if (healthTimer >= 0) {
            vertx.cancelTimer(healthTimer);
        }
    }

    /** One event loop's share of the data path: its server instance and its own client. */
    final class Lane extends AbstractVerticle {

        private final HttpServerOptions options;
        private HttpClient client;
        private HttpServer server;

        Lane(HttpServerOptions options) {
            this.options = options;
        }

        @Override
        public void start(io.vertx.core.Promise<Void> started) {
            client = vertx.createHttpClient(clientOptions);
            server = vertx.createHttpServer(options).requestHandler(in -> handle(in, client));
            server.listen().onSuccess(s -> {
                port = s.actualPort();
                started.complete();
            }).onFailure(started::fail);
        }

        @Override
        public void stop(io.vertx.core.Promise<Void> stopped) {
            client.close().onComplete(x -> server.close().onComplete(y -> stopped.complete()));
        }
    }

    /** The single handler of the data path. */
    void handle(HttpServerRequest in, HttpClient client) {
        String requestId = RequestIds.of(in);
        if (RequestGuard.refuses(in)) {
            refuse(in, requestId, GatewayProblems.Kind.MALFORMED, 0);
            return;
        }
        String path = in.path();
        if (!path.startsWith("/api/")) {
            metrics.timeOther(in);
            forward(in, quarkus(), client, requestId, false);
            return;
        }
        UpstreamPool pool = pools.get(service(path));
        HttpServerResponse response = in.response();
        response.headers().set(REQUEST_ID, requestId);
        browsers.decorate(in, response.headers());
        metrics.time(in, pool == null ? null : pool.service);
        if (browsers.preflight(in)) {
            return;
        }
        if (pool == null) {
            refuse(in, requestId, GatewayProblems.Kind.NOT_FOUND, 0);
            return;
        }
        String length = in.getHeader("Content-Length");
        if (length != null && tooLong(length)) {
            tooLarge(in, requestId);
            return;
        }
        String authorization = in.getHeader("Authorization");
        if (authorization == null) {
            if (RateLimiter.isPublic(path)) {
                admitted(in, pool, client, requestId, null);
            } else {
                refuse(in, requestId, GatewayProblems.Kind.UNAUTHORIZED, 0);
            }
            return;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            refuse(in, requestId, GatewayProblems.Kind.UNAUTHORIZED, 0);
            return;
        }
        String token = authorization.substring(7).trim();
        SecurityIdentity known = tokens.known(token);
        if (known != null) {
            admitted(in, pool, client, requestId, TokenVerifier.subject(known));
            return;
        }
        in.pause(); // the body waits for the token's first check
        tokens.verify(token).subscribe().with(
                identity -> admitted(in, pool, client, requestId, TokenVerifier.subject(identity)),
                failure -> refuse(in, requestId, GatewayProblems.Kind.UNAUTHORIZED, 0));
    }

    /** {@code /api/membership/…} → {@code membership}. */
    private static String service(String path) {
        int end = path.indexOf('/', 5);
        return end < 0 ? path.substring(5) : path.substring(5, end);
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBody;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private void admitted(HttpServerRequest in, UpstreamPool pool, HttpClient client, String requestId,
            String caller) {
        if (limiter.admit(in, caller, requestId)) {
            forward(in, pool, client, requestId, true);
        } else {
            in.resume(); // the refused body is read and dropped, the connection stays usable
        }
    }

    /** A problem answered by the gateway itself; an unread body is read and dropped. */
    private static void refuse(HttpServerRequest in, String requestId, GatewayProblems.Kind kind, long retryAfter) {
        GatewayProblems.send(in, requestId, kind, retryAfter);
        in.resume();
    }

    /** 413 without reading a body that is larger than allowed: the connection is closed after the answer. */
    private static void tooLarge(HttpServerRequest in, String requestId) {
        in.pause();
        in.response().putHeader("Connection", "close").endHandler(v -> in.connection().close());
        GatewayProblems.send(in, requestId, GatewayProblems.Kind.TOO_LARGE, 0);
    }

    private UpstreamPool quarkus() {
        UpstreamPool pool = quarkus;
        if (pool == null) {
            // known once Quarkus's server is bound (port 0 in tests); never opened: its failures are its own
            String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
            String actual = System.getProperty(key, settings.getOptionalValue(key, String.class).orElse("8079"));
            GatewayConfig.CircuitBreaker never = new GatewayConfig.CircuitBreaker() {
                @Override
                public int failures() {
                    return Integer.MAX_VALUE;
                }

                @Override
                public Duration openFor() {
                    return Duration.ZERO;
                }
            };
            pool = new UpstreamPool("quarkus", List.of(URI.create("http://127.0.0.1:" + actual)), never,
                    clock);
            quarkus = pool;
        }
        return pool;
    }

    /**
     * One exchange: the request to a healthy instance if the service's circuit lets it through, the answer back. A
     * 502–504 from the service is relayed as it is and counted as a failure; a client that hangs up counts neither
     * way (never a reason to open the circuit for everyone else).
     */
    private void forward(HttpServerRequest in, UpstreamPool pool, HttpClient client, String requestId, boolean api) {
        if (!pool.breaker.allow()) {
            refuse(in, requestId, GatewayProblems.Kind.UNAVAILABLE, 10);
            return;
        }
        in.pause(); // the body waits until the upstream connection is there
        origin(pool, client, pool.instances.size())
                .compose(out -> send(in, out, requestId))
                .onSuccess(answer -> {
                    if (answer.statusCode() >= 502 && answer.statusCode() <= 504) {
                        pool.breaker.failure();
                    } else {
                        pool.breaker.success();
                    }
                    relay(answer, in, api);
                })
                .onFailure(failure -> {
                    if (clientGone(in, failure)) {
                        pool.breaker.neither();
                        if (!in.response().closed() && !in.response().ended()) {
                            in.response().reset();
                        }
                    } else {
                        pool.breaker.failure();
                        problem(in, requestId, pool, failure);
                    }
                });
    }

    /** The request with its headers for the upstream and its body streamed; reset if the client goes away. */
    private Future<HttpClientResponse> send(HttpServerRequest in, HttpClientRequest out, String requestId) {
        out.setMethod(in.method()).setURI(in.uri());
        MultiMap headers = out.headers();
        for (Map.Entry<String, String> header : in.headers()) {
            String name = header.getKey();
            if (!isHopByHop(name) && !isForwarding(name)) {
                headers.add(name, header.getValue());
            }
        }
        headers.add(REQUEST_ID, requestId);
        headers.add(FORWARDED_FOR, in.remoteAddress() == null ? "unknown" : in.remoteAddress().hostAddress());
        headers.add(FORWARDED_PROTO, in.scheme() == null ? "http" : in.scheme());
        if (in.authority() != null) {
            headers.add(FORWARDED_HOST, in.authority().toString());
        }
        in.response().closeHandler(v -> out.reset());
        if (in.headers().contains("Content-Length")) {
            return out.send(in);
        }
        if (in.headers().contains("Transfer-Encoding")) {
            return out.send(new LimitedBody(in, maxBody, () -> {
                tooLarge(in, requestId); // answered first: the reset below fails the exchange, which then finds it ended
                out.reset();
            }));
        }
        in.resume();
        return out.send();
    }

    /** The upstream's answer to the client: status, headers less the connection's own, body streamed. */
    private void relay(HttpClientResponse answer, HttpServerRequest in, boolean api) {
        HttpServerResponse response = in.response();
        if (response.closed()) {
            answer.request().reset();
            return;
        }
        response.setStatusCode(answer.statusCode());
        String message = answer.statusMessage();
        if (message != null && !message.equals(HttpResponseStatus.valueOf(answer.statusCode()).reasonPhrase())) {
            response.setStatusMessage(message); // only an unusual one: the usual phrase is Netty's own constant
        }
        MultiMap headers = response.headers();
        answer.headers().forEach(header -> {
            String name = header.getKey();
            if (!isHopByHop(name) && !"Server".equalsIgnoreCase(name) && !(api && browsers.owns(name))) {
                headers.add(name, header.getValue());
            }
        });
        if (!headers.contains("Content-Length") && answer.statusCode() != 204 && answer.statusCode() != 304) {
            response.setChunked(true);
        }
        answer.pipeTo(response);
    }

    /** The forwarding headers the gateway sets itself: a client's own are never passed on. */
    private static boolean isForwarding(String name) {
        return "Forwarded".equalsIgnoreCase(name) || RequestIds.HEADER.equalsIgnoreCase(name)
                || "X-Forwarded-For".equalsIgnoreCase(name) || "X-Forwarded-Proto".equalsIgnoreCase(name)
                || "X-Forwarded-Host".equalsIgnoreCase(name);
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

    /** 401 and 403 from Quarkus's own token check (console, metrics, /admin), as problems rather than empty bodies. */
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

    /** The client went away, or the gateway already answered it (a body past the limit): not the service's fault. */
    private static boolean clientGone(HttpServerRequest incoming, Throwable failure) {
        return failure instanceof StreamResetException || incoming.response().closed() || incoming.response().ended();
    }

    /** What went wrong on the way to the service, as the client's problem. */
    private static void problem(HttpServerRequest in, String requestId, UpstreamPool pool, Throwable failure) {
        if (in.response().closed() || in.response().ended()) {
            return; // nobody is left to read it, or the answer is already out
        }
        if (failure instanceof NoInstanceException || failure instanceof ConnectException
                || failure.getCause() instanceof ConnectException) {
            refuse(in, requestId, GatewayProblems.Kind.UNAVAILABLE, 5);
        } else if (failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout")) {
            refuse(in, requestId, GatewayProblems.Kind.TIMEOUT, 0);
        } else {
            LOG.warnf("Upstream %s failed: %s", pool.service, failure.getClass().getSimpleName());
            refuse(in, requestId, GatewayProblems.Kind.BAD_GATEWAY, 0);
        }
    }

    static final class NoInstanceException extends RuntimeException {
        NoInstanceException(String service) {
            super("no healthy instance of " + service, null, false, false);
        }
    }
}
