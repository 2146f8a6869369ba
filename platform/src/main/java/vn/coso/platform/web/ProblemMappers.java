package vn.coso.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import vn.coso.platform.problem.FieldError;
import vn.coso.platform.problem.Messages;
import vn.coso.platform.problem.ProblemDetail;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.problem.ProblemType;
import vn.coso.platform.problem.SafeTrace;

/**
 * The one place where failures become RFC 9457 problem details. Every service gets it from the platform jar, so every
 * error of every service has the same shape, and no stack trace or internal message ever leaves a service.
 */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        List<FieldError> errors = e.errors().stream()
                .map(f -> new FieldError(f.field(), Messages.get(locale, f.key(), f.args())))
                .toList();
        Response.ResponseBuilder response = build(e.type(), locale, uri, Messages.get(locale, e.detailKey(), e.args()),
                e.rule(), e.legalBasis(), errors, e.extensions());
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldPath(violation.getPropertyPath()), message(violation, locale)));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return build(ProblemType.VALIDATION, locale, uri, null, null, null, errors, Map.of()).build();
    }

    /** The field is named by its parent's path, never by the unknown name itself (no echo of what was sent). */
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        String parent = jsonPath(e);
        int last = parent.lastIndexOf('.');
        String field = parent.contains(".") ? parent.substring(0, last) : "$";
        List<FieldError> errors = List.of(new FieldError(field, Messages.get(locale, "field.unknown")));
        return build(ProblemType.VALIDATION, locale, uri, null, null, null, errors, Map.of()).build();
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        String key = e instanceof JsonCustomizer.InvalidText
                ? "field.invalid-text"
                : e instanceof JsonCustomizer.TextTooLong
                        ? "field.too-long"
                        : e instanceof JsonCustomizer.ImplausibleDate
                                ? "field.implausible-date"
                                : "field.invalid-value";
        return jsonFieldProblem(e, key, headers, uri);
    }

    @ServerExceptionMapper
    public Response unmappable(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        return jsonFieldProblem(e, "field.invalid-value", headers, uri);
    }

    @ServerExceptionMapper
    public Response unparseable(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        return build(ProblemType.MALFORMED_REQUEST, Messages.locale(headers), uri, null, null, null, List.of(),
                Map.of())
                .build();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return unparseable(null, headers, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof JsonMappingException mapping
                    ? unmappable(mapping, headers, uri)
                    : unreadable(json, headers, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        Locale locale = Messages.locale(headers);
        String detail = e instanceof vn.coso.platform.web.ParameterConverters.InvalidValue invalid
                ? Messages.get(locale, "param.invalid-value", invalid.expected())
                : null;
        Response.ResponseBuilder response = build(type, locale, uri, detail, null, null, List.of(), Map.of())
                .status(status);
        if (e.getResponse() != null && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            response.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return response.build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return build(ProblemType.UNAUTHORIZED, Messages.locale(headers), uri, null, null, null, List.of(), Map.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return build(ProblemType.FORBIDDEN, Messages.locale(headers), uri, null, null, null, List.of(), Map.of())
                .build();
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        // a lost race on a version is a stale If-Match like any other: 412, never 409
        return build(ProblemType.PRECONDITION_FAILED, locale, uri, Messages.get(locale, "conflict.concurrent-update"),
                null, null, List.of(), Map.of()).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        // Classes and frames go to the log, never the message (it may hold personal data); nothing goes to the client.
        LOG.errorf("Unexpected error answering %s, requestId=%s: %s", uri == null ? "?" : uri.getPath(),
                RequestIds.current(), SafeTrace.of(e));
        return build(ProblemType.UNEXPECTED, Messages.locale(headers), uri, null, null, null, List.of(), Map.of())
                .build();
    }

    private Response jsonFieldProblem(JsonMappingException e, String messageKey, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return unparseable(null, headers, uri);
        }
        List<FieldError> errors = List.of(new FieldError(field, Messages.get(locale, messageKey)));
        return build(ProblemType.VALIDATION, locale, uri, null, null, null, errors, Map.of()).build();
    }

    /** Builds the response; a null detail means the type's standard detail. */
    public static Response.ResponseBuilder build(ProblemType type, Locale locale, UriInfo uri, String detail,
            String rule, String legalBasis, List<FieldError> errors, Map<String, Object> extensions) {
        ProblemDetail body = new ProblemDetail(type.uri(), Messages.get(locale, type.slug() + ".title"), type.status(),
                detail != null ? detail : Messages.get(locale, type.slug() + ".detail"),
                instance(), RequestIds.current(), rule, legalBasis, errors, extensions);
        return Response.status(type.status()).type(PROBLEM_JSON).entity(body)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
    }

    /**
     * A standard constraint's message in the caller's language ({@code constraint.Size} = "from {0} to {1}"), so that
     * a Vietnamese problem does not list English field messages; other constraints keep their own message.
     */
    static String message(ConstraintViolation<?> violation, Locale locale) {
        var descriptor = violation.getConstraintDescriptor();
        String key = "constraint." + descriptor.getAnnotation().annotationType().getSimpleName();
        Map<String, Object> a = descriptor.getAttributes();
        Object first = a.containsKey("min") ? a.get("min") : a.get("value");
        String text = Messages.get(locale, key, first == null ? "" : first, a.getOrDefault("max", ""));
        return text.equals(key) ? violation.getMessage() : text;
    }

    /** The occurrence, named by its request id: never the path as sent (it may carry what the caller typed). */
    static String instance() {
        String id = RequestIds.current();
        return id == null ? null : "urn:coso:request:" + id;
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** {@code create.request.votes[0].yes} → {@code votes[0].yes}; a query parameter keeps its own name. */
    static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(name);
            }
        }
        return field.isEmpty() && parameter != null ? parameter : field.toString();
    }
}
