package vn.coso.dialogue.opinion;

/** The step an opinion's due date belongs to. */
public enum ClockStep {
    /** Deciding whether to accept (thụ lý) a complaint or a denunciation. */
    ACCEPTANCE,
    /** Resolving it: the written reply, the decision on a complaint, the conclusion on a denunciation. */
    RESOLUTION
}
