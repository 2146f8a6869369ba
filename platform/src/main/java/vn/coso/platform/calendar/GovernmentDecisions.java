package vn.coso.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The government's yearly decisions on Tết, 2/9 and swapped working days that coso ships, 2020 to 2026, each with its
 * source and whether that source was verified ({@code decisions.csv} beside this class). Admins add later years
 * through planning-service's calendar API; those decisions come on top of these.
 */
public final class GovernmentDecisions {

    private static final List<Decision> SHIPPED = load();

    private GovernmentDecisions() {
    }

    public static List<Decision> shipped() {
        return SHIPPED;
    }

    private static List<Decision> load() {
        try (InputStream in = GovernmentDecisions.class.getResourceAsStream("decisions.csv")) {
            if (in == null) {
                throw new IllegalStateException("decisions.csv is missing from the platform jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Decision> decisions = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", -1);
                if (f.length != 5) {
                    throw new IllegalStateException("decisions.csv: 5 fields expected in: " + line);
                }
                decisions.add(new Decision(LocalDate.parse(f[0]), Decision.Kind.valueOf(f[1]), f[2], f[3],
                        Boolean.parseBoolean(f[4])));
            }
            return List.copyOf(decisions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
