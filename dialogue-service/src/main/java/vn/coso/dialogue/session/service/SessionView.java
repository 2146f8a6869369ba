package vn.coso.dialogue.session.service;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.dialogue.session.DialogueSession;
import vn.coso.dialogue.session.SessionLevel;
import vn.coso.dialogue.session.SessionStatus;
import vn.coso.platform.web.Versioned;

@Schema(name = "Session")
public record SessionView(
        UUID id,
        SessionLevel level,
        UUID communeId,
        UUID villageId,
        LocalDate heldOn,
        @Schema(maxLength = 300) String place,
        SessionStatus status,
        String host,
        String workingGroup,
        Integer attendees,
        Integer households,
        Integer speakers,
        String agenda,
        String report,
        String conclusionNumber,
        LocalDate conclusionDate,
        String recordedBy,
        java.time.Instant recordedAt,
        long version) implements Versioned {

    public static SessionView of(DialogueSession s) {
        return new SessionView(s.id, s.level, s.communeId, s.villageId, s.heldOn, s.place, s.status, s.host,
                s.workingGroup, s.attendees, s.households, s.speakers, s.agenda, s.report, s.conclusionNumber,
                s.conclusionDate,
                s.recordedBy, s.recordedAt, s.version);
    }
}
