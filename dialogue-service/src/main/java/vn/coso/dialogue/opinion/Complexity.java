package vn.coso.dialogue.opinion;

/**
 * How complex a complaint or denunciation is judged to be when it is accepted: a complex complaint runs 45 days
 * instead of 30 (Luật Khiếu nại 2011, Điều 28); a complex denunciation may be extended once, an especially complex one
 * twice (Luật Tố cáo 2018, Điều 30).
 */
public enum Complexity {
    STANDARD,
    /** Vụ việc phức tạp. */
    COMPLEX,
    /** Vụ việc đặc biệt phức tạp. */
    ESPECIALLY_COMPLEX
}
