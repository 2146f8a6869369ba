package vn.coso.planning.document.service;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.planning.document.CommitteeTerm;

@Schema(name = "Term")
public record TermView(UUID id, UUID unitId, @Schema(maxLength = 100) String name, LocalDate startsOn,
        LocalDate endsOn) {

    public static TermView of(CommitteeTerm t) {
        return new TermView(t.id, t.unitId, t.name, t.startsOn, t.endsOn);
    }
}
