package no.takt.payments;

import java.util.List;
import java.util.Map;
import no.takt.support.Api;

/**
 * Rates for 2026 made up for the tests (the published ones are seeded up to 2025): inkassosats 700,
 * late interest 12,5 % in the first half-year and 12,0 % in the second, standard compensation 470.
 */
public final class TestRates {

    private TestRates() {
    }

    public static void of2026(Api admin) {
        for (Object[] rate : List.of(new Object[] {"NO_INKASSOSATS", "2026-01-01", 700},
                new Object[] {"NO_LATE_INTEREST", "2026-01-01", 12.5}, new Object[] {"NO_LATE_INTEREST", "2026-07-01",
                        12.0},
                new Object[] {"NO_STANDARD_COMPENSATION", "2026-01-01", 470})) {
            Api.Response added = admin.post("/api/v1/rates", Map.of("kind", rate[0], "validFrom", rate[1], "value",
                    rate[2], "source", "test"));
            if (added.status() != 201 && added.status() != 409) {
                throw new IllegalStateException("rate: " + added);
            }
        }
    }
}
