package vn.coso.platform.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Writes into the OpenAPI document the bounds the platform enforces on every value, where a field does not declare a
 * tighter one of its own (issue 16: OWASP API4, "bound every string, number and array"):
 * <ul>
 * <li>a text in a JSON body at most {@link TextRules#MAX_TEXT} characters ({@link JsonCustomizer} refuses a longer
 * one; no column stores more), a query or path parameter at most {@link TextRules#MAX_PARAMETER} characters and
 * {@link TextRules#MAX_PARAMETER_VALUES} repetitions ({@link InputHygiene});</li>
 * <li>a UUID, a date and a timestamp their written lengths (36, 10, 35 characters: {@code
 * 2026-12-04T08:00:00.123456789+07:00});</li>
 * <li>an integer the range of its format (int32 or int64), which is what Jackson reads or refuses;</li>
 * <li>a list in an answer at most {@link #MAX_ITEMS} items: the longest list a service answers is a province's
 * units (a few thousand); a list a client sends declares its own, smaller bound on its field.</li>
 * </ul>
 * A field that points to another schema ({@code $ref}, written {@code allOf} of one {@code $ref} in OpenAPI 3.0)
 * loses the {@code type} SmallRye writes beside it, so that its bounds are read from the schema it points to.
 */
final class DocumentedBounds {

    static final int MAX_ITEMS = 10_000;

    private static final int UUID_LENGTH = 36;
    private static final int DATE_LENGTH = 10;
    private static final int TIMESTAMP_LENGTH = 35;
    private static final int URI_LENGTH = 2_000;

    private final Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private DocumentedBounds() {
    }

    static void apply(OpenAPI openAPI) {
        DocumentedBounds bounds = new DocumentedBounds();
        if (openAPI.getComponents() != null) {
            if (openAPI.getComponents().getSchemas() != null) {
                openAPI.getComponents().getSchemas().values().forEach(s -> bounds.body(s));
            }
            if (openAPI.getComponents().getHeaders() != null) {
                openAPI.getComponents().getHeaders().values().forEach(bounds::header);
            }
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(bounds::parameter);
            }
            item.getOperations().values().forEach(bounds::operation);
        });
    }

    private void operation(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(this::parameter);
        }
        if (operation.getRequestBody() != null) {
            content(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                content(response.getContent());
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(this::header);
                }
            }
        }
    }

    private void parameter(Parameter parameter) {
        if (parameter.getSchema() != null) {
            walk(parameter.getSchema(), TextRules.MAX_PARAMETER, TextRules.MAX_PARAMETER_VALUES);
        }
    }

    private void header(Header header) {
        if (header.getSchema() != null) {
            walk(header.getSchema(), TextRules.MAX_PARAMETER, TextRules.MAX_PARAMETER_VALUES);
        }
    }

    private void content(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
            if (media.getValue().getSchema() != null) {
                body(media.getValue().getSchema());
            }
        }
    }

    private void body(Schema schema) {
        walk(schema, TextRules.MAX_TEXT, MAX_ITEMS);
    }

    private void walk(Schema s, int maxText, int maxItems) {
        if (s == null || !seen.add(s)) {
            return;
        }
        if (s.getRef() != null) {
            if (s.getType() != null) {
                List.copyOf(s.getType()).forEach(s::removeType);
            }
            return;
        }
        List<Schema.SchemaType> type = s.getType() == null ? List.of() : s.getType();
        boolean constrained = s.getEnumeration() != null && !s.getEnumeration().isEmpty() || s.getConstValue() != null;
        if (type.contains(Schema.SchemaType.STRING) && s.getMaxLength() == null && !constrained) {
            s.setMaxLength(textLength(s.getFormat(), maxText));
        }
        if (type.contains(Schema.SchemaType.INTEGER) && !constrained) {
            boolean int32 = "int32".equals(s.getFormat());
            if (s.getMinimum() == null && s.getExclusiveMinimum() == null) {
                s.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (s.getMaximum() == null && s.getExclusiveMaximum() == null) {
                s.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (type.contains(Schema.SchemaType.BOOLEAN) && s.getDefaultValue() instanceof String text) {
            s.setDefaultValue(Boolean.valueOf(text)); // a Boolean parameter's @DefaultValue("false"), as JSON's false
        }
        if (type.contains(Schema.SchemaType.ARRAY) && s.getMaxItems() == null) {
            s.setMaxItems(maxItems);
        }
        walk(s.getItems(), maxText, maxItems);
        walk(s.getAdditionalPropertiesSchema(), maxText, maxItems);
        if (s.getProperties() != null) {
            for (Schema p : new ArrayList<>(s.getProperties().values())) {
                walk(p, maxText, maxItems);
            }
        }
        for (List<Schema> group : java.util.Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
            if (group != null) {
                group.forEach(g -> walk(g, maxText, maxItems));
            }
        }
    }

    private static int textLength(String format, int otherwise) {
        if (format == null) {
            return otherwise;
        }
        return switch (format) {
            case "uuid" -> UUID_LENGTH;
            case "date" -> DATE_LENGTH;
            case "date-time" -> TIMESTAMP_LENGTH;
            case "uri" -> URI_LENGTH;
            default -> otherwise;
        };
    }
}
