package vn.coso.platform.web;

import java.time.LocalDate;

/**
 * What the services accept as text and as a date, in bodies and parameters alike (one place for the input hygiene):
 * valid Unicode scalar values without NUL or other control characters but tab and line breaks (PostgreSQL refuses NUL,
 * and nobody types the others), and dates between 1900 and 2100.
 */
public final class TextRules {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;
    /** The longest text a JSON body may hold in one field (an opinion's text, varchar(8000), is the longest kept). */
    public static final int MAX_TEXT = 8_000;
    /** The longest value of one query or path parameter (Open311 asks for up to 100 tracking codes in one). */
    public static final int MAX_PARAMETER = 2_000;
    /** How often one query parameter may be repeated ({@code ?state=A&state=B}). */
    public static final int MAX_PARAMETER_VALUES = 100;

    private TextRules() {
    }

    /** Whether {@code s} is text a person could have typed. */
    public static boolean acceptable(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F || c >= 0x80 && c < 0xA0) {
                return false;
            }
        }
        return true;
    }

    /** Optional free text as it is stored: stripped, and nothing at all when blank. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether a date lies in the years the services deal with. */
    public static boolean plausible(LocalDate d) {
        return d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR;
    }
}
