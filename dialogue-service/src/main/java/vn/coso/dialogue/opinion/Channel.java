package vn.coso.dialogue.opinion;

/** How the opinion reached the commune. */
public enum Channel {
    /** Said at a dialogue session. */
    SESSION,
    /** At a citizens' reception day (ngày tiếp công dân). */
    RECEPTION_DAY,
    WRITTEN_PETITION,
    /** Forwarded by the Fatherland Front. */
    FATHERLAND_FRONT,
    /** Submitted online through the public endpoint. */
    ONLINE
}
