package no.takt.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A document's totals: the sum excl. VAT, the VAT base and amount per rate (VAT computed once per
 * rate on its base, as the invoice shows it), the total incl. VAT, and cash rounding (øreavrunding)
 * as a separate amount.
 */
public record DocumentTotals(BigDecimal sumExclVat, List<VatLine> vatBreakdown, BigDecimal totalVat,
                             BigDecimal rounding, BigDecimal totalInclVat) {

    /** The VAT base and VAT of one rate. */
    public record VatLine(BigDecimal rate, BigDecimal base, BigDecimal vat) {
    }

    public static DocumentTotals of(List<PricedLine> lines, CashRounding rounding, int minorUnits) {
        Map<BigDecimal, BigDecimal> bases = new TreeMap<>();
        BigDecimal sum = BigDecimal.ZERO.setScale(minorUnits);
        for (PricedLine line : lines) {
            bases.merge(line.vatRate().stripTrailingZeros(), line.sumExclVat(), BigDecimal::add);
            sum = sum.add(line.sumExclVat());
        }
        List<VatLine> breakdown = bases.entrySet().stream()
                .map(e -> new VatLine(e.getKey(), e.getValue(), Pricing.vat(e.getValue(), e.getKey(), minorUnits)))
                .toList();
        BigDecimal vat = breakdown.stream().map(VatLine::vat).reduce(BigDecimal.ZERO.setScale(minorUnits), BigDecimal::add);
        BigDecimal total = sum.add(vat);
        BigDecimal rounded = rounding.apply(total);
        return new DocumentTotals(sum, breakdown, vat, rounded.subtract(total).setScale(minorUnits, RoundingMode.HALF_UP),
                rounded.setScale(minorUnits, RoundingMode.HALF_UP));
    }
}
