package vn.coso.gateway;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/** The request id of an exchange: the client's if it is sane, a fresh one otherwise; kept in the routing context. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final String KEY = "coso.request-id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    static String assign(RoutingContext rc) {
        String id = of(rc.request());
        rc.put(KEY, id);
        return id;
    }

    /** The client's id if it is sane, a fresh one otherwise. */
    static String of(HttpServerRequest request) {
        String id = request.getHeader(HEADER);
        return id == null || !SANE.matcher(id).matches() ? fresh() : id;
    }

    /**
     * A version-4 UUID from the thread's own generator: a request id must be unique, not secret, and
     * {@code UUID.randomUUID()} would draw on the shared secure generator for every request.
     */
    static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L; // version 4
        long low = random.nextLong() & ~(0x3L << 62) | 1L << 63; // IETF variant
        return new UUID(high, low).toString();
    }

    static String of(RoutingContext rc) {
        String id = rc.get(KEY);
        return id != null ? id : assign(rc);
    }
}
