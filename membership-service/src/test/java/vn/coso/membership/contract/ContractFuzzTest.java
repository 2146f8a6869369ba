package vn.coso.membership.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.coso.platform.testing.ContractFuzzer;
import vn.coso.platform.testing.DemoUnits;
import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

/**
 * Every operation of this service's OpenAPI document, sent bad input (see {@link ContractFuzzer}): no 5xx, every
 * error problem+json, nothing written.
 */
@QuarkusTest
class ContractFuzzTest extends WithDemoUnits {

    static final String EVERY_ROLE = Tokens.of("fuzzer", DemoUnits.PROVINCE, "admin", "organizer", "secretary",
            "leader", "dialogue-officer", "handler", "supervisor", "integration", "citizen", "inspector");

    @Test
    void shouldAnswerBadInputOnEveryOperationWithAProblemAndWriteNothing() throws Exception {
        ContractFuzzer.Report report = new ContractFuzzer(EVERY_ROLE, dataSource,
                Set.of("unit_copy", "unit_copy_cursor", "calendar_override_copy",
                        "idempotency_record"))
                .run();
        System.out.printf("contract fuzz: %d operations, %d requests, by status %s%n", report.operations(),
                report.requests(), report.byStatus());
        assertTrue(report.operations() > 10, "the document lists the operations");
        assertEquals(List.of(), report.failures());
    }
}
