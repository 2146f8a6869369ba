package vn.coso.dialogue.opinion.service;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import vn.coso.dialogue.opinion.ClockStep;
import vn.coso.dialogue.opinion.Opinion;
import vn.coso.platform.calendar.WorkingDays;
import vn.coso.platform.problem.ProblemException;

/**
 * Sets an opinion's due date from the legal clock of its type, step and area: from receipt (a complaint's or a
 * denunciation's acceptance, a petition's reply), from acceptance (the resolution), or from a restart (re-classified,
 * reopened). Past dates are fine: an old paper case typed in today is simply overdue.
 */
@ApplicationScoped
public class OpinionClock {

    private final LegalClocks clocks;
    private final WorkingDays calendar;
    private final DifficultAreas areas;

    public OpinionClock(LegalClocks clocks, WorkingDays calendar, DifficultAreas areas) {
        this.clocks = clocks;
        this.calendar = calendar;
        this.areas = areas;
    }

    /** The first clock, from the day it was received. */
    public void start(Opinion o) {
        ClockStep step = clocks.hasAcceptance(o.legalType) ? ClockStep.ACCEPTANCE : ClockStep.RESOLUTION;
        set(o, step, o.receivedOn, null);
    }

    /**
     * The resolution clock from {@code from}; {@code days} shortens it (never lengthens: OPN-DEADLINE).
     *
     * @return the rule it runs on
     */
    public LegalClocks.Rule resolve(Opinion o, LocalDate from, Integer days) {
        return set(o, ClockStep.RESOLUTION, from, days);
    }

    /** Adds an extension to the due date, within what the rule allows (OPN-EXTENSION). */
    public void extend(Opinion o, int days) {
        LegalClocks.Rule rule = current(o);
        if (o.extensions >= rule.extensionsAllowed() || days > rule.extensionLength()) {
            throw ProblemException.rule("OPN-EXTENSION", rule.legalBasis(), "opinion.extension-not-allowed",
                    rule.extensionsAllowed(), rule.extensionLength());
        }
        o.dueOn = calendar.end(o.dueOn, days, rule.dayCount());
        o.extensions++;
        o.extensionDays += days;
    }

    /** The rule the opinion's due date was computed from; null before any clock runs. */
    public LegalClocks.Rule current(Opinion o) {
        if (o.dueStep == null || o.clockStartedOn == null) {
            return null;
        }
        return rule(o, o.dueStep, o.clockStartedOn);
    }

    /** Whether a year counted from the clock's start to the due date has no recorded holiday decision. */
    public boolean provisional(Opinion o) {
        return o.dueOn != null && o.clockStartedOn != null && calendar.isProvisional(o.clockStartedOn, o.dueOn);
    }

    private LegalClocks.Rule set(Opinion o, ClockStep step, LocalDate from, Integer days) {
        LegalClocks.Rule rule = rule(o, step, from);
        int length = days == null ? rule.length() : days;
        if (length > rule.length()) {
            throw ProblemException.rule("OPN-DEADLINE", rule.legalBasis(), "opinion.deadline-too-long", length,
                    rule.length());
        }
        o.dueStep = step;
        o.clockStartedOn = from;
        o.dueOn = calendar.end(from, length, rule.dayCount());
        o.extensions = 0;
        o.extensionDays = 0;
        return rule;
    }

    private LegalClocks.Rule rule(Opinion o, ClockStep step, LocalDate day) {
        LegalClocks.Variant variant = step == ClockStep.ACCEPTANCE
                ? (o.severalPlaces ? LegalClocks.Variant.SEVERAL_PLACES : LegalClocks.Variant.STANDARD)
                : LegalClocks.Variant.valueOf(o.complexity.name());
        return clocks.rule(o.legalType, step, variant, areas.isRemote(o.communeId, day), day);
    }
}
