package vn.coso.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rules of the contract lint (deploy/contract/lint: Spectral's OAS and OWASP rules) that matter most, checked on a
 * service's own document by {@code ./mvnw verify} alone: every string, integer and list bounded, every operation with
 * its problem responses, every non-public one behind the bearer scheme, no plain-HTTP server, a boolean's default a
 * boolean.
 */
public final class ContractDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ALWAYS = List.of("400", "404", "429", "500");
    private static final List<String> AUTHENTICATED = List.of("401", "403");

    private ContractDocument() {
    }

    /** What the served document breaks, as {@code where: what}; empty when it keeps every rule. */
    public static List<String> violations() throws Exception {
        JsonNode document = JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200).extract().asString());
        List<String> found = new ArrayList<>();
        for (JsonNode server : document.path("servers")) {
            if (server.path("url").asText().startsWith("http:")) {
                found.add("servers: " + server.path("url").asText() + " is plain HTTP");
            }
        }
        bounds("components", document.path("components"), found);
        boolean securedByDefault = document.path("security").size() > 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            boolean open = path.getKey().contains("/public/") || path.getKey().contains("/open311/");
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                bounds(where, op.getValue(), found);
                JsonNode responses = op.getValue().path("responses");
                List<String> needed = new ArrayList<>(ALWAYS);
                if (!open) {
                    needed.addAll(AUTHENTICATED);
                    if (!securedByDefault && op.getValue().path("security").size() == 0) {
                        found.add(where + ": no security requirement");
                    }
                }
                needed.stream().filter(status -> !responses.has(status))
                        .forEach(status -> found.add(where + ": response " + status + " not documented"));
            }
        }
        return found;
    }

    /** Every schema under {@code node}: strings, integers and lists bounded. */
    private static void bounds(String where, JsonNode node, List<String> found) {
        if (node.isArray()) {
            node.forEach(n -> bounds(where, n, found));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("type").asText("");
        boolean listed = node.has("enum") || node.has("const");
        if (type.equals("string") && !listed && !node.has("maxLength")) {
            found.add(where + ": a string without maxLength " + node);
        }
        if (type.equals("integer") && !listed && (!node.has("minimum") || !node.has("maximum"))) {
            found.add(where + ": an integer without minimum and maximum " + node);
        }
        if (type.equals("boolean") && node.has("default") && !node.get("default").isBoolean()) {
            found.add(where + ": a boolean whose default is not a boolean " + node);
        }
        if (type.equals("array") && !node.has("maxItems")) {
            found.add(where + ": an array without maxItems " + node);
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                bounds(where, field.getValue(), found);
            }
        }
    }
}
