package vn.coso.dialogue.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A recurring plan of dialogue sessions, and the obligation it stands for. */
@Entity
@Table(name = "dialogue_schedule")
public class DialogueSchedule {

    /** What the plan is. */
    public enum Kind {
        /** On the last given weekday of each month, one village after the other (Quảng Lập's model). */
        MONTHLY_LAST_WEEKDAY,
        /** The host meets each village at least once a quarter (Đơn Dương's directive 26-CT/HU). */
        QUARTERLY_PER_VILLAGE
    }

    /** Where an occurrence goes when its day is a holiday. */
    public enum HolidayPolicy {
        PREVIOUS_WORKING_DAY, NEXT_WORKING_DAY, SKIP
    }

    @Id
    public UUID id;

    @Column(name = "commune_id", nullable = false)
    public UUID communeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public DayOfWeek weekday;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public UUID[] villages;

    @Column(nullable = false, length = 200)
    public String host;

    @Column(nullable = false, length = 300)
    public String place;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "holiday_policy", nullable = false, length = 30)
    public HolidayPolicy holidayPolicy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
