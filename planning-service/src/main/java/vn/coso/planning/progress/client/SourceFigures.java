package vn.coso.planning.progress.client;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.TypedGuard;

import vn.coso.planning.config.PlanningConfig;

/**
 * The figures of the other services, each call bounded in time, retried (reads only), behind a circuit breaker, and
 * falling back to "unavailable" (empty) instead of failing the report. A 404 is an answer: no figures for that unit.
 * The guards are built from {@link PlanningConfig} ({@code coso.planning.progress.membership.*} and
 * {@code ….dialogue.*}) rather than annotation literals, so a deployment tunes them like any other setting.
 */
@ApplicationScoped
public class SourceFigures {

    private final StatisticsApis.Membership membership;
    private final StatisticsApis.Dialogue dialogue;
    private final TypedGuard<Optional<AdmissionsByUnit>> membershipGuard;
    private final TypedGuard<Optional<DialogueFigures>> dialogueGuard;

    public SourceFigures(@RestClient StatisticsApis.Membership membership,
            @RestClient StatisticsApis.Dialogue dialogue, PlanningConfig config) {
        this.membership = membership;
        this.dialogue = dialogue;
        this.membershipGuard = guard(new TypeLiteral<>() {
        }, "membership-statistics", config.progress().membership());
        this.dialogueGuard = guard(new TypeLiteral<>() {
        }, "dialogue-statistics", config.progress().dialogue());
    }

    /** Every unit of a subtree in one call: what a progress report of a province reads. */
    public Optional<AdmissionsByUnit> admissionsByUnit(int year, UUID root) {
        return membershipGuard.get(() -> {
            try {
                return Optional.of(membership.admissionsByUnit(year, root));
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == 404) {
                    return Optional.of(AdmissionsByUnit.none(year, root));
                }
                throw new SourceUnavailable(e.getResponse().getStatus());
            }
        });
    }

    public Optional<DialogueFigures> dialogue(int year, UUID unit) {
        return dialogueGuard.get(() -> {
            try {
                return Optional.of(dialogue.statistics(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), unit));
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == 404) {
                    return Optional.of(DialogueFigures.none());
                }
                throw new SourceUnavailable(e.getResponse().getStatus());
            }
        });
    }

    /** Timeout, then retries, behind a breaker, falling back to empty ("unavailable") on any failure. */
    private static <T> TypedGuard<Optional<T>> guard(TypeLiteral<Optional<T>> type, String name,
            PlanningConfig.Source settings) {
        Supplier<Optional<T>> unavailable = Optional::empty;
        return TypedGuard.create(type).withDescription(name)
                .withTimeout().duration(settings.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(settings.retries()).delay(settings.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .done()
                .withCircuitBreaker().name(name).requestVolumeThreshold(settings.breakerRequests())
                .failureRatio(settings.breakerFailureRatio())
                .delay(settings.breakerOpenFor().toMillis(), ChronoUnit.MILLIS).done()
                .withFallback().handler(unavailable).done()
                .build();
    }

    /** A 5xx or other failure of a source: retried, counted by the breaker, then "unavailable". */
    static final class SourceUnavailable extends RuntimeException {
        SourceUnavailable(int status) {
            super("source answered " + status, null, false, false);
        }
    }
}
