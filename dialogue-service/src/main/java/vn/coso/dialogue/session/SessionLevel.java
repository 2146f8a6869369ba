package vn.coso.dialogue.session;

/** Who holds the dialogue: the province's leaders or the commune's. */
public enum SessionLevel {
    PROVINCE,
    COMMUNE
}
