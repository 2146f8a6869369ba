package vn.coso.dialogue.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.dialogue.Dialogues.opinion;
import static vn.coso.dialogue.Dialogues.record;
import static vn.coso.dialogue.Dialogues.session;
import static vn.coso.dialogue.Dialogues.step;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.OFFICE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_3;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import vn.coso.dialogue.opinion.repository.OpinionRepository;
import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

/**
 * An opinion read in one statement (the GET) is the opinion and history the entity manager loads: field for field,
 * every event in order.
 */
@QuarkusTest
class OpinionReadTest extends WithDemoUnits {

    @Inject
    OpinionRepository opinions;
    @Inject
    ObjectMapper json;

    @Test
    void shouldReadInOneStatementWhatTheEntityManagerLoads() throws Exception {
        LocalDate today = clock.today();
        String officer = Tokens.of("officer-read", COMMUNE_KA_DO, "dialogue-officer");
        String session = session(officer, COMMUNE_KA_DO, VILLAGE_QUANG_LAP_3, today.minusDays(2));
        String id = record(officer, opinion(session, "LIGHTING", "PETITION", today.minusDays(1))).statusCode(201)
                .extract().path("id");
        step(officer, id, "assignment", 0, Map.of("handlerUnitId", OFFICE_KA_DO.toString(), "assignedOn",
                today.toString())).statusCode(200);
        UUID opinion = UUID.fromString(id);

        JsonNode loaded = QuarkusTransaction.requiringNew().call(() -> json.valueToTree(
                Map.of("opinion", opinions.findById(opinion), "history", opinions.history(opinion))));
        Optional<OpinionRepository.WithHistory> read = QuarkusTransaction.requiringNew()
                .call(() -> opinions.withHistory(opinion));

        assertEquals(loaded, json.valueToTree(Map.of("opinion", read.orElseThrow().opinion(), "history",
                read.orElseThrow().history())));
        // what was done to it: recorded, then assigned to the commune's office
        assertEquals(2, read.orElseThrow().history().size());
        assertEquals("RECORDED", read.orElseThrow().history().get(0).kind);
        assertEquals("ASSIGNED", read.orElseThrow().history().get(1).kind);
        assertEquals(OFFICE_KA_DO, read.orElseThrow().opinion().handlerUnitId);
        assertEquals(Optional.empty(), QuarkusTransaction.requiringNew()
                .call(() -> opinions.withHistory(UUID.randomUUID())));
    }
}
