package no.takt.revenue;

import java.time.YearMonth;
import java.util.List;
import no.takt.documents.Document;
import no.takt.documents.DocumentService;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.FieldProblems;
import no.takt.revenue.core.Recognition;
import no.takt.revenue.core.RevenueReport;
import org.springframework.stereotype.Service;

/**
 * The revenue report (PRODUCT.md §9): every invoice and credit-note line up to the end of the range
 * read once, grouped where identical, and spread month by month by {@link Recognition}.
 */
@Service
public class RevenueReports {

    /** The longest range a report covers. */
    public static final int MAX_MONTHS = 60;

    private final DocumentService documents;
    private final no.takt.organisation.OrganisationService organisation;

    RevenueReports(DocumentService documents, no.takt.organisation.OrganisationService organisation) {
        this.documents = documents;
        this.organisation = organisation;
    }

    /** The organisation's own currency, which the report is in unless another is asked for. */
    public String defaultCurrency() {
        String currency = organisation.get().currency();
        return currency == null || currency.isBlank() ? "NOK" : currency;
    }

    /** The report: its items (month × sales account) and its waterfall. */
    public record Result(YearMonth from, YearMonth to, String currency, List<RevenueReport.Item> items,
                         List<RevenueReport.WaterfallRow> waterfall) {
    }

    /** Refuses months that are missing, reversed or more than {@link #MAX_MONTHS}, at the field. */
    static void checkMonths(YearMonth from, YearMonth to) {
        new FieldProblems().range(from, to).throwIfAny(BadInputException::new);
        new FieldProblems().check(from.until(to, java.time.temporal.ChronoUnit.MONTHS) < MAX_MONTHS, "to",
                "error.report-too-long", MAX_MONTHS).throwIfAny(BadInputException::new);
    }

    public Result report(YearMonth from, YearMonth to, String givenCurrency) {
        String currency = givenCurrency == null || givenCurrency.isBlank() ? defaultCurrency() : givenCurrency.trim();
        checkMonths(from, to);
        RevenueReport report = new RevenueReport(from, to);
        documents.eachRevenueLine(to.atEndOfMonth(), currency, line -> report.add(new Recognition.Line(line.amount(),
                line.date(), line.periodStart(), line.periodEnd(), line.type() == Document.Type.CREDIT_NOTE),
                line.salesAccount(), line.count()));
        return new Result(from, to, currency, report.items(), report.waterfall());
    }
}
