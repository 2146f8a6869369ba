package vn.coso.platform.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown anywhere to answer with a problem. The detail is a message key (resolved in the caller's language by
 * {@link Messages}) with arguments, so that no personal data ever ends up in an exception message or a log line.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] args;
    private final String rule;
    private final String legalBasis;
    private final transient List<FieldMessage> errors;
    private final transient Map<String, Object> extensions;
    private final transient Map<String, String> headers;

    private ProblemException(Builder b) {
        super(b.type.slug() + (b.rule == null ? "" : " " + b.rule) + " (" + b.detailKey + ")", null, false, false);
        this.type = b.type;
        this.detailKey = b.detailKey;
        this.args = b.args;
        this.rule = b.rule;
        this.legalBasis = b.legalBasis;
        this.errors = List.copyOf(b.errors);
        this.extensions = Map.copyOf(b.extensions);
        this.headers = Map.copyOf(b.headers);
    }

    public static Builder of(ProblemType type) {
        return new Builder(type);
    }

    /** 404 without saying whether the record exists elsewhere (records outside the caller's subtree look absent). */
    public static ProblemException notFound() {
        return of(ProblemType.NOT_FOUND).build();
    }

    public static ProblemException conflict(String detailKey, Object... args) {
        return of(ProblemType.CONFLICT).detail(detailKey, args).build();
    }

    public static ProblemException badRequest(String field, String messageKey, Object... args) {
        return of(ProblemType.VALIDATION).fieldError(field, messageKey, args).build();
    }

    /**
     * A broken rule of the party regulations or of the law.
     *
     * @param rule stable code such as {@code MEM-AGE}
     * @param legalBasis the text that sets the rule, e.g. "Điều lệ Đảng, Điều 1"
     */
    public static ProblemException rule(String rule, String legalBasis, String detailKey, Object... args) {
        return of(ProblemType.RULE_VIOLATION).rule(rule, legalBasis).detail(detailKey, args).build();
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args;
    }

    public String rule() {
        return rule;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public List<FieldMessage> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static final class Builder {
        private final ProblemType type;
        private String detailKey;
        private Object[] args = new Object[0];
        private String rule;
        private String legalBasis;
        private final List<FieldMessage> errors = new ArrayList<>();
        private final Map<String, Object> extensions = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder(ProblemType type) {
            this.type = type;
            this.detailKey = type.slug() + ".detail";
        }

        public Builder detail(String key, Object... args) {
            this.detailKey = key;
            this.args = args;
            return this;
        }

        public Builder rule(String code, String legalBasis) {
            this.rule = code;
            this.legalBasis = legalBasis;
            return this;
        }

        /** A field error whose message is a key resolved in the caller's language. */
        public Builder fieldError(String field, String messageKey, Object... args) {
            this.errors.add(new FieldMessage(field, messageKey, args));
            return this;
        }

        public Builder extension(String name, Object value) {
            this.extensions.put(name, value);
            return this;
        }

        public Builder header(String name, String value) {
            this.headers.put(name, value);
            return this;
        }

        public ProblemException build() {
            return new ProblemException(this);
        }
    }

    /** A field error before localization: the field's JSON path, a message key and its arguments. */
    public record FieldMessage(String field, String key, Object... args) {
    }
}
