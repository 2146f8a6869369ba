package vn.coso.membership.candidate;

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

import org.hibernate.annotations.Generated;

/**
 * A candidate for party membership (quần chúng ưu tú), listed by a cell (chi bộ). Ethnicity, religion and family
 * facts are sensitive personal data: only the dossier's roles see them, and every read is audited.
 */
@Entity
@Table(name = "candidate")
public class Candidate {

    @Id
    public UUID id;

    /** The cell that lists the candidate; decides who may see the dossier. */
    @Column(name = "cell_id", nullable = false)
    public UUID cellId;

    @Column(name = "full_name", nullable = false, length = 200)
    public String fullName;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Gender gender;

    /** Code of one of the 54 ethnic groups ({@code 01} is Kinh). */
    @Column(name = "ethnicity_code", nullable = false, length = 2)
    public String ethnicity;

    @Column(name = "religion_code", nullable = false, length = 20)
    public String religion;

    @Enumerated(EnumType.STRING)
    @Column(name = "general_education", nullable = false, length = 20)
    public GeneralEducation generalEducation;

    @Column(name = "professional_education", length = 200)
    public String professionalEducation;

    @Enumerated(EnumType.STRING)
    @Column(name = "political_theory", nullable = false, length = 20)
    public PoliticalTheory politicalTheory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Occupation occupation;

    @Column(name = "youth_union", nullable = false)
    public boolean youthUnion;

    @Column(name = "trade_union", nullable = false)
    public boolean tradeUnion;

    /** Village military leader (thôn đội trưởng). */
    @Column(name = "village_military_leader", nullable = false)
    public boolean villageMilitaryLeader;

    /** Member of a security and order team (tổ an ninh trật tự). */
    @Column(name = "security_team", nullable = false)
    public boolean securityTeam;

    /** Member of the militia and self-defence force (dân quân tự vệ), whatever the occupation */
    @Column(name = "militia", nullable = false)
    public boolean militia;

    /** Demobilised soldier (bộ đội xuất ngũ) */
    @Column(name = "demobilised_soldier", nullable = false)
    public boolean demobilisedSoldier;

    /** Commune police (công an xã) */
    @Column(name = "commune_police", nullable = false)
    public boolean communePolice;

    /** Leader of a village security and order team (tổ trưởng tổ ANTT) */
    @Column(name = "security_team_leader", nullable = false)
    public boolean securityTeamLeader;

    /** Lives in a mountain, border, island or ethnic-minority area, or an area of particular hardship: primary education suffices (Hướng dẫn 01-HD/TW, 1.2) */
    @Column(name = "lives_in_difficult_area", nullable = false)
    public boolean livesInDifficultArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_organisation", nullable = false, length = 30)
    public SourceOrganisation sourceOrganisation;

    /** The official member the cell assigned to help the candidate. */
    @Column(name = "helper_name", length = 200)
    public String helperName;

    @Column(length = 30)
    public String phone;

    @Column(length = 300)
    public String address;

    /** Married: the spouse and parents-in-law must be verified. */
    @Column(nullable = false)
    public boolean married;

    /** Raised by a guardian rather than by the birth parents: the guardian must be verified. */
    @Column(name = "raised_by_guardian", nullable = false)
    public boolean raisedByGuardian;

    /** Adult children, each of whom must be verified. */
    @Column(name = "adult_children", nullable = false)
    public int adultChildren;

    /** When the cell listed the candidate (tạo nguồn). */
    @Column(name = "listed_on", nullable = false)
    public LocalDate listedOn;

    /** The province standing committee's written approval for a candidate over 60 (its document number). */
    @Column(name = "provincial_approval", length = 100)
    public String provincialApproval;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Stage stage;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "closed_reason", length = 1000)
    public String closedReason;

    /** The given name (tên), by which Vietnamese lists are sorted; maintained by the database. */
    @Generated
    @Column(name = "given_name", insertable = false, updatable = false)
    public String givenName;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
