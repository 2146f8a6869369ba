package vn.coso.membership.candidate;

/** General education completed. Lower secondary is required; primary suffices in mountain and ethnic areas. */
public enum GeneralEducation {
    PRIMARY,
    LOWER_SECONDARY,
    UPPER_SECONDARY
}
