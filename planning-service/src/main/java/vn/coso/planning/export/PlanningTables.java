package vn.coso.planning.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the planning tables share (progress in {@code ProgressTable}, targets in {@code TargetTable}): the names that
 * replace ids and codes in a table a committee office pastes into its report, and rows that may hold empty cells.
 */
public final class PlanningTables {

    private PlanningTables() {
    }

    /** Names of the units, indicators and documents the rows refer to, by id or code. */
    public record Names(Map<UUID, String> units, Map<String, String> indicators, Map<UUID, String> documents,
            Map<String, String> categories) {

        public String unit(UUID id) {
            return id == null ? null : units.getOrDefault(id, id.toString());
        }

        public String indicator(String code) {
            return indicators.getOrDefault(code, code);
        }

        /** A reporting category's title ({@code indicator_category}); "Chung" for the indicator as a whole. */
        public String category(String code) {
            return code == null || code.isEmpty() ? "Chung" : categories.getOrDefault(code, code);
        }
    }

    /** A row that may hold empty cells (List.of refuses nulls). */
    public static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
