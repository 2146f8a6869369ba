package vn.coso.dialogue.session;

/** planned → held → concluded (with the party committee's conclusion), or cancelled with a reason. */
public enum SessionStatus {
    PLANNED,
    HELD,
    CONCLUDED,
    CANCELLED
}
