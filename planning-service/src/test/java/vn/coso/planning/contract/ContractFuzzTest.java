package vn.coso.planning.contract;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import vn.coso.platform.testing.ContractDocument;
import vn.coso.platform.testing.ContractFuzzer;

/**
 * Every operation of this service's OpenAPI document, sent bad input (see {@link ContractFuzzer}): no 5xx, every
 * error problem+json, nothing written.
 */
@QuarkusTest
class ContractFuzzTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldAnswerBadInputOnEveryOperationWithAProblemAndWriteNothing() throws Exception {
        ContractFuzzer.check(dataSource);
    }

    @Test
    void shouldBoundEveryValueAndDocumentEveryProblemAsTheContractLintAsks() throws Exception {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), ContractDocument.violations());
    }
}
