package vn.coso.dialogue.opinion;

/** Where an opinion stands. */
public enum OpinionStatus {
    /** Recorded, not yet answered or assigned. */
    RECEIVED,
    /** Answered at the session by the one who presided (closed). */
    ANSWERED_ON_SPOT,
    /** Assigned to a handler unit, a written reply due. */
    ASSIGNED,
    /** The handler wrote the reply; it is not yet sent to the person. */
    REPLIED,
    /** The reply was sent to the person. */
    CLOSED
}
