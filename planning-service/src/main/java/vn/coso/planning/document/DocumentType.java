package vn.coso.planning.document;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of party documents, with the abbreviation their numbers carry ("KH" in 100-KH/HU). */
public enum DocumentType {
    /** Nghị quyết. */
    RESOLUTION("NQ"),
    /** Kế hoạch. */
    PLAN("KH"),
    /** Chỉ thị. */
    DIRECTIVE("CT"),
    /** Quyết định. */
    DECISION("QĐ"),
    /** Hướng dẫn. */
    GUIDANCE("HD"),
    /** Báo cáo. */
    REPORT("BC"),
    /** Kết luận. */
    CONCLUSION("KL"),
    /** Thông báo. */
    NOTICE("TB"),
    /** Công văn. */
    LETTER("CV"),
    /** Chương trình (e.g. a yearly inspection and supervision programme, 05-CTr/ĐU). */
    PROGRAMME("CTr");

    private final String abbreviation;

    DocumentType(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String abbreviation() {
        return abbreviation;
    }

    public static Optional<DocumentType> byAbbreviation(String abbreviation) {
        return Arrays.stream(values()).filter(t -> t.abbreviation.equals(abbreviation)).findFirst();
    }
}
