package vn.coso.dialogue.opinion;

/** The legal nature of an opinion, which sets its clock. */
public enum LegalType {
    /** Kiến nghị, phản ánh. */
    PETITION,
    /** Khiếu nại. */
    COMPLAINT,
    /** Tố cáo. */
    DENUNCIATION
}
