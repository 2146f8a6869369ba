package vn.coso.dialogue.opinion.service;

import static vn.coso.platform.web.TextRules.blankToNull;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.coso.dialogue.opinion.LegalType;
import vn.coso.dialogue.opinion.Opinion;
import vn.coso.dialogue.opinion.OpinionStatus;
import vn.coso.dialogue.opinion.OpinionTask;
import vn.coso.dialogue.opinion.repository.OpinionRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.time.VietnamTime;

/**
 * An officer turns an assigned opinion into a task of its handler unit (issue 16, part 5). The request commits with
 * the opinion's history entry; it is then delivered to planning-service at once and, if planning cannot be reached,
 * again by {@link TaskDelivery} until it is. Asking twice changes nothing. The task does not close the opinion.
 */
@ApplicationScoped
public class OpinionTaskService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OpinionRepository opinions;
    private final OpinionAccess access;
    private final OpinionJournal journal;
    private final TaskDelivery delivery;
    private final AuditLog audit;
    private final VietnamTime time;

    public OpinionTaskService(OpinionRepository opinions, OpinionAccess access, OpinionJournal journal,
            TaskDelivery delivery, AuditLog audit, VietnamTime time) {
        this.opinions = opinions;
        this.access = access;
        this.journal = journal;
        this.delivery = delivery;
        this.audit = audit;
        this.time = time;
    }

    /** Records the request (once), tries to deliver it, and answers the opinion with its task as it now stands. */
    public Optional<OpinionView> request(UUID id, String ifMatch, OpinionRequests.TaskRequest r) {
        boolean found = QuarkusTransaction.requiringNew().call(() -> record(id, ifMatch, r));
        if (!found) {
            return Optional.empty();
        }
        delivery.deliver(id);
        return QuarkusTransaction.requiringNew()
                .call(() -> opinions.findByIdOptional(id).map(o -> journal.view(o, false)));
    }

    private boolean record(UUID id, String ifMatch, OpinionRequests.TaskRequest r) {
        Optional<Opinion> writable = access.staffWritable(id, ifMatch);
        if (writable.isEmpty()) {
            return false;
        }
        Opinion o = writable.get();
        if (o.status != OpinionStatus.ASSIGNED) {
            throw ProblemException.conflict("opinion.wrong-status", o.status.name(), OpinionStatus.ASSIGNED.name());
        }
        if (opinions.task(o.id) != null) {
            // asked already (a retry, or a second officer): the one request stands
            return true;
        }
        OpinionTask t = new OpinionTask();
        t.opinionId = o.id;
        t.requestedAt = time.now();
        t.requestedBy = access.actor();
        t.instructions = r == null ? null : blankToNull(r.instructions());
        t.pending = true;
        t.nextAttemptAt = t.requestedAt;
        opinions.persist(t);
        journal.event(o, "TASK_REQUESTED", null, null);
        opinions.flush();
        audit.record("REQUEST_TASK", OpinionJournal.RESOURCE, o.id, o.communeId, Map.of("unit", o.handlerUnitId));
        return true;
    }

    /** The task's title: the kind of opinion, its topic and the day received; nothing that names anyone. */
    static String title(Opinion o) {
        String kind = switch (o.legalType == null ? LegalType.PETITION : o.legalType) {
            case PETITION -> "kiến nghị, phản ánh";
            case COMPLAINT -> "khiếu nại";
            case DENUNCIATION -> "tố cáo";
        };
        return "Giải quyết " + kind + " về " + o.topic.title() + " (tiếp nhận ngày " + o.receivedOn.format(DAY) + ")";
    }
}
