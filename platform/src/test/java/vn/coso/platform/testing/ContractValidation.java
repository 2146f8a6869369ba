package vn.coso.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every REST Assured exchange of a service's Quarkus tests against the service's own OpenAPI document, the one
 * front ends and integrators build against ({@code /q/openapi}, read again before each test method, so that a test
 * profile's document is the one used). Installed before each test method through the service loader, so no test can
 * forget it. The rules:
 * <ul>
 * <li>Every answer on {@code /api/} must be documented for its operation: the status, the content type, the body's
 * schema, and no field the schema does not list ({@code additionalProperties} is checked).</li>
 * <li>A request the document rejects (a test sending bad input on purpose, a missing token, an unknown path) must be
 * answered with a 4xx: the service may not accept what its contract says it does not.</li>
 * <li>Headers the service adds for clients ({@link #CLIENT_HEADERS}) must be documented on the answer that carries
 * them.</li>
 * </ul>
 * A violation fails the test with the validator's messages. Off where {@code coso-test.contract-validation=false}
 * (the gateway has no document of its own: it forwards the services').
 */
public final class ContractValidation implements QuarkusTestBeforeEachCallback, Filter {

    /** Answer headers a client reads, so the document must say when they come. */
    public static final Set<String> CLIENT_HEADERS = Set.of("etag", "location", "retry-after", "link",
            "idempotency-replayed", "content-disposition", "deprecation", "sunset", "x-total-count",
            "www-authenticate");

    private static final Set<String> UNKNOWN_OPERATION = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, OpenApiInteractionValidator> BY_DOCUMENT = new ConcurrentHashMap<>();
    private static final Map<OpenApiInteractionValidator, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Map<String, AssertionError> UNREADABLE = new ConcurrentHashMap<>();
    private static volatile OpenApiInteractionValidator current;
    private static volatile boolean on;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        on = ConfigProvider.getConfig().getOptionalValue("coso-test.contract-validation", Boolean.class)
                .orElse(true);
        RestAssured.replaceFiltersWith(RestAssured.filters().stream().filter(f -> !(f instanceof ContractValidation))
                .toList());
        current = null; // read on the first exchange: the port is only set once the test method starts
        if (on) {
            RestAssured.filters(this);
        }
    }

    /** The validator for a document, configured as every test uses it: undocumented fields are errors. */
    public static OpenApiInteractionValidator validatorFor(String document) {
        AssertionError unreadable = UNREADABLE.get(document);
        if (unreadable != null) {
            throw unreadable; // parsed once: a document the validator cannot load fails every test, quickly
        }
        try {
            return load(document);
        } catch (OpenApiInteractionValidator.ApiLoadException e) {
            AssertionError failure = new AssertionError("contract: the OpenAPI document cannot be loaded", e);
            UNREADABLE.put(document, failure);
            throw failure;
        }
    }

    private static OpenApiInteractionValidator load(String document) {
        return BY_DOCUMENT.computeIfAbsent(document, d -> {
            OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(d)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                            .build())
                    .build();
            try {
                DOCUMENTS.put(validator, JSON.readTree(d));
            } catch (IOException e) {
                throw new IllegalStateException("the OpenAPI document is not JSON", e);
            }
            return validator;
        });
    }

    /** What the validator finds wrong with one exchange, empty when the exchange keeps the contract. */
    public static List<String> violations(OpenApiInteractionValidator validator, Request request, Response answer) {
        ValidationReport asked = validator.validateRequest(request);
        if (isForm(request)) {
            // the validator reads a form's values as JSON ("37.76" a number, "123" an integer), where a form only
            // carries text: a documented text field is not a type error; bounds, names and required fields still count
            asked = ValidationReport.from(asked.getMessages().stream()
                    .filter(m -> !m.getKey().equals("validation.request.body.schema.type")).toList());
        }
        boolean unknown = asked.getMessages().stream().anyMatch(m -> UNKNOWN_OPERATION.contains(m.getKey()));
        int status = answer.statusCode();
        List<String> found = new java.util.ArrayList<>();
        if (asked.hasErrors() && (status < 400 || status >= 500)) {
            found.add("the document rejects this request, but the service answered " + status + ": "
                    + messages(asked));
        }
        if (unknown) {
            return found;
        }
        ValidationReport answered = validator.validateResponse(request.getPath(), request.getMethod(),
                RestAssuredResponse.of(answer));
        if (answered.hasErrors()) {
            found.add("the answer " + status + " is not the documented one: " + messages(answered));
        }
        for (String header : undocumentedHeaders(validator, request, answer)) {
            found.add("the answer " + status + " carries the undocumented header " + header);
        }
        return found;
    }

    private static boolean isForm(Request request) {
        return request.getContentType().map(t -> t.startsWith("application/x-www-form-urlencoded")).orElse(false);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        if (!on || !request.getDerivedPath().startsWith("/api/")) {
            return answer;
        }
        OpenApiInteractionValidator validator = current;
        if (validator == null) {
            URI asked = URI.create(request.getURI());
            validator = validatorFor(document(asked.getHost(), asked.getPort()));
            current = validator;
        }
        Request asked = RestAssuredRequest.of(request);
        if (request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme bearer) {
            asked = new WithBearer(asked, "Bearer " + bearer.getAccessToken());
        }
        List<String> found = violations(validator, asked, answer);
        if (!found.isEmpty() && Boolean.getBoolean("coso-test.contract-survey")) {
            // -Dcoso-test.contract-survey=true: every violation of a run in one file, the tests going on
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of("target/contract-survey.txt"),
                        asked.getMethod() + " " + asked.getPath() + "\n  " + String.join("\n  ", found) + "\n",
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return answer;
        }
        if (!found.isEmpty()) {
            throw new AssertionError("contract: " + asked.getMethod() + " " + asked.getPath() + "\n  "
                    + String.join("\n  ", found));
        }
        return answer;
    }

    /** A request as sent: REST Assured adds a bearer token's header after the filters, so it is added here. */
    private record WithBearer(Request sent, String authorization) implements Request {

        @Override
        public String getPath() {
            return sent.getPath();
        }

        @Override
        public Method getMethod() {
            return sent.getMethod();
        }

        @Override
        public Optional<String> getBody() {
            return sent.getBody();
        }

        @Override
        public Optional<Body> getRequestBody() {
            return sent.getRequestBody();
        }

        @Override
        public Collection<String> getQueryParameters() {
            return sent.getQueryParameters();
        }

        @Override
        public Collection<String> getQueryParameterValues(String name) {
            return sent.getQueryParameterValues(name);
        }

        @Override
        public Map<String, Collection<String>> getHeaders() {
            Map<String, Collection<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(sent.getHeaders());
            headers.put("Authorization", List.of(authorization));
            return headers;
        }

        @Override
        public Collection<String> getHeaderValues(String name) {
            return "Authorization".equalsIgnoreCase(name) ? List.of(authorization) : sent.getHeaderValues(name);
        }
    }

    private static List<String> undocumentedHeaders(OpenApiInteractionValidator validator, Request request,
            Response answer) {
        Set<String> documented = documentedHeaders(validator, request, answer.statusCode());
        return answer.headers().asList().stream().map(h -> h.getName().toLowerCase())
                .filter(CLIENT_HEADERS::contains).filter(h -> !documented.contains(h)).distinct().toList();
    }

    private static Set<String> documentedHeaders(OpenApiInteractionValidator validator, Request request, int status) {
        JsonNode paths = DOCUMENTS.get(validator).path("paths");
        Set<String> documented = new java.util.HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!matches(path.getKey(), request.getPath())) {
                continue;
            }
            JsonNode responses = path.getValue().path(request.getMethod().name().toLowerCase()).path("responses");
            JsonNode answer = responses.has(String.valueOf(status))
                    ? responses.get(String.valueOf(status))
                    : responses.path("default");
            answer.path("headers").fieldNames().forEachRemaining(h -> documented.add(h.toLowerCase()));
        }
        return documented;
    }

    private static boolean matches(String template, String path) {
        StringBuilder pattern = new StringBuilder();
        for (String part : template.split("\\{[^}/]+}", -1)) {
            if (pattern.length() > 0 || template.startsWith("{")) {
                pattern.append("[^/]+");
            }
            pattern.append(java.util.regex.Pattern.quote(part));
        }
        return path.matches(pattern.toString());
    }

    private static String messages(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "[" + m.getKey() + "] " + m.getMessage()).collect(Collectors.joining("; "));
    }

    private static String document(String host, int port) {
        try {
            HttpResponse<String> got = HTTP.send(HttpRequest
                    .newBuilder(URI.create("http://" + host + ":" + port + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (got.statusCode() != 200) {
                throw new IllegalStateException("the service's OpenAPI document answered " + got.statusCode());
            }
            if (Boolean.getBoolean("coso-test.contract-dump")) {
                java.nio.file.Files.writeString(java.nio.file.Path.of("target/openapi-under-test.json"), got.body());
            }
            return got.body();
        } catch (IOException e) {
            throw new IllegalStateException("the service's OpenAPI document cannot be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
