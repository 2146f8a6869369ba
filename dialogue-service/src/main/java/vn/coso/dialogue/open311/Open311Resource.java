package vn.coso.dialogue.open311;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.coso.dialogue.open311.Open311Document.Items;
import vn.coso.dialogue.open311.Open311Service.Request;
import vn.coso.dialogue.open311.Open311Service.Service;
import vn.coso.dialogue.open311.Open311Service.Submission;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) for civic apps: the specification's paths, argument
 * names, field names and error lists, in XML or JSON by the path's suffix. Without an account, rate-limited by the
 * gateway like the other public routes.
 */
@Path("/api/dialogue/open311/v2")
@PermitAll
@Tag(name = "Open311", description = "Open311 GeoReport v2 over citizens' opinions (the specification's own formats "
        + "and errors, not problem+json)")
public class Open311Resource {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** When this endpoint last changed, as discovery reports it. */
    static final String CHANGESET = "2026-12-02T00:00:00+07:00";

    private final Open311Service open311;
    private final ObjectMapper json;

    public Open311Resource(Open311Service open311, ObjectMapper json) {
        this.open311 = open311;
        this.json = json;
    }

    @GET
    @Path("/discovery.{format}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
    @Operation(summary = "Service discovery: this endpoint, its specification and formats")
    @APIResponse(responseCode = "200", description = "The endpoint", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Open311Schemas.Discovery.class)),
            @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(implementation = Open311Schemas.Discovery.class))})
    public Response discovery(@PathParam("format") String format, @Context UriInfo uri) {
        return answer(format, () -> Open311Document.single(format, "discovery", Open311Document.object(
                "changeset", CHANGESET,
                "contact", "Văn phòng Đảng ủy xã nơi gửi ý kiến",
                "key_service", "Không cần api_key: gửi ý kiến không cần tài khoản",
                "endpoints", new Items("endpoint", List.of(Open311Document.object(
                        "specification", SPECIFICATION,
                        "url", uri.getBaseUriBuilder().path("api/dialogue/open311/v2").build().toString(),
                        "changeset", CHANGESET,
                        "type", "production",
                        "formats", new Items("format", List.of("text/xml", "application/json")))))),
                json));
    }

    @GET
    @Path("/services.{format}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
    @Operation(summary = "GET Service List: the opinion topics as service codes, grouped by legal type")
    @APIResponse(responseCode = "200", description = "The services", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Schemas.Service.class, maxItems = 1000)),
            @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Schemas.Service.class, maxItems = 1000))})
    public Response services(@PathParam("format") String format,
            @Parameter(description = "A commune's id; optional, the list is the same everywhere") @QueryParam("jurisdiction_id") String jurisdiction) {
        return answer(format, () -> Open311Document.list(200, format, "services", "service",
                open311.services(jurisdiction).stream().map(Open311Resource::service).toList(), json));
    }

    @GET
    @Path("/services/{code}.{format}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
    @Operation(summary = "GET Service Definition: no attributes (metadata is false for every service)")
    @APIResponse(responseCode = "200", description = "The service's definition", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Open311Schemas.ServiceDefinition.class)),
            @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(implementation = Open311Schemas.ServiceDefinition.class))})
    public Response service(@PathParam("code") String code, @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction) {
        return answer(format, () -> Open311Document.single(format, "service_definition", Open311Document.object(
                "service_code", open311.service(code, jurisdiction).code(),
                "attributes", new Items("attribute", List.of())), json));
    }

    @POST
    @Path("/requests.{format}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
    @Operation(summary = "POST Service Request: an opinion, answered with its tracking code as service_request_id", description = "jurisdiction_id (a commune's id), service_code, a location (lat and long, address_string "
            + "or address_id) and description are required; first_name, last_name, email and phone are kept "
            + "as the opinion's name and contact under the contact retention rules; api_key, device_id, "
            + "account_id, media_url and attributes are accepted and not kept; coordinates are not kept.")
    @APIResponse(responseCode = "201", description = "Received: the tracking code", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Schemas.Receipt.class, maxItems = 1)),
            @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Schemas.Receipt.class, maxItems = 1))})
    public Response submit(@PathParam("format") String format,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(implementation = Open311Schemas.Submission.class))) MultivaluedMap<String, String> form) {
        return answer(format, () -> {
            Open311Service.bounded(form);
            Open311Service.Receipt receipt = open311.submit(new Submission(first(form, "jurisdiction_id"),
                    first(form, "service_code"), first(form, "lat"), first(form, "long"),
                    first(form, "address_string"), first(form, "address_id"), first(form, "email"),
                    first(form, "phone"), first(form, "first_name"), first(form, "last_name"),
                    first(form, "description")));
            return Open311Document.list(201, format, "service_requests", "request", List.of(Open311Document.object(
                    "service_request_id", receipt.serviceRequestId(),
                    "service_notice", receipt.serviceNotice(),
                    "account_id", null)), json);
        });
    }

    @GET
    @Path("/requests.{format}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
    @Operation(summary = "GET Service Requests: the state of the requests whose ids are given", description = "As "
            + "the specification says, service_request_id overrides the other arguments; it is required here, as "
            + "each id gives access to its reply.")
    @APIResponse(responseCode = "200", description = "The requests found, in the order asked", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Schemas.Request.class, maxItems = Open311Service.MAX_IDS)),
            @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Schemas.Request.class, maxItems = Open311Service.MAX_IDS))})
    public Response requests(@PathParam("format") String format,
            @Parameter(description = "Tracking codes, comma-separated, at most 100") @QueryParam("service_request_id") String ids,
            @Parameter(description = "Overridden by service_request_id, as the specification says: changes nothing") @QueryParam("service_code") String serviceCode,
            @Parameter(description = "Overridden by service_request_id: changes nothing") @QueryParam("status") String status,
            @Parameter(description = "Overridden by service_request_id: changes nothing") @QueryParam("start_date") String startDate,
            @Parameter(description = "Overridden by service_request_id: changes nothing") @QueryParam("end_date") String endDate,
            @Parameter(description = "A commune's id; changes nothing") @QueryParam("jurisdiction_id") String jurisdiction) {
        return answer(format, () -> Open311Document.list(200, format, "service_requests", "request",
                open311.requests(ids).stream().map(Open311Resource::request).toList(), json));
    }

    @GET
    @Path("/requests/{id}.{format}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
    @Operation(summary = "GET Service Request: the state of one request")
    @APIResponse(responseCode = "200", description = "The request, as a list of one", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Schemas.Request.class, maxItems = 1)),
            @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Schemas.Request.class, maxItems = 1))})
    public Response request(@PathParam("id") String id, @PathParam("format") String format) {
        return answer(format, () -> Open311Document.list(200, format, "service_requests", "request",
                List.of(request(open311.request(id))), json));
    }

    private Response answer(String format, Supplier<Response> body) {
        if (!"xml".equals(format) && !"json".equals(format)) {
            return Open311Document.error("json", Open311Error.notFound("format " + format), json);
        }
        try {
            return body.get();
        } catch (Open311Error e) {
            return Open311Document.error(format, e, json);
        }
    }

    private static String first(MultivaluedMap<String, String> form, String name) {
        return form == null ? null : form.getFirst(name);
    }

    private static Map<String, Object> service(Service s) {
        return Open311Document.object("service_code", s.code(), "service_name", s.name(), "description",
                s.description(), "metadata", false, "type", "realtime", "keywords", s.keywords(), "group", s.group());
    }

    private static Map<String, Object> request(Request r) {
        return Open311Document.object("service_request_id", r.serviceRequestId(), "status", r.status(),
                "status_notes", r.statusNotes(), "service_name", r.serviceName(), "service_code", r.serviceCode(),
                "description", null, "agency_responsible", null, "service_notice", r.serviceNotice(),
                "requested_datetime", r.requested(), "updated_datetime", r.updated(), "expected_datetime",
                r.expected());
    }
}
