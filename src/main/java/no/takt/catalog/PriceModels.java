package no.takt.catalog;

import no.takt.money.PriceModel;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.FieldProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * A product's or a line's price model as its column keeps it (JSON; null for per unit) and as the
 * API checks it: each problem of {@link PriceModel#problems()} at its field under {@code priceModel}.
 */
public final class PriceModels {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PriceModels() {
    }

    /** The model normalised and checked; null for per unit. */
    public static PriceModel checked(PriceModel model) {
        PriceModel kept = PriceModel.normalised(model);
        if (kept != null && !kept.problems().isEmpty()) {
            throw new BadInputException(kept.problems().stream()
                    .map(p -> FieldProblem.of("priceModel." + p[0], p[1])).toList());
        }
        return kept;
    }

    public static String column(PriceModel model) {
        return model == null ? null : JSON.writeValueAsString(model);
    }

    public static PriceModel of(String column) {
        return column == null || column.isBlank() ? null : JSON.readValue(column, PriceModel.class);
    }
}
