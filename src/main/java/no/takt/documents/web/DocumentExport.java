package no.takt.documents.web;

import java.util.List;
import no.takt.documents.Document;
import no.takt.platform.errors.Problems;
import no.takt.platform.web.Exports;

/** The document list's columns in a file (CSV or Excel), headed in the user's language. */
final class DocumentExport {

    private DocumentExport() {
    }

    static List<Exports.Column<Document>> columns(Problems m) {
        return List.of(
                new Exports.Column<>(m.message("documents.type", List.of()), Exports.Kind.TEXT,
                        d -> m.message("enum.Type." + d.type(), List.of())),
                new Exports.Column<>(m.message("documents.number", List.of()), Exports.Kind.INTEGER, Document::number),
                new Exports.Column<>(m.message("runs.date", List.of()), Exports.Kind.DATE, d -> d.dates().date()),
                new Exports.Column<>(m.message("documents.due", List.of()), Exports.Kind.DATE, d -> d.dates().dueDate()),
                new Exports.Column<>(m.message("field.customerNumber", List.of()), Exports.Kind.INTEGER,
                        d -> d.customer().customerNumber()),
                new Exports.Column<>(m.message("field.customer", List.of()), Exports.Kind.TEXT,
                        d -> d.customer().customerName()),
                new Exports.Column<>(m.message("field.subject", List.of()), Exports.Kind.TEXT, d -> d.texts().subject()),
                new Exports.Column<>(m.message("documents.period-start", List.of()), Exports.Kind.DATE,
                        d -> d.dates().periodStart()),
                new Exports.Column<>(m.message("documents.period-end", List.of()), Exports.Kind.DATE,
                        d -> d.dates().periodEnd()),
                new Exports.Column<>(m.message("field.status", List.of()), Exports.Kind.TEXT,
                        d -> m.message("enum.DocumentStatus." + d.status(), List.of())),
                new Exports.Column<>(m.message("field.sumExclVat", List.of()), Exports.Kind.AMOUNT,
                        d -> d.totals().totalExclVat()),
                new Exports.Column<>(m.message("documents.vat", List.of()), Exports.Kind.AMOUNT,
                        d -> d.totals().totalVat()),
                new Exports.Column<>(m.message("field.sumInclVat", List.of()), Exports.Kind.AMOUNT,
                        d -> d.totals().totalInclVat()),
                new Exports.Column<>(m.message("field.currency", List.of()), Exports.Kind.TEXT,
                        d -> d.totals().currency()),
                new Exports.Column<>("KID", Exports.Kind.TEXT, d -> d.payment().kid()),
                new Exports.Column<>(m.message("documents.open-amount", List.of()), Exports.Kind.AMOUNT,
                        d -> d.payment().openAmount()));
    }
}
