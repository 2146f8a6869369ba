package vn.coso.platform.testing;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Reads a service's own OpenAPI document and sends every operation bad input: wrong JSON types, missing and null
 * fields, NUL and control characters, lone surrogates, huge strings, invalid UTF-8 and a byte order mark, malformed
 * and unknown path ids, out-of-range and unconvertible query values, {@code If-Match: *}. It asserts that nothing
 * answers 5xx, that every error is problem+json (Open311's own error list on its paths), and that no table's row count changed (the audit log aside: reads
 * are audited). What it sent and what failed come back as a {@link Report}.
 */
public final class ContractFuzzer {

    /** What was sent and what went wrong. */
    public record Report(int operations, int requests, Map<Integer, Integer> byStatus, List<String> failures) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NUL = "a\u0000b";
    private static final String[] BAD_TEXTS = {NUL, "x\u0007y", "\ud800", "x".repeat(20_000)};
    private static final String[] BAD_PATH_IDS = {"%zz", "%00", "not-a-uuid", "x".repeat(300), null};
    private static final String[] BAD_QUERY = {"%00", "\u0000", "%zz", "x".repeat(3000), "-99999999999", "1.5",
            "+99999-01-01", "0001-01-01", "true"};

    private final String token;
    private final DataSource dataSource;
    private final Set<String> volatileTables;
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private int requests;
    private JsonNode document;

    /**
     * @param token a token whose roles reach every operation, so that requests get past the role checks
     * @param volatileTables tables that change by themselves (copies synced in the background) or on reads
     */
    public ContractFuzzer(String token, DataSource dataSource, Set<String> volatileTables) {
        this.token = token;
        this.dataSource = dataSource;
        this.volatileTables = volatileTables;
    }

    /** Tables that change by themselves (copies synced in the background, stored replies) and are not compared. */
    public static final Set<String> VOLATILE_TABLES = Set.of("unit_copy", "unit_copy_cursor",
            "calendar_override_copy", "idempotency_record");

    /**
     * Fuzzes the service under test with a token of every role in the province (so that requests pass the role
     * checks and reach the validation), prints the counts, and fails on any failure found.
     */
    public static Report check(DataSource dataSource) throws Exception {
        String everyRole = Tokens.of("fuzzer", DemoUnits.PROVINCE, "admin", "organizer", "secretary", "leader",
                "dialogue-officer", "handler", "supervisor", "integration", "citizen", "inspector",
                "dialogue-service");
        Report report = new ContractFuzzer(everyRole, dataSource, VOLATILE_TABLES).run();
        System.out.printf("contract fuzz: %d operations, %d requests, by status %s%n", report.operations(),
                report.requests(), report.byStatus());
        org.junit.jupiter.api.Assertions.assertTrue(report.operations() > 10, "the document lists the operations");
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), report.failures());
        return report;
    }

    public Report run() throws Exception {
        document = JSON.readTree(given().accept("application/json").when().get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
        Map<String, Long> before = rowCounts();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                operations++;
                fuzz(method, path.getKey(), op.getValue());
            }
        }
        Map<String, Long> after = rowCounts();
        for (Map.Entry<String, Long> table : before.entrySet()) {
            if (!table.getValue().equals(after.get(table.getKey()))) {
                failures.add("table " + table.getKey() + " changed: " + table.getValue() + " -> "
                        + after.get(table.getKey()));
            }
        }
        return new Report(operations, requests, byStatus, failures);
    }

    private void fuzz(String method, String template, JsonNode op) {
        List<JsonNode> parameters = new ArrayList<>();
        op.path("parameters").forEach(p -> parameters.add(resolve(p)));
        boolean hasPathParams = template.contains("{");
        // bad path ids, with an otherwise valid-looking body
        if (hasPathParams) {
            for (String bad : BAD_PATH_IDS) {
                String path = template.replaceAll("\\{[^}]+}", bad == null ? UUID.randomUUID().toString() : bad);
                send(method, path, Map.of(), jsonBody(op, Function.identity()), "path id " + shorten(bad));
            }
        }
        String path = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        // bad query values, one parameter at a time
        for (JsonNode p : parameters) {
            if (!"query".equals(p.path("in").asText())) {
                continue;
            }
            for (String bad : BAD_QUERY) {
                send(method, path, Map.of(p.path("name").asText(), bad), null, "query " + p.path("name").asText());
            }
        }
        // bodies: the collection itself where the path has no id, else a random id (404 or 400 are both fine)
        JsonNode schema = requestSchema(op);
        if (schema == null) {
            return;
        }
        String target = hasPathParams ? path : template;
        send(method, target, Map.of(), "{}", "empty object");
        send(method, target, Map.of(), "[]", "array");
        send(method, target, Map.of(), "null", "null");
        send(method, target, Map.of(), "\"text\"", "string");
        send(method, target, Map.of(), "{\"a\":", "truncated");
        sendBytes(method, target, new byte[]{'{', '"', 'x', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'},
                "overlong UTF-8");
        byte[] valid = jsonBody(op, Function.identity()).getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[valid.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(valid, 0, bom, 3, valid.length);
        sendBytes(method, target, bom, "byte order mark");
        JsonNode properties = resolve(schema).path("properties");
        for (Iterator<String> names = properties.fieldNames(); names.hasNext();) {
            String name = names.next();
            JsonNode property = resolve(properties.get(name));
            for (JsonNode wrong : wrongValues(property)) {
                send(method, target, Map.of(), jsonBody(op, body -> {
                    body.set(name, wrong);
                    return body;
                }), "field " + name + " = " + shorten(wrong.toString()));
            }
            send(method, target, Map.of(), jsonBody(op, body -> {
                body.putNull(name);
                return body;
            }), "field " + name + " = null");
        }
        send(method, target, Map.of(), jsonBody(op, body -> {
            body.put("unexpected\u0000field", "x");
            return body;
        }), "unknown field");
    }

    /** Values of the wrong type or content for a property. */
    private List<JsonNode> wrongValues(JsonNode property) {
        List<JsonNode> values = new ArrayList<>();
        String type = property.path("type").asText("");
        String format = property.path("format").asText("");
        switch (type) {
            case "string" -> {
                for (String bad : BAD_TEXTS) {
                    values.add(NODES.textNode(bad));
                }
                values.add(NODES.numberNode(12));
                values.add(NODES.objectNode());
                if (format.equals("date")) {
                    values.add(NODES.textNode("+99999-01-01"));
                    values.add(NODES.textNode("0001-01-01"));
                    values.add(NODES.textNode("2025-02-30"));
                }
            }
            case "integer", "number" -> {
                values.add(NODES.textNode("12"));
                values.add(NODES.numberNode(1.5));
                values.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999")));
                values.add(NODES.numberNode(-2_147_483_649L));
            }
            case "boolean" -> {
                values.add(NODES.textNode("true"));
                values.add(NODES.numberNode(1));
            }
            case "array" -> {
                values.add(NODES.textNode(NUL));
                values.add(NODES.arrayNode().add(NODES.textNode(NUL)).add(NODES.numberNode(1.5)));
            }
            default -> {
                values.add(NODES.textNode(NUL));
                values.add(NODES.numberNode(1.5));
                values.add(NODES.arrayNode());
            }
        }
        return values;
    }

    /** A body with a plausible value for every property, changed by {@code change}. */
    private String jsonBody(JsonNode op, Function<ObjectNode, ObjectNode> change) {
        JsonNode schema = requestSchema(op);
        ObjectNode body = NODES.objectNode();
        if (schema != null) {
            JsonNode properties = resolve(schema).path("properties");
            for (Iterator<String> names = properties.fieldNames(); names.hasNext();) {
                String name = names.next();
                body.set(name, plausible(resolve(properties.get(name))));
            }
        }
        return change.apply(body).toString();
    }

    private JsonNode plausible(JsonNode property) {
        if (property.has("enum") && property.get("enum").size() > 0) {
            return property.get("enum").get(0);
        }
        return switch (property.path("type").asText("")) {
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> NODES.arrayNode();
            case "object" -> NODES.objectNode();
            default -> switch (property.path("format").asText("")) {
                case "date" -> NODES.textNode("2025-03-03");
                case "date-time" -> NODES.textNode("2025-03-03T09:00:00+07:00");
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                default -> NODES.textNode("x");
            };
        };
    }

    private JsonNode requestSchema(JsonNode op) {
        JsonNode content = op.path("requestBody").path("content");
        JsonNode json = content.path("application/json").path("schema");
        return json.isMissingNode() ? null : json;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        for (int i = 0; i < 5 && n.has("$ref"); i++) {
            String[] parts = n.get("$ref").asText().substring(2).split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.path(part);
            }
            n = target;
        }
        if (n.has("allOf") && n.get("allOf").size() > 0) {
            return resolve(n.get("allOf").get(0));
        }
        return n;
    }

    private void send(String method, String path, Map<String, String> query, String body, String what) {
        RequestSpecification request = base();
        StringBuilder url = new StringBuilder(path);
        // values that start with % are sent as they are (malformed escapes on purpose); the others are encoded
        query.forEach((k, v) -> url.append(url.indexOf("?") < 0 ? '?' : '&').append(k).append('=')
                .append(v.startsWith("%") ? v : java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        check(method, url.toString(), request, what);
    }

    private void sendBytes(String method, String path, byte[] body, String what) {
        check(method, path, base().contentType("application/json").body(body), what);
    }

    private RequestSpecification base() {
        return given().urlEncodingEnabled(false).auth().oauth2(token).header("If-Match", "*")
                .header("Accept", "application/json");
    }

    private void check(String method, String path, RequestSpecification request, String what) {
        requests++;
        String url = path.replace("\u0000", "%00").replace(" ", "%20");
        int status;
        String contentType;
        if (url.contains("%zz")) {
            // a URI the HTTP client itself refuses to build: sent over a socket as a browser or a script might
            String[] answer = raw(method, url);
            status = Integer.parseInt(answer[0]);
            contentType = answer[1];
        } else {
            Response response;
            try {
                response = request.request(method, url);
            } catch (RuntimeException e) {
                failures.add(method + " " + shorten(url) + " [" + what + "]: no answer ("
                        + e.getClass().getSimpleName() + ")");
                return;
            }
            status = response.statusCode();
            contentType = response.contentType();
        }
        byStatus.merge(status, 1, Integer::sum);
        if (status >= 500) {
            failures.add(method + " " + shorten(url) + " [" + what + "]: " + status);
        } else if (status >= 400 && !String.valueOf(contentType).startsWith("application/problem+json")
                && !(url.contains(OPEN311) && isOpen311Error(contentType))) {
            failures.add(method + " " + shorten(url) + " [" + what + "]: " + status + " as " + contentType);
        } else if (status < 300 && !"GET".equals(method)) {
            failures.add(method + " " + shorten(url) + " [" + what + "]: accepted with " + status);
        }
    }

    /**
     * Open311 GeoReport v2 answers errors as its own {@code errors} list, in the format the path asks for (the
     * specification's contract, not coso's); everything else about bad input holds for it too.
     */
    static final String OPEN311 = "/open311/";

    private static boolean isOpen311Error(String contentType) {
        String type = String.valueOf(contentType);
        return type.startsWith("application/json") || type.startsWith("text/xml");
    }

    /** Status and Content-Type of a request written by hand on a socket. */
    private String[] raw(String method, String pathAndQuery) {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String request = method + " " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + token + "\r\nAccept: application/json\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String status = in.readLine().split(" ")[1];
            String contentType = null;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.toLowerCase().startsWith("content-type:")) {
                    contentType = line.substring(13).trim();
                }
            }
            return new String[]{status, contentType};
        } catch (java.io.IOException | RuntimeException e) {
            return new String[]{"599", null};
        }
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("""
                    select table_name from information_schema.tables
                    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name
                    """)) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                if (table.equals("audit_log") || table.startsWith("flyway") || volatileTables.contains(table)) {
                    continue;
                }
                try (ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static String shorten(String s) {
        return s == null ? "random id" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
