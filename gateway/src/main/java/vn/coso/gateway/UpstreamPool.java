package vn.coso.gateway;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * The instances of one service: picked round-robin among those whose readiness check passes, behind one circuit
 * breaker for the whole service. A connection failure takes an instance out at once; the periodic check brings it
 * back.
 */
final class UpstreamPool {

    private static final Logger LOG = Logger.getLogger(UpstreamPool.class);

    /** One instance and whether it currently gets traffic. */
    record Instance(URI uri, SocketAddress address, AtomicBoolean healthy) {

        static Instance of(URI uri) {
            int port = uri.getPort() > 0 ? uri.getPort() : 80;
            return new Instance(uri, SocketAddress.inetSocketAddress(port, uri.getHost()), new AtomicBoolean(true));
        }
    }

    final String service;
    final List<Instance> instances;
    final Breaker breaker;
    private final AtomicInteger next = new AtomicInteger();

    UpstreamPool(String service, List<URI> uris, GatewayConfig.CircuitBreaker config, Clock clock) {
        this.service = service;
        this.instances = uris.stream().map(Instance::of).toList();
        this.breaker = new Breaker(config.failures(), config.openFor(), clock);
    }

    Optional<Instance> pick() {
        int size = instances.size();
        int start = Math.floorMod(next.getAndIncrement(), size);
        for (int i = 0; i < size; i++) {
            Instance candidate = instances.get((start + i) % size);
            if (candidate.healthy().get()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    long healthyCount() {
        return instances.stream().filter(i -> i.healthy().get()).count();
    }

    void markDown(Instance instance) {
        if (instance.healthy().compareAndSet(true, false)) {
            LOG.warnf("%s instance %s taken out of rotation", service, instance.uri());
        }
    }

    /** Checks every instance's readiness and updates the rotation. */
    void checkHealth(HttpClient client) {
        for (Instance instance : instances) {
            client.request(new RequestOptions().setMethod(HttpMethod.GET).setServer(instance.address())
                    .setHost(instance.uri().getHost()).setPort(instance.address().port()).setURI("/q/health/ready")
                    .setTimeout(2_000))
                    .compose(request -> request.send())
                    .onComplete(ar -> {
                        boolean up = ar.succeeded() && ar.result().statusCode() == 200;
                        if (ar.succeeded()) {
                            ar.result().body(); // drain
                        }
                        boolean was = instance.healthy().getAndSet(up);
                        if (was != up) {
                            LOG.infof("%s instance %s is %s", service, instance.uri(), up ? "back" : "down");
                        }
                    });
        }
    }
}
