package vn.coso.membership.rules;

/** The rules of the admission pipeline, by stable code; their thresholds and legal basis live in {@link RuleSet}. */
public enum Rule {
    /** Age 18 to 60 counted by month on the cell-vote date; over 60 only with the province's approval. */
    AGE("MEM-AGE"),
    /** Lower secondary school; primary in mountain and ethnic-minority areas and areas of particular hardship. */
    EDUCATION("MEM-EDUCATION"),
    /** The awareness-class certificate is valid for 60 months. */
    CERTIFICATE("MEM-CERTIFICATE"),
    /** Two official members who have known the candidate for 12 months, or a union committee and one member. */
    INTRODUCERS("MEM-INTRODUCERS"),
    /** Every required person verified, no unresolved issue. */
    VERIFICATION("MEM-VERIFICATION"),
    /** At least two thirds of those entitled to vote (not of those present). */
    VOTE("MEM-VOTE"),
    /** The decision is taken by the competent committee of the time. */
    AUTHORITY("MEM-AUTHORITY"),
    /** Decision within 60 working days of the cell resolution, extendable by at most 30. */
    DECISION_DEADLINE("MEM-DECISION-DEADLINE"),
    /** Ceremony within 30 working days of the decision. */
    CEREMONY_DEADLINE("MEM-CEREMONY-DEADLINE"),
    /** Confirmation only after 12 months of probation. */
    PROBATION("MEM-PROBATION"),
    /** The cell considers the confirmation within 30 working days of the end of probation, or says why not. */
    CONFIRMATION_DEADLINE("MEM-CONFIRMATION-DEADLINE"),
    /**
     * Confirming or striking off is voted like the admission (two thirds of those entitled); after three votes without
     * two thirds the higher committee decides.
     */
    CONFIRMATION_VOTE("MEM-CONFIRMATION-VOTE"),
    /** A confirmed member is official from the end of the 12 months, however late the cell or committee. */
    OFFICIAL_FROM("MEM-OFFICIAL-FROM"),
    /** Re-admission: time since leaving, reasons that bar it, the province's consent, once only. */
    READMISSION("MEM-READMISSION"),
    /** After the cell's resolution the dossier stays as voted; only contact details may be corrected. */
    DOSSIER_LOCK("MEM-DOSSIER-LOCK"),
    /** The steps come in the order of the regulations. */
    ORDER("MEM-ORDER");

    private final String code;

    Rule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
