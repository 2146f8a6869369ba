package vn.coso.membership.pipeline;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An introduction (giới thiệu, 4-KNĐ / 4A-KNĐ). */
@Entity
@Table(name = "introduction")
public class Introduction extends PipelineStep {

    /** Who introduces. */
    public enum Kind {
        /** An official party member. */
        MEMBER,
        /** The youth union committee (for candidates of youth-union age). */
        YOUTH_UNION_COMMITTEE,
        /** The trade union committee. */
        TRADE_UNION_COMMITTEE
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Kind kind;

    @Column(nullable = false, length = 200)
    public String introducer;

    @Column(name = "official_member", nullable = false)
    public boolean officialMember;

    @Column(name = "months_known", nullable = false)
    public int monthsKnown;

    @Column(name = "introduced_on", nullable = false)
    public LocalDate introducedOn;

    @Column(name = "rule_set_id", nullable = false)
    public String ruleSetId;
}
