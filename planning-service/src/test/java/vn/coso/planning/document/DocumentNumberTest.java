package vn.coso.planning.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void shouldReadNumbersAsTheSeedsPrintThem() {
        assertEquals(new DocumentNumber(100, DocumentType.PLAN, "HU"), DocumentNumber.parse("Số 100-KH/HU").get());
        assertEquals(new DocumentNumber(7, DocumentType.RESOLUTION, "HU"), DocumentNumber.parse("07-NQ/HU").get());
        assertEquals(new DocumentNumber(26, DocumentType.DIRECTIVE, "HU"), DocumentNumber.parse("26-CT/HU").get());
        assertEquals(new DocumentNumber(12, DocumentType.DECISION, "ĐU"), DocumentNumber.parse(" 12-QĐ/ĐU ").get());
        assertEquals(new DocumentNumber(3, DocumentType.REPORT, "BTC-TU"), DocumentNumber.parse("03-BC/BTC-TU").get());
    }

    @Test
    void shouldPrintNumbersBelowTenWithTwoDigits() {
        assertEquals("07-NQ/HU", new DocumentNumber(7, DocumentType.RESOLUTION, "HU").toString());
        assertEquals("100-KH/HU", new DocumentNumber(100, DocumentType.PLAN, "HU").toString());
    }

    @Test
    void shouldRejectWhatIsNotANumber() {
        for (String bad : new String[]{"100-XX/HU", "-KH/HU", "100-KH/", "100 KH/HU", "100-kh/hu", "0-KH/HU",
                "1234567-KH/HU", "100-KH/HU/extra", "", null}) {
            assertTrue(DocumentNumber.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }
}
