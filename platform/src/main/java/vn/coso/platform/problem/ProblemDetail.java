package vn.coso.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error response: RFC 9457 problem details with coso's extension members ({@code requestId},
 * per-field {@code errors}, and for a broken rule its {@code rule} code and {@code legalBasis}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetail(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        String rule,
        String legalBasis,
        List<FieldError> errors,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> extensions) {

    /** Extension members are written at the top level, as RFC 9457 asks. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Map<String, Object> extensions() {
        return extensions;
    }
}
