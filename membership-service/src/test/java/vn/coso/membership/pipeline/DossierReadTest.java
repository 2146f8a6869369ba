package vn.coso.membership.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.membership.pipeline.Admissions.admit;
import static vn.coso.membership.pipeline.Admissions.candidate;
import static vn.coso.membership.pipeline.Admissions.create;
import static vn.coso.membership.pipeline.Admissions.post;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.DISTRICT_DON_DUONG;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import vn.coso.membership.candidate.repository.CandidateRepository;
import vn.coso.membership.candidate.service.CandidateView;
import vn.coso.membership.pipeline.repository.PipelineRepository;
import vn.coso.membership.pipeline.service.DossierView;
import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

/**
 * A dossier read in one statement (the GETs) is the dossier the steps load entity by entity: the same candidate, every
 * step, in the same order, field for field.
 */
@QuarkusTest
class DossierReadTest extends WithDemoUnits {

    static final String SECRETARY = Tokens.of("secretary-read", CELL_QUANG_LAP_1, "secretary");
    static final String ORGANIZER = Tokens.of("organizer-read", PROVINCE, "organizer");

    @Inject
    PipelineRepository steps;
    @Inject
    CandidateRepository candidates;
    @Inject
    ObjectMapper json;

    @Test
    void shouldReadInOneStatementWhatTheStepsLoadOneByOne() throws Exception {
        LocalDate start = LocalDate.of(2024, 3, 4);
        String id = create(SECRETARY, candidate(CELL_QUANG_LAP_1, "Đọc Một Lần", "1997-08-19", Map.of()));
        admit(SECRETARY, ORGANIZER, id, start, DISTRICT_DON_DUONG, "51-QĐ/HU");
        post(SECRETARY, id, "ceremony", Map.of("heldOn", start.plusDays(80).toString(), "place", "Hội trường"))
                .statusCode(201);
        UUID candidate = UUID.fromString(id);

        String loaded = QuarkusTransaction.requiringNew().call(
                () -> json.writeValueAsString(DossierView.of(steps.load(candidates.findById(candidate)))));
        String loadedCandidate = QuarkusTransaction.requiringNew().call(
                () -> json.writeValueAsString(CandidateView.of(candidates.findById(candidate))));
        Optional<Dossier> read = QuarkusTransaction.requiringNew().call(() -> steps.read(candidate));

        assertEquals(loaded, json.writeValueAsString(DossierView.of(read.orElseThrow())));
        assertEquals(loadedCandidate, json.writeValueAsString(CandidateView.of(read.orElseThrow().candidate())));
        // what the steps recorded (Admissions.admit): a certificate, three documents, three verifications, two
        // introductions, an opinion, the cell's and the committee's votes, the decision; then the ceremony
        Dossier d = read.orElseThrow();
        assertEquals("Đọc Một Lần", d.candidate().fullName);
        assertEquals(3, d.documents().size());
        assertEquals(3, d.verifications().size());
        assertEquals(2, d.votes().size());
        assertEquals(Vote.Body.CELL, d.votes().get(0).body);
        assertEquals("51-QĐ/HU", d.decisions().get(0).number);
        assertEquals(start.plusDays(80), d.ceremony().orElseThrow().heldOn);
        assertEquals(Optional.empty(), QuarkusTransaction.requiringNew().call(() -> steps.read(UUID.randomUUID())));
    }
}
