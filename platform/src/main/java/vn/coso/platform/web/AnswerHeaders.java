package vn.coso.platform.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The success statuses and the answer headers of every operation, written into the document from what the platform
 * does, so that a client reads them there (and every test checks them, {@code ContractValidation}):
 * <ul>
 * <li>an operation marked {@code @Extension(name = Responses.STATUSES, value = "201")} answers 201 instead of 200 (or
 * {@code "200,201"}: either), with the schema SmallRye found for the method;</li>
 * <li>{@code ETag} on a success whose record has a {@code version} ({@link Responses}), and on 412 (the current
 * one); {@code Location} on 201; {@code Idempotency-Replayed} on 201 (a retried create answered from its first
 * answer); {@code Retry-After} on 409 (the same Idempotency-Key still running); {@code X-Total-Count} on a list;
 * {@code Content-Disposition} on a file (CSV, Excel); {@code WWW-Authenticate} on 401.</li>
 * </ul>
 */
final class AnswerHeaders {

    private static final String COMPONENTS = "#/components/headers/";

    private AnswerHeaders() {
    }

    /** The headers above, as components. */
    static Map<String, Header> components() {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put("ETag", header("The record's version, to send back as If-Match with the next change", 40));
        headers.put("Location", header("Where the created record is read", 300));
        headers.put("Idempotency-Replayed", header("true when this is the stored answer to an earlier request "
                + "with the same Idempotency-Key (nothing was created twice)", 5));
        headers.put("X-Total-Count", OASFactory.createHeader().description("How many items the whole list has")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                        .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(Long.MAX_VALUE))));
        headers.put("Content-Disposition", header("attachment, with the file's name", 300));
        headers.put("WWW-Authenticate", header("Bearer: a Keycloak access token is needed", 200));
        headers.put("Retry-After-Running", OASFactory.createHeader()
                .description("Seconds to wait before retrying: the request with the same Idempotency-Key is still "
                        + "running")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(3_600))));
        return headers;
    }

    private static Header header(String description, int maxLength) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength));
    }

    static boolean hasHeaderParameter(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    /** 201 (or 200 and 201) where the resource method says so; the marker itself leaves the document. */
    static void successStatuses(Operation operation) {
        Object marked = operation.getExtensions() == null ? null : operation.getExtensions().get(Responses.STATUSES);
        if (marked == null) {
            return;
        }
        operation.removeExtension(Responses.STATUSES);
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        if (ok == null) {
            return;
        }
        List<String> statuses = List.of(marked.toString().split(","));
        if (!statuses.contains("200")) {
            operation.getResponses().removeAPIResponse("200");
        }
        for (String status : statuses) {
            if (!status.equals("200")) {
                operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                        .description(status.equals("201") ? "Created" : ok.getDescription())
                        .content(ok.getContent()));
            }
        }
    }

    static void add(OpenAPI openAPI, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && versioned(openAPI, response)) {
                add(response, "ETag");
            }
            switch (status) {
                case "201" -> {
                    add(response, "Location");
                    add(response, "Idempotency-Replayed");
                }
                case "200" -> {
                    if (method == PathItem.HttpMethod.GET && isList(openAPI, response)) {
                        add(response, "X-Total-Count");
                    }
                    if (isFile(response)) {
                        add(response, "Content-Disposition");
                    }
                }
                case "401" -> add(response, "WWW-Authenticate");
                case "409" -> response.addHeader("Retry-After",
                        OASFactory.createHeader().ref(COMPONENTS + "Retry-After-Running"));
                case "412" -> add(response, "ETag");
                default -> {
                }
            }
        });
    }

    private static void add(APIResponse response, String name) {
        response.addHeader(name, OASFactory.createHeader().ref(COMPONENTS + name));
    }

    private static boolean versioned(OpenAPI openAPI, APIResponse response) {
        Schema schema = jsonSchema(openAPI, response);
        return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version");
    }

    private static boolean isList(OpenAPI openAPI, APIResponse response) {
        Schema schema = jsonSchema(openAPI, response);
        return schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY);
    }

    private static boolean isFile(APIResponse response) {
        return response.getContent() != null && response.getContent().getMediaTypes() != null
                && response.getContent().getMediaTypes().keySet().stream()
                        .anyMatch(type -> type.startsWith("text/csv") || type.contains("spreadsheetml"));
    }

    /** The JSON answer's schema, its reference followed. */
    private static Schema jsonSchema(OpenAPI openAPI, APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return null;
        }
        MediaType json = response.getContent().getMediaTypes().get("application/json");
        Schema schema = json == null ? null : json.getSchema();
        for (int i = 0; i < 5 && schema != null && schema.getRef() != null; i++) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            schema = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                    ? null
                    : openAPI.getComponents().getSchemas().get(name);
        }
        return schema;
    }
}
