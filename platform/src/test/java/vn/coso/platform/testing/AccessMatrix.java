package vn.coso.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint against every role, from inside and from outside the record's subtree, for all three services. The
 * rules: a role that may not call an endpoint gets 403; a role that may, from inside the record's unit, reaches it
 * (never 401, 403, 404 or a 5xx: any other answer — 200, 201, 400, 409, 412, 422 — means the call got through to the
 * record); the same role from another subtree gets 404, as if the record did not exist.
 */
public final class AccessMatrix {

    /** Every realm role. */
    public static final List<String> ROLES = List.of("admin", "organizer", "secretary", "leader", "supervisor",
            "integration", "handler", "dialogue-officer", "citizen", "inspector",
            "dialogue-service");

    /**
     * One endpoint: how to call it, who may, and whether a caller from another subtree must get 404. {@code absent}
     * marks a call whose record deliberately does not exist (a 404 inside is then the right answer); {@code accept}
     * asks for another representation (CSV, Excel).
     */
    public record Endpoint(String method, String path, Object body, Set<String> allowed, boolean scoped,
            String accept, boolean absent) {

        public Endpoint(String method, String path, Object body, Set<String> allowed, boolean scoped) {
            this(method, path, body, allowed, scoped, null, false);
        }

        public Endpoint(String method, String path, Object body, Set<String> allowed, boolean scoped,
                String accept) {
            this(method, path, body, allowed, scoped, accept, false);
        }

        /** An endpoint called on a record that does not exist: roles are checked, reaching it is a 404. */
        public static Endpoint absent(String method, String path, Object body, Set<String> allowed, boolean scoped) {
            return new Endpoint(method, path, body, allowed, scoped, null, true);
        }

        @Override
        public String toString() {
            return method + " " + path + (accept == null ? "" : " (" + accept + ")");
        }
    }

    private AccessMatrix() {
    }

    /**
     * Calls every endpoint as every role of {@code inside}'s unit, and each scoped one allowed to a role also as that
     * role of {@code outside}; answers what broke the rules (empty when nothing did). Every call carries
     * {@code If-Match: "<ifMatchVersion>"}; a stale one keeps a call that gets through from changing anything
     * versioned.
     */
    public static List<String> failures(List<Endpoint> endpoints, UUID inside, UUID outside, String ifMatchVersion) {
        List<String> failures = new ArrayList<>();
        for (Endpoint e : endpoints) {
            for (String role : ROLES) {
                int status = call(e, Tokens.of("matrix-" + role, inside, role), ifMatchVersion);
                if (!e.allowed().contains(role)) {
                    if (status != 403) {
                        failures.add(e + " as " + role + ": " + status + " (403 expected)");
                    }
                    continue;
                }
                boolean reached = e.absent() ? status == 404 : status != 404;
                if (status == 401 || status == 403 || status >= 500 || !reached) {
                    failures.add(e + " as " + role + ": " + status);
                }
                if (e.scoped()) {
                    int outsider = call(e, Tokens.of("outsider-" + role, outside, role), ifMatchVersion);
                    if (outsider != 404) {
                        failures.add(e + " as " + role + " of another subtree: " + outsider + " (404 expected)");
                    }
                }
            }
        }
        return failures;
    }

    private static int call(Endpoint e, String token, String ifMatchVersion) {
        RequestSpecification request = given().auth().oauth2(token).header("If-Match", "\"" + ifMatchVersion + "\"");
        if (e.accept() != null) {
            request = request.accept(e.accept());
        }
        if (e.body() != null) {
            request = request.contentType(ContentType.JSON).body(e.body());
        }
        return request.when().request(e.method(), e.path()).statusCode();
    }
}
