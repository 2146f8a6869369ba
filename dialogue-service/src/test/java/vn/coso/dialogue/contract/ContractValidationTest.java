package vn.coso.dialogue.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import vn.coso.platform.testing.ContractValidation;
import vn.coso.platform.testing.WithDemoUnits;

/**
 * The check every test runs ({@link ContractValidation}) finds what it is there for: one real answer, held against
 * the service's own document and against copies of it that no longer document a field or a status.
 */
@QuarkusTest
class ContractValidationTest extends WithDemoUnits {

    private static final String SERVICES = "/api/dialogue/open311/v2/services.{format}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldFindAnUndocumentedFieldOrStatusAndNothingInTheRealDocument() throws Exception {
        String served = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Response answer = given().when().get("/api/dialogue/open311/v2/services.json");
        SimpleRequest request = SimpleRequest.Builder.get("/api/dialogue/open311/v2/services.json").build();

        assertEquals(List.of(),
                ContractValidation.violations(ContractValidation.validatorFor(served), request, answer));

        ObjectNode withoutKeywords = (ObjectNode) JSON.readTree(served);
        ((ObjectNode) withoutKeywords.at("/components/schemas/Open311Service/properties")).remove("keywords");
        List<String> field = ContractValidation.violations(validator(withoutKeywords), request, answer);
        assertTrue(field.stream().anyMatch(v -> v.contains("additionalProperties") && v.contains("keywords")),
                field.toString());

        ObjectNode without200 = (ObjectNode) JSON.readTree(served);
        ((ObjectNode) without200.get("paths").get(SERVICES).get("get").get("responses")).remove("200");
        List<String> status = ContractValidation.violations(validator(without200), request, answer);
        assertTrue(status.stream().anyMatch(v -> v.contains("validation.response.status.unknown")), status.toString());
    }

    private static OpenApiInteractionValidator validator(ObjectNode document) {
        return ContractValidation.validatorFor(document.toString());
    }
}
