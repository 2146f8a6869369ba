package vn.coso.membership.pipeline;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The opinion of a mass organisation or of the cell where the candidate lives (5-KNĐ). */
@Entity
@Table(name = "organisation_opinion")
public class OrganisationOpinion extends PipelineStep {

    /** Who gave the opinion. */
    public enum Body {
        YOUTH_UNION, FATHERLAND_FRONT, WOMENS_UNION, FARMERS_UNION, VETERANS_UNION, TRADE_UNION,
        /** The cell of the place where the candidate lives. */
        RESIDENCE_CELL
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Body body;

    @Column(name = "given_on", nullable = false)
    public LocalDate givenOn;

    @Column(nullable = false)
    public boolean favourable;

    @Column(length = 2000)
    public String summary;
}
