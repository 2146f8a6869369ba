package vn.coso.planning.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.planning.inspection.Inspection.DisciplineForm;
import vn.coso.planning.inspection.Inspection.Kind;
import vn.coso.planning.inspection.Inspection.Mode;
import vn.coso.planning.inspection.Inspection.Status;
import vn.coso.planning.inspection.InspectionProgramme.Body;
import vn.coso.platform.web.Versioned;

/** The types inspection programmes and inspections are recorded and answered with. */
public final class InspectionModel {

    private InspectionModel() {
    }

    @Schema(name = "InspectionProgrammeRequest")
    public record ProgrammeRequest(
            @NotNull UUID unitId,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull Body body,
            @Schema(description = "The programme's own numbered document (type PROGRAMME, e.g. 05-CTr/ĐU), issued by "
                    + "the unit in the year or the one before") @NotNull UUID documentId) {
    }

    @Schema(name = "InspectionSubjectRequest")
    public record SubjectRequest(
            @Schema(description = "A lower party organisation; for a member, the cell the member belongs to") @NotNull UUID unitId,
            @Schema(description = "A member's full name when the subject is a member; absent for an organisation") @Size(max = 200) String memberName) {
    }

    @Schema(name = "InspectionItemRequest")
    public record ItemRequest(
            @NotNull Kind kind,
            @NotNull Mode mode,
            @Schema(description = "False for one added during the year (đột xuất); true by default") Boolean planned,
            @NotNull @Min(1) @Max(4) Integer quarter,
            @NotEmpty @Size(max = 12) List<@NotNull @Size(max = 40) @Pattern(regexp = "[A-Z_]+") String> contents,
            @NotBlank @Size(max = 300) String lead,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid SubjectRequest> subjects) {
    }

    @Schema(name = "InspectionStart")
    public record StartRequest(
            @Schema(description = "The decision setting it up (type DECISION, issued by the programme's unit); a cell "
                    + "may have none") UUID decisionDocumentId,
            @NotBlank @Size(max = 1000) String team,
            @NotNull @PastOrPresent LocalDate startedOn) {
    }

    @Schema(name = "InspectionRemedyRequest")
    public record RemedyRequest(
            @NotBlank @Size(max = 2000) String text,
            @Schema(description = "Working days after the notice, as the notice gives them; or dueOn") @Min(1) @Max(365) Integer workingDays,
            @Schema(description = "The date the notice gives; or workingDays") LocalDate dueOn) {
    }

    @Schema(name = "InspectionConclusion")
    public record ConclusionRequest(
            @Schema(description = "The notice of conclusion (Thông báo kết luận; type NOTICE, issued by the programme's "
                    + "unit); its date is the conclusion's") @NotNull UUID noticeDocumentId,
            @NotBlank @Size(max = 8000) String findings,
            @NotBlank @Size(max = 8000) String conclusion,
            @Schema(description = "Whether a violation was found that may warrant discipline") @NotNull Boolean violation,
            @Size(max = 50) List<@NotNull @Valid RemedyRequest> remedies) {
    }

    @Schema(name = "InspectionFollowUp")
    public record FollowUpRequest(
            @NotNull @PastOrPresent LocalDate doneOn,
            @Schema(description = "What shows it was done: a report, minutes, a document number") @NotBlank @Size(max = 4000) String evidence) {
    }

    @Schema(name = "InspectionDiscipline")
    public record DisciplineRequest(
            @NotNull DisciplineForm form,
            @Schema(description = "The body that decided, as named in its decision") @NotBlank @Size(max = 300) String decidingBody,
            @NotNull @PastOrPresent LocalDate decidedOn,
            @Schema(description = "The decision's number, e.g. 12-QĐ/UBKTĐU") @Size(max = 100) String reference) {
    }

    /** A planned or held item as a programme lists it: organisations by unit, members only counted. */
    @Schema(name = "InspectionSummary")
    public record Summary(UUID id, Kind kind, Mode mode, boolean planned, int quarter, List<String> contents,
            String lead, Status status, List<UUID> organisations, long members, LocalDate concludedOn,
            long remediesOpen, long version) implements Versioned {
    }

    @Schema(name = "InspectionProgramme")
    public record ProgrammeView(UUID id, UUID unitId, int year, Body body, UUID documentId, String documentNumber,
            List<Summary> items, long version) implements Versioned {
    }

    @Schema(name = "InspectionSubject")
    public record SubjectView(UUID unitId, String memberName) {
    }

    @Schema(name = "InspectionRemedy")
    public record RemedyView(UUID id, int position, String text, Integer workingDays, LocalDate dueOn,
            LocalDate doneOn, String evidence, boolean overdue, long version) implements Versioned {
    }

    @Schema(name = "InspectionDisciplineView")
    public record DisciplineView(DisciplineForm form, String decidingBody, LocalDate decidedOn, String reference) {
    }

    /** The whole record, names of members included: read only by need-to-know roles, and every read audited. */
    @Schema(name = "Inspection")
    public record View(UUID id, UUID programmeId, UUID unitId, int year, Kind kind, Mode mode, boolean planned,
            int quarter, List<String> contents, String lead, Status status, List<SubjectView> subjects,
            UUID decisionDocumentId, String team, LocalDate startedOn, String findings, String conclusion,
            UUID noticeDocumentId, LocalDate concludedOn, Boolean violation, List<RemedyView> remedies,
            DisciplineView discipline, long version) implements Versioned {
    }

    @Schema(name = "InspectionQuarter")
    public record Quarter(int quarter, long planned, long held) {
    }

    /** One unit's programmes of the year (or the subtree's total): planned against held, and the follow-up. */
    @Schema(name = "InspectionProgressRow")
    public record ProgressRow(UUID unitId, long programmes, long inspectionsPlanned, long inspectionsHeld,
            long supervisionsPlanned, long supervisionsHeld,
            @Schema(description = "Held items that were not in the programme (đột xuất)") long unplannedHeld,
            @Schema(description = "Planned items held by 31 December, in % of the planned; null without a plan") Integer planPercent,
            List<Quarter> quarters, long remediesOpen, long remediesOverdue) {
    }

    @Schema(name = "InspectionProgress")
    public record ProgressView(int year, UUID unitId, List<ProgressRow> units, ProgressRow total) {
    }

    @Schema(name = "OverdueRemedy")
    public record OverdueRemedy(UUID inspectionId, UUID remedyId, UUID unitId, Kind kind, LocalDate concludedOn,
            LocalDate dueOn) {
    }

    @Schema(name = "InspectionContent")
    public record ContentView(String code, String name, LocalDate validFrom, LocalDate validTo,
            String sourceDocument, String sourceArticle, boolean sourceVerified) {
    }

    @Schema(name = "InspectionRule")
    public record RuleView(String code, Integer value, String text, LocalDate validFrom, LocalDate validTo,
            String sourceDocument, String sourceArticle, boolean sourceVerified) {
    }

    @Schema(name = "InspectionCodes")
    public record Codes(LocalDate on, List<ContentView> contents, List<RuleView> rules) {
    }
}
