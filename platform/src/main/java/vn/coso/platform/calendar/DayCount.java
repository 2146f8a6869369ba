package vn.coso.platform.calendar;

/** How a legal period counts its days: each text says "ngày" (calendar days) or "ngày làm việc" (working days). */
public enum DayCount {
    /** Calendar days (ngày). */
    CALENDAR_DAYS,
    /** Working days (ngày làm việc). */
    WORKING_DAYS
}
