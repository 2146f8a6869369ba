package vn.coso.dialogue.opinion;

/** How an assigned opinion stands against its deadline. */
public enum DueState {
    ON_TIME,
    /** Due within three working days. */
    DUE_SOON,
    OVERDUE,
    /** More than ten working days overdue. */
    VERY_OVERDUE,
    /** Replied by the deadline. */
    REPLIED_ON_TIME,
    /** Replied after the deadline. */
    REPLIED_LATE
}
