package vn.coso.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import vn.coso.platform.problem.Messages;

/**
 * A request address with an invalid percent-escape ({@code /candidates/%zz}) or escapes that decode to something that
 * is not UTF-8 text is answered here with a 400 problem, before the resources (and instead of the router's bare 400
 * for a path it cannot decode).
 */
@ApplicationScoped
public class MalformedUriGuard {

    void install(@Observes Router router) {
        router.route().order(-1000).handler(rc -> {
            HttpServerRequest request = rc.request();
            if (wellFormed(request.path()) && (request.query() == null || wellFormed(request.query()))) {
                rc.next();
                return;
            }
            answer(rc);
        });
        router.errorHandler(400, rc -> {
            if (!rc.response().headWritten()) {
                answer(rc);
            }
        });
    }

    private static void answer(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        boolean english = String.valueOf(request.getHeader("Accept-Language")).toLowerCase().startsWith("en");
        Locale locale = english ? Locale.ENGLISH : Messages.VIETNAMESE;
        String id = RequestIds.acceptOrGenerate(request.getHeader(RequestIds.HEADER));
        String body = "{\"type\":\"https://coso.vn/problems/malformed-request\",\"title\":\""
                + json(Messages.get(locale, "malformed-request.title")) + "\",\"status\":400,\"detail\":\""
                + json(Messages.get(locale, "malformed-uri.detail")) + "\",\"requestId\":\"" + json(id) + "\"}";
        rc.response().setStatusCode(400).putHeader("Content-Type", "application/problem+json")
                .putHeader("Content-Language", locale.getLanguage()).putHeader(RequestIds.HEADER, id).end(body);
    }

    /** Every {@code %} starts two hex digits, and what they decode to is UTF-8 text. */
    static boolean wellFormed(String raw) {
        if (raw == null) {
            return true;
        }
        if (raw.indexOf('%') < 0) {
            return TextRules.acceptable(raw); // the usual request: nothing to decode
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        byte[] decoded = bytes.toByteArray();
        return InputHygiene.strictUtf8(decoded) && TextRules.acceptable(new String(decoded, StandardCharsets.UTF_8));
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
