package no.takt.billing.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.takt.documents.Document;
import no.takt.money.LineTerms;
import no.takt.money.PriceModel;
import no.takt.money.PricedLine;
import no.takt.money.PricedParts;
import no.takt.money.SubscriberTerms;
import no.takt.platform.text.Formats;

/**
 * An order line with a price model as the document lines that show how its amount came about
 * ({@link PricedParts}): each part a line of its own with the order line's name and the part
 * described in the document's language ("1–1 000", "1 001–1 250 fast beløp", "1–100 inkludert",
 * "1–250: 3 pakker à 100"), so that every document line is quantity × price like any other, in the
 * PDF, in EHF (PEPPOL BIS 3 needs nothing else) and for a credit note by line. A per-unit line
 * without included units stays the one line it was. Pure.
 */
public final class ModelledLine {

    /** A document line of the order line: its text, its amounts, and whether it is a flat fee. */
    public record Part(Document.Line.Text text, PricedLine priced, boolean fee) {
    }

    private static final Map<String, String[]> WORDS = Map.of(
            "nb", new String[] {"inkludert", "fast beløp", "pakker à"},
            "da", new String[] {"inkluderet", "fast beløb", "pakker à"},
            "en", new String[] {"included", "flat fee", "packages of"});

    private ModelledLine() {
    }

    /** The parts, or empty when the subscriber's factor of 0 drops the line. */
    public static Optional<List<Part>> of(Document.Line.Text text, LineTerms line, PriceModel model,
            SubscriberTerms subscriber, int minorUnits, String language) {
        return PricedParts.of(line, model, subscriber, minorUnits).map(parts -> {
            if (parts.size() == 1 && parts.getFirst().kind() == PricedParts.Kind.UNITS
                    && (model == null || model.type() == PriceModel.Type.PER_UNIT)) {
                return List.of(new Part(text, parts.getFirst().priced(), false));
            }
            String[] words = WORDS.getOrDefault(language, WORDS.get("nb"));
            Formats f = Formats.of(language);
            return parts.stream().map(p -> new Part(described(text, switch (p.kind()) {
                case UNITS -> range(f, p.after(), p.upTo());
                case INCLUDED -> range(f, p.after(), p.upTo()) + " " + words[0];
                case FEE -> range(f, p.after(), p.upTo()) + " " + words[1];
                case PACKAGES -> range(f, p.after(), p.upTo()) + ": " + f.integer(p.priced().quantity()) + " "
                        + words[2] + " " + f.integer(model.packageSize());
            }), p.priced(), p.kind() == PricedParts.Kind.FEE)).toList();
        });
    }

    /** "1–1 000": the units above {@code after} up to {@code upTo}, counted from 1 for whole units. */
    static String range(Formats f, BigDecimal after, BigDecimal upTo) {
        boolean whole = after.stripTrailingZeros().scale() <= 0 && upTo.stripTrailingZeros().scale() <= 0;
        String from = whole ? f.integer(after.add(BigDecimal.ONE)) : f.quantity(after);
        String to = whole ? f.integer(upTo) : f.quantity(upTo);
        return from.equals(to) ? from : from + "–" + to;
    }

    private static Document.Line.Text described(Document.Line.Text text, String description) {
        String described = text.description() == null || text.description().isBlank() ? description
                : text.description() + " · " + description;
        return new Document.Line.Text(text.name(), described, text.freeText(), text.bold(), text.italic());
    }
}
