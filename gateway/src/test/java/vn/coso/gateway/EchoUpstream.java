package vn.coso.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for the three services: answers every request with what it received (path, query, a few headers), and
 * counts requests so that tests can prove a refused request never reached an upstream.
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    static final AtomicInteger REQUESTS = new AtomicInteger();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            REQUESTS.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            String body = "{\"method\":\"%s\",\"uri\":\"%s\",\"requestId\":\"%s\",\"forwardedFor\":\"%s\",\"auth\":%s}"
                    .formatted(exchange.getRequestMethod(), exchange.getRequestURI(),
                            exchange.getRequestHeaders().getFirst("X-Request-Id"),
                            exchange.getRequestHeaders().getFirst("X-Forwarded-For"),
                            exchange.getRequestHeaders().containsKey("Authorization"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Server", "upstream-banner/1.0");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> config = new HashMap<>();
        for (String service : new String[]{"membership", "planning", "dialogue"}) {
            config.put("coso.gateway.upstreams." + service, base);
        }
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
