package vn.coso.dialogue.open311;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes GeoReport v2 answers, for the OpenAPI document only ({@link Open311Document} writes the answers): the
 * specification's own field names, hence the snake_case. Fields the specification defines and coso never fills
 * ({@code description}, {@code agency_responsible}, {@code account_id}) are answered as {@code null}. The XML answers
 * carry the same fields as elements, under the specification's root and item elements.
 */
final class Open311Schemas {

    private Open311Schemas() {
    }

    @Schema(name = "Open311Discovery", description = "GET discovery: the endpoint and its specification")
    record Discovery(@Schema(required = true, maxLength = 35) String changeset,
            @Schema(required = true, maxLength = 200) String contact,
            @Schema(required = true, maxLength = 200) String key_service,
            @Schema(required = true, maxItems = 10) List<Endpoint> endpoints) {
    }

    @Schema(name = "Open311Endpoint")
    record Endpoint(@Schema(required = true, maxLength = 200) String specification,
            @Schema(required = true, maxLength = 300) String url,
            @Schema(required = true, maxLength = 35) String changeset,
            @Schema(required = true, enumeration = {
                    "production", "test"}) String type,
            @Schema(required = true, maxItems = 2) List<String> formats){
    }

    @Schema(name = "Open311Service", description = "GET services: one opinion topic as a service code")
    record Service(@Schema(required = true, maxLength = 40) String service_code,
            @Schema(required = true, maxLength = 200) String service_name,
            @Schema(nullable = true, maxLength = 1000) String description,
            @Schema(required = true) boolean metadata,
            @Schema(required = true, enumeration = {
                    "realtime", "batch", "blackbox"}) String type,
            @Schema(nullable = true, maxLength = 1000) String keywords,
            @Schema(nullable = true, maxLength = 200) String group){
    }

    @Schema(name = "Open311ServiceDefinition", description = "GET service definition: coso asks no attributes")
    record ServiceDefinition(@Schema(required = true, maxLength = 40) String service_code,
            @Schema(required = true, maxItems = 0) List<Object> attributes) {
    }

    @Schema(name = "Open311Receipt", description = "POST requests: the tracking code as service_request_id")
    record Receipt(@Schema(required = true, maxLength = 40) String service_request_id,
            @Schema(nullable = true, maxLength = 2000) String service_notice,
            @Schema(nullable = true, maxLength = 40) String account_id) {
    }

    @Schema(name = "Open311Request", description = "GET requests: a request's state, without its text, person or "
            + "place")
    record Request(@Schema(required = true, maxLength = 40) String service_request_id,
            @Schema(required = true, enumeration = {
                    "open", "closed"}) String status,
            @Schema(nullable = true, maxLength = 2000) String status_notes,
            @Schema(nullable = true, maxLength = 200) String service_name,
            @Schema(nullable = true, maxLength = 40) String service_code,
            @Schema(nullable = true, maxLength = 8000) String description,
            @Schema(nullable = true, maxLength = 200) String agency_responsible,
            @Schema(nullable = true, maxLength = 2000) String service_notice,
            @Schema(nullable = true) OffsetDateTime requested_datetime,
            @Schema(nullable = true) OffsetDateTime updated_datetime,
            @Schema(nullable = true) OffsetDateTime expected_datetime){
    }

    /** POST requests' form; every argument at most {@link Open311Service#MAX_TEXT} characters, some less. */
    @Schema(name = "Open311Submission", description = "POST requests' form: the specification's arguments; an "
            + "attribute[code] argument is accepted and not kept", additionalProperties = String.class)
    record Submission(@Schema(required = true, maxLength = 36) String jurisdiction_id,
            @Schema(required = true, maxLength = 40) String service_code,
            @Schema(maxLength = Open311Service.MAX_TEXT) String lat,
            @Schema(name = "long", maxLength = Open311Service.MAX_TEXT) String long_,
            @Schema(maxLength = Open311Service.MAX_TEXT) String address_string,
            @Schema(maxLength = Open311Service.MAX_TEXT) String address_id,
            @Schema(maxLength = 120) String email,
            @Schema(maxLength = Open311Service.MAX_TEXT) String device_id,
            @Schema(maxLength = Open311Service.MAX_TEXT) String account_id,
            @Schema(maxLength = 100) String first_name,
            @Schema(maxLength = 99) String last_name,
            @Schema(maxLength = 40) String phone,
            @Schema(required = true, maxLength = Open311Service.MAX_TEXT) String description,
            @Schema(maxLength = Open311Service.MAX_TEXT) String media_url,
            @Schema(maxLength = Open311Service.MAX_TEXT) String api_key) {
    }
}
