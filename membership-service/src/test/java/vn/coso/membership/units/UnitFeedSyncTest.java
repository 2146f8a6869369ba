package vn.coso.membership.units;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.testing.UnitFixtures;
import vn.coso.platform.units.UnitCopyRepository;
import vn.coso.platform.units.UnitFeedPage;
import vn.coso.platform.units.UnitFeedSync;

/** The local unit copy follows planning-service's change feed, page by page, with a client-credentials token. */
@QuarkusTest
class UnitFeedSyncTest {

    @OidcWireMock
    WireMockServer planning;
    @Inject
    UnitFeedSync sync;
    @Inject
    UnitCopyRepository copy;
    @Inject
    UnitDirectory directory;
    @Inject
    ObjectMapper json;

    @Test
    void shouldPullTheFeedFromTheCursorAndRefreshTheTree() throws Exception {
        long cursor = copy.cursor();
        UUID province = UUID.randomUUID();
        UUID commune = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        var first = new UnitFeedPage(List.of(UnitFixtures.entry(province, "TU-X", "PROVINCE_COMMITTEE", null, 1000),
                UnitFixtures.entry(commune, "ĐU-X", "COMMUNE_COMMITTEE", province, 1001)), 1002, true);
        var second = new UnitFeedPage(List.of(UnitFixtures.entry(cell, "CB-X", "CELL", commune, 1002)), 1003, false);
        planning.stubFor(get(urlPathEqualTo("/auth/api/planning/units/changes"))
                .withQueryParam("changedSince", equalTo(Long.toString(cursor)))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(json.writeValueAsString(first))));
        planning.stubFor(get(urlPathEqualTo("/auth/api/planning/units/changes"))
                .withQueryParam("changedSince", equalTo("1002"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(json.writeValueAsString(second))));

        assertEquals(3, sync.syncNow());

        assertEquals(1003, copy.cursor());
        assertTrue(directory.tree().contains(province, cell), "the new cell hangs under the new province");
        planning.verify(getRequestedFor(urlPathEqualTo("/auth/api/planning/units/changes"))
                .withHeader("Authorization", matching("Bearer .+")));
    }
}
