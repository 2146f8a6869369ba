package vn.coso.planning.progress.client;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The figures of the other services, each call bounded in time, retried (reads only), behind a circuit breaker, and
 * falling back to "unavailable" (empty) instead of failing the report. A 404 is an answer: no figures for that unit.
 */
@ApplicationScoped
public class SourceFigures {

    private final StatisticsApis.Membership membership;
    private final StatisticsApis.Dialogue dialogue;

    public SourceFigures(@RestClient StatisticsApis.Membership membership,
            @RestClient StatisticsApis.Dialogue dialogue) {
        this.membership = membership;
        this.dialogue = dialogue;
    }

    /** Every unit of a subtree in one call: what a progress report of a province reads. */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    @Fallback(fallbackMethod = "membershipBelowDown")
    public Optional<AdmissionsByUnit> admissionsByUnit(int year, UUID root) {
        try {
            return Optional.of(membership.admissionsByUnit(year, root));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.of(AdmissionsByUnit.none(year, root));
            }
            throw new SourceUnavailable(e.getResponse().getStatus());
        }
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    @Fallback(fallbackMethod = "dialogueDown")
    public Optional<DialogueFigures> dialogue(int year, UUID unit) {
        try {
            return Optional.of(dialogue.statistics(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), unit));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.of(DialogueFigures.none());
            }
            throw new SourceUnavailable(e.getResponse().getStatus());
        }
    }

    Optional<AdmissionsByUnit> membershipBelowDown(int year, UUID root) {
        return Optional.empty();
    }

    Optional<DialogueFigures> dialogueDown(int year, UUID unit) {
        return Optional.empty();
    }

    /** A 5xx or other failure of a source: retried, counted by the breaker, then "unavailable". */
    static final class SourceUnavailable extends RuntimeException {
        SourceUnavailable(int status) {
            super("source answered " + status, null, false, false);
        }
    }
}
