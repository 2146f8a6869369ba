package vn.coso.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for the three services: answers every request with what it received (method, path and query, a few
 * headers), and records every URI so that tests can prove a refused request never reached an upstream. Init args:
 * {@code dead} names services whose only instance is a closed port; {@code flaky} names services with a dead
 * instance listed before the live one.
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    /** Requests to a path containing "/hang" get no answer until the resource stops: an upstream that hangs. */
    private final CountDownLatch hanging = new CountDownLatch(1);
    private HttpServer server;
    private Map<String, String> args = Map.of();

    @Override
    public void init(Map<String, String> initArgs) {
        this.args = initArgs;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            RECEIVED.add(exchange.getRequestURI().toString());
            if (exchange.getRequestURI().getPath().contains("/hang")) {
                try {
                    hanging.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return;
            }
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestURI().getPath().contains("/forbidden")) {
                // a service refusing the caller's role, as the services do
                byte[] problem = "{\"type\":\"https://coso.vn/problems/forbidden\",\"status\":403}"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(403, problem.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(problem);
                }
                return;
            }
            var h = exchange.getRequestHeaders();
            String body = ("{\"method\":\"%s\",\"uri\":\"%s\",\"requestId\":\"%s\",\"forwardedFor\":\"%s\","
                    + "\"auth\":%s,\"proxyAuthorization\":%s}").formatted(exchange.getRequestMethod(),
                            exchange.getRequestURI(), h.getFirst("X-Request-Id"), h.getFirst("X-Forwarded-For"),
                            h.containsKey("Authorization"), h.containsKey("Proxy-Authorization"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Server", "upstream-banner/1.0");
            // hop-by-hop headers of the upstream connection, which the gateway must not pass on
            exchange.getResponseHeaders().add("Keep-Alive", "timeout=5, max=1000");
            exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"upstream\"");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        String live = "http://127.0.0.1:" + server.getAddress().getPort();
        String dead = "http://127.0.0.1:" + closedPort();
        Map<String, String> config = new HashMap<>();
        for (String service : new String[]{"membership", "planning", "dialogue"}) {
            String instances = live;
            if (args.getOrDefault("dead", "").contains(service)) {
                instances = dead;
            } else if (args.getOrDefault("flaky", "").contains(service)) {
                instances = dead + "," + live;
            }
            config.put("coso.gateway.upstreams." + service, instances);
        }
        return config;
    }

    /** Requests forwarded to an API route (the gateway's own readiness checks of the upstream are not counted). */
    static long apiRequests() {
        return RECEIVED.stream().filter(uri -> uri.startsWith("/api/")).count();
    }

    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        hanging.countDown();
        if (server != null) {
            server.stop(0);
        }
    }
}
