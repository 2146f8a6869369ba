package vn.coso.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The problems the gateway answers itself (RFC 9457, same type URIs and languages as the services): Vietnamese by
 * default, English when the client prefers it. No upstream detail ever reaches the client.
 */
final class GatewayProblems {

    static final String PROBLEM_JSON = "application/problem+json";

    /** status, slug, Vietnamese title and detail, English title and detail. */
    enum Kind {
        MALFORMED(400, "malformed-request", "Yêu cầu không hợp lệ",
                "Địa chỉ hoặc tiêu đề của yêu cầu không hợp lệ.", "Bad request",
                "The request's address or headers are not acceptable."),
        UNAUTHORIZED(401, "unauthorized", "Chưa xác thực",
                "Cần đăng nhập: gửi kèm mã truy cập (Bearer token) hợp lệ.", "Not authenticated",
                "Sign in: send a valid access token (Bearer)."),
        FORBIDDEN(403, "forbidden", "Không có quyền", "Bạn không được truy cập địa chỉ này.", "Not allowed",
                "You may not access this address."),
        NOT_FOUND(404, "not-found", "Không tìm thấy", "Không có dịch vụ nào ở địa chỉ này.", "Not found",
                "No service answers at this address."),
        TOO_LARGE(413, "payload-too-large", "Nội dung quá lớn", "Nội dung yêu cầu vượt quá giới hạn cho phép.",
                "Request too large", "The request body is larger than allowed."),
        RATE_LIMITED(429, "rate-limited", "Quá nhiều yêu cầu", "Bạn gửi quá nhiều yêu cầu; hãy thử lại sau.",
                "Too many requests", "Too many requests; try again later."),
        BAD_GATEWAY(502, "bad-gateway", "Lỗi kết nối dịch vụ", "Dịch vụ phía sau trả lời không hợp lệ.",
                "Bad gateway", "The service behind the gateway answered badly."),
        UNAVAILABLE(503, "unavailable", "Dịch vụ tạm thời không khả dụng",
                "Dịch vụ tạm thời không khả dụng; hãy thử lại sau.", "Service unavailable",
                "The service is temporarily unavailable; try again later."),
        TIMEOUT(504, "gateway-timeout", "Dịch vụ trả lời quá chậm", "Dịch vụ không trả lời kịp; hãy thử lại sau.",
                "Gateway timeout", "The service did not answer in time; try again later.");

        final int status;
        final String slug;
        final Map<String, List<String>> texts;

        Kind(int status, String slug, String titleVi, String detailVi, String titleEn, String detailEn) {
            this.status = status;
            this.slug = slug;
            this.texts = Map.of("vi", List.of(titleVi, detailVi), "en", List.of(titleEn, detailEn));
        }
    }

    private GatewayProblems() {
    }

    static String language(HttpServerRequest request) {
        String accept = request.getHeader("Accept-Language");
        if (accept == null) {
            return "vi";
        }
        for (String part : accept.split(",")) {
            String tag = part.trim().toLowerCase(Locale.ROOT);
            if (tag.startsWith("en")) {
                return "en";
            }
            if (tag.startsWith("vi")) {
                return "vi";
            }
        }
        return "vi";
    }

    static String body(Kind kind, HttpServerRequest request, String requestId) {
        List<String> text = kind.texts.get(language(request));
        JsonObject problem = new JsonObject()
                .put("type", "https://coso.vn/problems/" + kind.slug)
                .put("title", text.get(0))
                .put("status", kind.status)
                .put("detail", text.get(1))
                .put("instance", request.path());
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        return problem.encode();
    }

    /** Ends the exchange with the problem; {@code retryAfterSeconds} ≤ 0 means no Retry-After. */
    static void send(RoutingContext rc, Kind kind, long retryAfterSeconds) {
        send(rc.request(), RequestIds.of(rc), kind, retryAfterSeconds);
    }

    /** The same for the data path, which has no routing context. */
    static void send(HttpServerRequest request, String requestId, Kind kind, long retryAfterSeconds) {
        HttpServerResponse response = request.response();
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(kind.status)
                .putHeader("Content-Type", PROBLEM_JSON)
                .putHeader("Content-Language", language(request))
                .putHeader(RequestIds.HEADER, requestId);
        if (retryAfterSeconds > 0) {
            response.putHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        if (kind == Kind.UNAUTHORIZED) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        response.end(body(kind, request, requestId));
    }
}
