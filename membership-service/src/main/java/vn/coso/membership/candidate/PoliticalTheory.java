package vn.coso.membership.candidate;

/** Political theory level (lý luận chính trị). */
public enum PoliticalTheory {
    NONE,
    ELEMENTARY,
    INTERMEDIATE,
    ADVANCED
}
