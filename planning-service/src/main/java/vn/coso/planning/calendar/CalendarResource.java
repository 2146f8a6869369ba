package vn.coso.planning.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.platform.problem.ProblemException;

@Path("/api/planning/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Vietnamese working days: public holidays, lunar Tết, compensatory days")
public class CalendarResource {

    private final CalendarService calendar;

    public CalendarResource(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({"admin", "organizer", "leader", "secretary", "dialogue-officer", "handler", "supervisor",
            "integration", "inspector"})
    @Operation(summary = "The days off of a year (holidays, compensatory and decided days) and the weekend days worked")
    public CalendarService.Year year(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return calendar.year(year);
    }

    @GET
    @Path("/working-days")
    @RolesAllowed({"admin", "organizer", "leader", "secretary", "dialogue-officer", "handler", "supervisor",
            "integration", "inspector"})
    @Operation(summary = "N working days after a date (a deadline \"within N working days of D\" ends that day)")
    public CalendarService.After after(@QueryParam("from") @NotNull LocalDate from,
            @QueryParam("days") @NotNull @Min(-1000) @Max(1000) Integer days) {
        return calendar.after(from, days);
    }

    @GET
    @Path("/overrides")
    @RolesAllowed({"admin", "organizer", "leader", "secretary", "dialogue-officer", "handler", "supervisor",
            "integration", "inspector"})
    @Operation(summary = "Every decision recorded (extra days off, weekend days worked), in date order", description = "membership-service and dialogue-service keep a copy of these and count deadlines on it.")
    public List<CalendarService.Override> overrides() {
        return calendar.overrides();
    }

    @PUT
    @Path("/overrides/{day}")
    @RolesAllowed("admin")
    @Operation(summary = "Record the government's decision for a day: an extra day off, or a weekend day worked")
    public RestResponse<Void> put(@PathParam("day") LocalDate day, @NotNull @Valid CalendarService.Override o) {
        if (!day.equals(o.day())) {
            throw ProblemException.badRequest("day", "calendar.day-mismatch");
        }
        calendar.put(o);
        return RestResponse.noContent();
    }

    @DELETE
    @Path("/overrides/{day}")
    @RolesAllowed("admin")
    @Operation(summary = "Remove the decision for a day")
    public RestResponse<Void> delete(@PathParam("day") LocalDate day) {
        if (!calendar.delete(day)) {
            throw ProblemException.notFound();
        }
        return RestResponse.noContent();
    }
}
