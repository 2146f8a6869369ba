package vn.coso.membership.candidate.rest;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.coso.membership.candidate.Category;
import vn.coso.membership.candidate.SourceOrganisation;
import vn.coso.membership.candidate.Stage;
import vn.coso.membership.candidate.service.CandidateService;

/** The filters of the candidate list; all optional, combined with "and". */
public class CandidateFilter {

    @QueryParam("unit")
    @Parameter(description = "A unit of the caller's subtree: its candidates and those of every unit under it")
    public UUID unit;

    @QueryParam("stage")
    public Stage stage;

    @QueryParam("year")
    @Parameter(description = "Year the cell listed the candidate")
    @Min(1990)
    @Max(2100)
    public Integer year;

    @QueryParam("category")
    @Parameter(description = "A reporting category, as of today")
    public Category category;

    @QueryParam("source")
    public SourceOrganisation source;

    @QueryParam("q")
    @Parameter(description = "Part of the name; case and Vietnamese diacritics are ignored (nguyen van a finds Nguyễn Văn A)")
    @Size(min = 1, max = 100)
    public String q;

    /** The service's own question, so that the service never sees a web type. */
    public CandidateService.Search toSearch() {
        return new CandidateService.Search(unit, stage, year, category, source, q);
    }
}
