package vn.coso.planning.progress.client;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * dialogue-service's statistics of a period for a unit's subtree ({@code GET /api/dialogue/statistics?from=&to=&unit=}):
 * sessions held and the share of opinions replied to on time (percent, null when there were none).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DialogueFigures(int sessions, BigDecimal onTimeReplyRate) {

    public static DialogueFigures none() {
        return new DialogueFigures(0, null);
    }
}
