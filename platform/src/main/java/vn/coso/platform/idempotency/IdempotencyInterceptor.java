package vn.coso.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.vertx.core.http.HttpServerRequest;

import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.problem.ProblemType;

/**
 * Implements {@link Idempotent}. The key is claimed by inserting its row first: a concurrent duplicate waits on the
 * primary key until the first transaction ends, then replays its answer. A failed create rolls back the claim too, so
 * the client may retry. This interceptor opens the transaction (it must enclose the service call to make the stored
 * response and the created record atomic); the services' own {@code @Transactional} methods join it.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_:.-]{1,100}");

    private final Instance<HttpServerRequest> request;
    private final Instance<JsonWebToken> token;
    private final IdempotencyStore store;
    private final ObjectMapper json;

    public IdempotencyInterceptor(Instance<HttpServerRequest> request, Instance<JsonWebToken> token,
            IdempotencyStore store, ObjectMapper json) {
        this.request = request;
        this.token = token;
        this.store = store;
        this.json = json;
    }

    @AroundInvoke
    public Object around(InvocationContext ctx) throws Exception {
        HttpServerRequest http = request.get();
        String key = http.getHeader(HEADER);
        if (key == null) {
            return ctx.proceed();
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.badRequest(HEADER, "field.invalid-key");
        }
        String caller = caller(http);
        String fingerprint = fingerprint(http, ctx.getParameters());
        boolean restResponse = RestResponse.class.isAssignableFrom(ctx.getMethod().getReturnType());
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<IdempotencyStore.Stored> previous = store.claim(caller, key, fingerprint);
                if (previous.isPresent()) {
                    IdempotencyStore.Stored stored = previous.get();
                    if (!stored.fingerprint().equals(fingerprint)) {
                        throw ProblemException.of(ProblemType.IDEMPOTENCY_KEY_REUSED).build();
                    }
                    if (stored.status() == null) {
                        throw ProblemException.of(ProblemType.IDEMPOTENCY_IN_PROGRESS).header("Retry-After", "1")
                                .build();
                    }
                    return replay(stored, restResponse);
                }
                Object result = proceed(ctx);
                store.complete(caller, key, toStored(fingerprint, result));
                return result;
            });
        } catch (CheckedFailure e) {
            throw (Exception) e.getCause();
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof CheckedFailure checked) {
                throw (Exception) checked.getCause();
            }
            throw e;
        }
    }

    private static Object proceed(InvocationContext ctx) {
        try {
            return ctx.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CheckedFailure(e);
        }
    }

    /** Carries a checked exception of the intercepted method through the transaction callback. */
    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Exception cause) {
            super(cause);
        }
    }

    private String caller(HttpServerRequest http) {
        JsonWebToken jwt = token.isResolvable() ? token.get() : null;
        if (jwt != null && jwt.getSubject() != null) {
            return "sub:" + jwt.getSubject();
        }
        return "addr:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }

    private String fingerprint(HttpServerRequest http, Object[] parameters) throws JsonProcessingException {
        List<Object> material = new ArrayList<>();
        material.add(http.method().name());
        material.add(http.path());
        for (Object parameter : parameters) {
            if (isData(parameter)) {
                material.add(parameter);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(material).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Request bodies and parameters; not injected context objects such as UriInfo. */
    private static boolean isData(Object p) {
        return p == null || p instanceof Record || p instanceof CharSequence || p instanceof Number
                || p instanceof Boolean || p instanceof UUID || p instanceof Enum<?> || p instanceof Temporal
                || p instanceof Collection<?> || p instanceof Map<?, ?>;
    }

    private IdempotencyStore.Stored toStored(String fingerprint, Object result) throws JsonProcessingException {
        int status;
        Object entity;
        String location = null;
        String etag = null;
        if (result instanceof RestResponse<?> r) {
            status = r.getStatus();
            entity = r.getEntity();
            location = r.getLocation() == null ? null : r.getLocation().toString();
            etag = r.getHeaderString(HttpHeaders.ETAG);
        } else if (result instanceof Response r) {
            status = r.getStatus();
            entity = r.getEntity();
            location = r.getLocation() == null ? null : r.getLocation().toString();
            etag = r.getHeaderString(HttpHeaders.ETAG);
        } else {
            status = result == null ? 204 : 200;
            entity = result;
        }
        return new IdempotencyStore.Stored(fingerprint, status, location, etag,
                entity == null ? null : json.writeValueAsString(entity));
    }

    private static Object replay(IdempotencyStore.Stored stored, boolean restResponse) {
        RestResponse.ResponseBuilder<Object> builder = RestResponse.ResponseBuilder.create(stored.status())
                .header(REPLAYED, "true");
        if (stored.location() != null) {
            builder.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            builder.header(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.body() != null) {
            builder.entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        RestResponse<Object> response = builder.build();
        return restResponse ? response : response.toResponse();
    }
}
