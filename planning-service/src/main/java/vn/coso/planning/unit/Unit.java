package vn.coso.planning.unit;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.coso.platform.scope.UnitKind;

/** A unit of the registry, valid from {@code validFrom} to {@code validTo} (inclusive; open-ended when null). */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    public UUID id;

    @Column(nullable = false, length = 64)
    public String code;

    @Column(nullable = false, length = 300)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public UnitKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "cell_kind", length = 40)
    public CellKind cellKind;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    /** The abbreviation the unit signs its documents with ("HU" in 100-KH/HU); null means the default of its kind. */
    @Column(name = "doc_code", length = 20)
    public String docCode;

    @Version
    public long version;

    /** Position in the change feed, set by the database on every change (see V1__unit_registry.sql). */
    @Column(insertable = false, updatable = false)
    public long seq;

    /** The issuer code in document numbers: the unit's own, or the usual one for its kind. */
    public String issuerCode() {
        if (docCode != null) {
            return docCode;
        }
        return switch (kind) {
            case PROVINCE_COMMITTEE -> "TU";
            case DISTRICT_COMMITTEE -> "HU";
            case COMMUNE_COMMITTEE, PARTIAL_COMMITTEE -> "ĐU";
            case CELL -> "CB";
            default -> null;
        };
    }

    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    /** Whether the unit existed at some time in {@code year}. */
    public boolean livesDuring(int year) {
        return !validFrom.isAfter(LocalDate.of(year, 12, 31))
                && (validTo == null || !validTo.isBefore(LocalDate.of(year, 1, 1)));
    }
}
