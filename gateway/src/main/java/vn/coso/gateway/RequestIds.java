package vn.coso.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.ext.web.RoutingContext;

/** The request id of an exchange: the client's if it is sane, a fresh one otherwise; kept in the routing context. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final String KEY = "coso.request-id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    static String assign(RoutingContext rc) {
        String id = rc.request().getHeader(HEADER);
        if (id == null || !SANE.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
        }
        rc.put(KEY, id);
        return id;
    }

    static String of(RoutingContext rc) {
        String id = rc.get(KEY);
        return id != null ? id : assign(rc);
    }
}
