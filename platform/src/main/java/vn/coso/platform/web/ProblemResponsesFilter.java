package vn.coso.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents, on every operation of every service, the problem responses the platform gives (ARCHITECTURE.md asks
 * that each document lists 401, 403, 404, 412, 422, 429…), with one shared {@code Problem} schema (Open311's own
 * errors list on its paths); then the success statuses and answer headers ({@link AnswerHeaders}) and the bounds the
 * platform enforces ({@link DocumentedBounds}). Registered with {@code mp.openapi.filter}; what it writes is what every
 * test checks its exchanges against ({@code ContractValidation}) and what {@code deploy/contract/lint} lints.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String OPEN311_ERRORS_REF = "#/components/schemas/Open311Errors";
    private static final String BODY_TOO_LARGE = "Body larger than 1 MiB: the service's HTTP layer refuses it without "
            + "a body; through the gateway, which refuses it first, the answer is a problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null
                ? OASFactory.createComponents()
                : openAPI.getComponents();
        components.addSchema("Problem", problemSchema());
        gatewayHeaders().forEach(components::addHeader);
        AnswerHeaders.components().forEach(components::addHeader);
        openAPI.setComponents(components);
        servers(openAPI);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            boolean open311 = openAPI.getPaths().getPathItems().keySet().stream()
                    .anyMatch(ProblemResponsesFilter::isOpen311);
            if (open311) {
                components.addSchema("Open311Errors", open311ErrorsSchema());
            }
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> {
                        AnswerHeaders.successStatuses(operation);
                        addProblems(path, method, operation);
                        AnswerHeaders.add(openAPI, method, operation);
                    }));
        }
        DocumentedBounds.apply(openAPI);
    }

    /** The one server a client talks to: the gateway, at the origin this document was read from. */
    private static void servers(OpenAPI openAPI) {
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                .description("The gateway this document was read through (production, staging or local): every "
                        + "path below starts with the service's own prefix, /api/<service>/")
                .addExtension("x-internal", false))));
    }

    /** Open311 GeoReport v2 answers its errors in its own format, not as problem+json. */
    private static boolean isOpen311(String path) {
        return path.contains("/open311/");
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Invalid parameters or body (per-field errors)");
        boolean isPublic = path.contains("/public/") || isOpen311(path);
        if (!isPublic) {
            problems.put("401", "No valid access token");
            problems.put("403", "The caller's role may not perform this operation");
        }
        problems.put("404", "Not found, or a unit outside the caller's subtree (in the path or a parameter)");
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH) {
            problems.put("409", "Conflicts with existing data, or a request with the same Idempotency-Key is running");
            problems.put("413", BODY_TOO_LARGE);
            problems.put("415", "Content-Type not supported");
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            problems.put("422", "A rule is broken (rule code and legal basis in the body)");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE || AnswerHeaders.hasHeaderParameter(operation, "If-Match")) {
            problems.put("412", "If-Match does not match the current ETag");
            problems.put("428", "If-Match is missing");
        }
        problems.put("429", "Too many requests");
        problems.put("500", "Unexpected error (no details leave the service)");
        boolean open311 = isOpen311(path);
        problems.forEach((status, description) -> {
            APIResponse problem = open311 && (status.equals("400") || status.equals("404"))
                    ? open311Error(description)
                    : status.equals("413")
                            ? OASFactory.createAPIResponse().description(description)
                            : problemResponse(description);
            APIResponse existing = operation.getResponses().getAPIResponse(status);
            if (existing == null) {
                operation.getResponses().addAPIResponse(status, problem);
            } else if (existing.getContent() == null || existing.getContent().getMediaTypes() == null
                    || existing.getContent().getMediaTypes().isEmpty()) {
                existing.setContent(problem.getContent());
            }
        });
        // every answer that passed the gateway's rate limits (2xx) or was refused by them or by the service (4xx)
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") || status.startsWith("4")) {
                gatewayHeaders().keySet().forEach(name -> response.addHeader(name,
                        OASFactory.createHeader().ref("#/components/headers/" + name)));
            }
            if (status.equals("429")) {
                response.addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds until the limit lets a request through again")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                                .minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(86_400))));
            }
        });
    }

    /**
     * What the gateway adds to every answer it lets through or refuses for its limit: the rate-limit fields (the IETF
     * draft's RateLimit-Limit, -Remaining, -Reset) and, for a request from one of the configured web origins, CORS.
     */
    private static Map<String, Header> gatewayHeaders() {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put("RateLimit-Limit", OASFactory.createHeader()
                .description("Requests the limit that applies to this caller allows in a burst (set by the gateway)")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(1_000_000))));
        headers.put("RateLimit-Remaining", OASFactory.createHeader()
                .description("Requests left of it now (set by the gateway)")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                        .minimum(java.math.BigDecimal.ZERO).maximum(java.math.BigDecimal.valueOf(1_000_000))));
        headers.put("RateLimit-Reset", OASFactory.createHeader()
                .description("Seconds until the limit is whole again (set by the gateway)")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                        .minimum(java.math.BigDecimal.ZERO).maximum(java.math.BigDecimal.valueOf(86_400_000))));
        headers.put("Access-Control-Allow-Origin", OASFactory.createHeader()
                .description("The web front end's origin, when the request came from one the gateway allows "
                        + "(coso.gateway CORS settings); absent otherwise")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(200)));
        return headers;
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }

    /**
     * What Open311 itself refuses comes as its errors list, in the format the path asks for; what the platform refuses
     * before (a parameter too long, say) stays a problem.
     */
    private static APIResponse open311Error(String description) {
        Schema errors = OASFactory.createSchema().ref(OPEN311_ERRORS_REF);
        return OASFactory.createAPIResponse().description(description + " (the Open311 errors list)")
                .content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType().schema(errors))
                        .addMediaType("text/xml", OASFactory.createMediaType().schema(errors))
                        .addMediaType("application/problem+json",
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }

    /** GeoReport v2's error format: {@code [{"code": 404, "description": "…"}]}. */
    private static Schema open311ErrorsSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).maxItems(10)
                .description("GeoReport v2 errors (http://wiki.open311.org/GeoReport_v2#Errors); in XML "
                        + "<errors><error><code/><description/></error></errors>")
                .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .addRequired("code").addRequired("description")
                        .addProperty("code", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                                .format("int32").minimum(java.math.BigDecimal.valueOf(400))
                                .maximum(java.math.BigDecimal.valueOf(599)))
                        .addProperty("description", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                .maxLength(2000)));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(2000);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .maxLength(200))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("requestId", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(64))
                .addProperty("rule", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(64))
                .addProperty("legalBasis", text)
                .addProperty("legalBasisVerified", OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)
                        .description("Whether the rule's article was read in a public copy of the text"))
                .addProperty("ruleSet", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100)
                        .description("The effective-dated rule set the rule was taken from"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).maxItems(200)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                        .maxLength(200))
                                .addProperty("message", text)));
    }
}
