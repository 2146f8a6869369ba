package vn.coso.membership.calendar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

import vn.coso.platform.calendar.CalendarSync;
import vn.coso.platform.calendar.WorkingCalendar;
import vn.coso.platform.calendar.WorkingDays;

/**
 * Deadlines count on the government's decisions recorded in planning-service: copied with a client-credentials
 * token, kept when planning-service is down, used again after a restart. The days are in 2099, far from any test
 * that counts real deadlines.
 */
@QuarkusTest
class CalendarSyncTest {

    static final String OVERRIDES = "/auth/api/planning/calendar/overrides";
    static final LocalDate FRIDAY = LocalDate.of(2099, 2, 27);
    static final LocalDate MONDAY_OFF = LocalDate.of(2099, 3, 2);
    static final LocalDate SATURDAY_WORKED = LocalDate.of(2099, 3, 7);

    @OidcWireMock
    WireMockServer planning;
    @Inject
    CalendarSync sync;
    @Inject
    WorkingDays days;

    void decisions(String json) {
        planning.stubFor(get(urlPathEqualTo(OVERRIDES)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    @AfterEach
    void statutoryAgain() {
        decisions("[]");
        sync.syncNow();
    }

    @Test
    void shouldCountDeadlinesOnThePlanningDecisionsAndKeepThemWhenPlanningIsDown() {
        assertEquals(LocalDate.of(2099, 3, 2), days.plusWorkingDays(FRIDAY, 1), "the statutory calendar first");
        // the government's decisions shipped with coso count here as in planning-service: Thông báo
        // 5015/TB-LĐTBXH gave 08/02–14/02/2024 off, so a deadline of one working day after 07/02/2024 is 15/02
        assertEquals(LocalDate.of(2024, 2, 15), days.plusWorkingDays(LocalDate.of(2024, 2, 7), 1));
        decisions("""
                [{"day": "2099-03-02", "kind": "DAY_OFF", "name": "Nghỉ hoán đổi", "decidedBy": "Thông báo 1/TB"},
                 {"day": "2099-03-07", "kind": "WORKING", "name": "Làm bù", "decidedBy": null}]""");

        assertEquals(2, sync.syncNow().size());

        assertFalse(days.isWorkingDay(MONDAY_OFF));
        assertTrue(days.isWorkingDay(SATURDAY_WORKED));
        assertEquals(LocalDate.of(2099, 3, 3), days.plusWorkingDays(FRIDAY, 1));
        planning.verify(getRequestedFor(urlPathEqualTo(OVERRIDES)).withHeader("Authorization", matching("Bearer .+")));

        // planning-service down: the sync fails and the decisions stay in force
        planning.stubFor(get(urlPathEqualTo(OVERRIDES)).willReturn(aResponse().withStatus(503)));
        assertThrows(RuntimeException.class, () -> sync.syncNow());
        assertFalse(days.isWorkingDay(MONDAY_OFF));

        // a restart while planning-service is down: the local copy gives the same calendar
        days.use(WorkingCalendar.vietnam());
        assertTrue(days.isWorkingDay(MONDAY_OFF));
        sync.loadCopy();
        assertFalse(days.isWorkingDay(MONDAY_OFF));
        assertTrue(days.isWorkingDay(SATURDAY_WORKED));
    }
}
