package vn.coso.membership.candidate;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

/**
 * The categories the yearly admission reports count (DOMAIN.md §2): one occupation plus any number of flags, so one
 * person may count in several. They are computed when an event happens and
 * frozen with it: a later edit of the candidate or a move of the cell never changes a past year's figures.
 */
public enum Category {
    WOMEN("Nữ"),
    ETHNIC_MINORITY("Người dân tộc thiểu số"),
    RELIGIOUS("Người có đạo"),
    YOUTH_UNION("Đoàn viên thanh niên"),
    /** Aged 18 to 30 on the day of the event. */
    AGE_18_30("Từ 18 đến 30 tuổi"),
    PUPILS_STUDENTS("Học sinh, sinh viên"),
    CIVIL_SERVANTS("Cán bộ, công chức, viên chức"),
    WORKERS("Công nhân"),
    FARMERS("Nông dân"),
    PRIVATE_ENTERPRISE("Trong doanh nghiệp tư nhân"),
    ARMED_FORCES("Lực lượng vũ trang"),
    MILITIA("Dân quân tự vệ"),
    VILLAGE_MILITARY_LEADERS("Thôn đội trưởng"),
    SECURITY_TEAM("Tổ an ninh trật tự"),
    /** Leaders of a village security and order team (tổ trưởng tổ ANTT, seed 004). */
    SECURITY_TEAM_LEADERS("Tổ trưởng tổ an ninh trật tự"),
    /** Demobilised soldiers (bộ đội xuất ngũ, seeds 002 and 004). */
    DEMOBILISED_SOLDIERS("Bộ đội xuất ngũ"),
    /** Commune police (công an xã, seed 004). */
    COMMUNE_POLICE("Công an xã"),
    /** Admitted in a rural (village) cell. */
    RURAL_CELLS("Ở chi bộ nông thôn");

    private final String title;

    Category(String title) {
        this.title = title;
    }

    /** The row title of the offices' reports (Vietnamese). */
    public String title() {
        return title;
    }

    /** The majority ethnic group's code (Kinh). */
    public static final String KINH = "01";

    public static final String NO_RELIGION = "NONE";

    /** The categories of {@code c} on {@code day}, in a cell of kind {@code cellKind} (null if unknown). */
    public static Set<Category> of(Candidate c, String cellKind, LocalDate day) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        if (c.gender == Gender.FEMALE) {
            categories.add(WOMEN);
        }
        if (!KINH.equals(c.ethnicity)) {
            categories.add(ETHNIC_MINORITY);
        }
        if (!NO_RELIGION.equals(c.religion)) {
            categories.add(RELIGIOUS);
        }
        if (c.youthUnion) {
            categories.add(YOUTH_UNION);
        }
        int age = Period.between(c.dateOfBirth, day).getYears();
        if (age >= 18 && age <= 30) {
            categories.add(AGE_18_30);
        }
        switch (c.occupation) {
            case PUPIL_STUDENT -> categories.add(PUPILS_STUDENTS);
            case CIVIL_SERVANT -> categories.add(CIVIL_SERVANTS);
            case WORKER -> categories.add(WORKERS);
            case FARMER -> categories.add(FARMERS);
            case PRIVATE_ENTERPRISE -> categories.add(PRIVATE_ENTERPRISE);
            case ARMED_FORCES -> categories.add(ARMED_FORCES);
            case OTHER -> {
                // counted in the totals only
            }
        }
        if (c.militia) {
            categories.add(MILITIA);
        }
        if (c.securityTeamLeader) {
            categories.add(SECURITY_TEAM_LEADERS);
        }
        if (c.demobilisedSoldier) {
            categories.add(DEMOBILISED_SOLDIERS);
        }
        if (c.communePolice) {
            categories.add(COMMUNE_POLICE);
        }
        if (c.villageMilitaryLeader) {
            categories.add(VILLAGE_MILITARY_LEADERS);
        }
        if (c.securityTeam) {
            categories.add(SECURITY_TEAM);
        }
        if ("RURAL".equals(cellKind)) {
            categories.add(RURAL_CELLS);
        }
        return categories;
    }
}
