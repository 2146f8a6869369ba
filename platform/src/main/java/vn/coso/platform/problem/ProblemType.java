package vn.coso.platform.problem;

import java.net.URI;

/**
 * The stable problem types every service answers with (RFC 9457 {@code type}). Clients switch on the URI, never on
 * the localized title. Domain rules use {@link #RULE_VIOLATION} and name their own rule code.
 */
public enum ProblemType {
    VALIDATION(400, "validation"),
    MALFORMED_REQUEST(400, "malformed-request"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    IDEMPOTENCY_IN_PROGRESS(409, "idempotency-in-progress"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    RULE_VIOLATION(422, "rule-violation"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    RATE_LIMITED(429, "rate-limited"),
    UNEXPECTED(500, "unexpected"),
    UNAVAILABLE(503, "unavailable");

    /** Base of every problem type URI. The URIs are identifiers; they need not resolve. */
    public static final String BASE = "https://coso.vn/problems/";

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    /** The type a bare HTTP status maps to when nothing more precise is known. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? UNEXPECTED : MALFORMED_REQUEST;
    }
}
