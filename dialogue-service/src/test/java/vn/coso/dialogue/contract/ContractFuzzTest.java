package vn.coso.dialogue.contract;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.coso.platform.testing.ContractDocument;
import vn.coso.platform.testing.ContractFuzzer;
import vn.coso.platform.testing.WithDemoUnits;

/**
 * Every operation of this service's OpenAPI document, sent bad input (see {@link ContractFuzzer}): no 5xx, every
 * error problem+json, nothing written.
 */
@QuarkusTest
class ContractFuzzTest extends WithDemoUnits {

    @Test
    void shouldAnswerBadInputOnEveryOperationWithAProblemAndWriteNothing() throws Exception {
        ContractFuzzer.check(dataSource);
    }

    @Test
    void shouldBoundEveryValueAndDocumentEveryProblemAsTheContractLintAsks() throws Exception {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), ContractDocument.violations());
    }
}
