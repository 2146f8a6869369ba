package vn.coso.planning.document;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number as printed: {@code 100-KH/HU} or {@code 07-NQ/HU} (sequence, type, issuer code), optionally
 * preceded by "Số".
 * Numbers run per issuer and type within the issuer's committee term, not per year (DOMAIN.md §3).
 */
public record DocumentNumber(int sequence, DocumentType type, String issuerCode) {

    private static final Pattern FORMAT = Pattern
            .compile(
                    "^(?:[Ss]ố\\s*)?0*([1-9][0-9]{0,5})-([A-ZĐ]{2}|CTr)/([A-ZĐ][A-ZĐ0-9]{0,19}(?:-[A-ZĐ0-9]{1,20})?)$");

    public static Optional<DocumentNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // "Đ" may arrive decomposed or as a look-alike; compare in NFC
        Matcher m = FORMAT.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFC));
        if (!m.matches()) {
            return Optional.empty();
        }
        return DocumentType.byAbbreviation(m.group(2))
                .map(type -> new DocumentNumber(Integer.parseInt(m.group(1)), type, m.group(3)));
    }

    /** Numbers below 10 are written with two digits, as party documents print them ("07-NQ/HU"). */
    @Override
    public String toString() {
        return String.format("%02d-%s/%s", sequence, type.abbreviation(), issuerCode);
    }
}
