package no.takt.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import no.takt.documents.CreditNotes;
import no.takt.documents.Document;
import no.takt.documents.DocumentService;
import no.takt.documents.Receivables;
import no.takt.documents.SalesOrders;
import no.takt.platform.web.Exports;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/documents}: the stored documents, sales order editing and invoicing, credit notes. */
@RestController
@Tag(name = "Documents")
class DocumentsApi {

    /** Sales orders to invoice: these, or every open one of a run. */
    record InvoiceOrders(List<Long> documentIds, Long runId) {
    }


    private final DocumentService documents;
    private final CreditNotes creditNotes;
    private final SalesOrders orders;
    private final Receivables receivables;

    private final no.takt.platform.errors.Problems messages;

    DocumentsApi(DocumentService documents, CreditNotes creditNotes, SalesOrders orders, Receivables receivables,
            no.takt.platform.errors.Problems messages) {
        this.messages = messages;
        this.receivables = receivables;
        this.documents = documents;
        this.creditNotes = creditNotes;
        this.orders = orders;
    }

    @Operation(summary = "Edit an open sales order", description = "Replaces its texts, references, dates,"
            + " addresses and lines; the lines are priced again (a product line takes what it does not give"
            + " from its product). 409 for invoices and credit notes (issued: corrected by a credit note) and"
            + " for orders already invoiced or cancelled.")
    @PutMapping("/api/v1/documents/{id}")
    Document edit(@PathVariable long id, @Valid @RequestBody SalesOrders.Edit edit) {
        return orders.edit(id, edit);
    }

    @Operation(summary = "Cancel an open sales order", description = "The order stays, CANCELLED, so its"
            + " period is not billed again. 409 for issued documents.")
    @DeleteMapping("/api/v1/documents/{id}")
    ResponseEntity<Void> cancel(@PathVariable long id) {
        orders.cancel(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Turn an open sales order into an invoice", description = "The invoice is dated today,"
            + " due after as many days as the order was, and numbered in the invoice series now; it has a KID"
            + " as the subscription says. The order becomes INVOICED and points to it (invoiceId). 422 when"
            + " the addresses the subscription requires are missing.")
    @PostMapping("/api/v1/documents/{id}/invoice")
    ResponseEntity<Document> invoice(@PathVariable long id) {
        Document invoice = orders.invoice(id);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + invoice.id())).body(invoice);
    }

    @Operation(summary = "Turn many sales orders into invoices", description = "The orders given by id, or every"
            + " open sales order of a run. Each is invoiced on its own; those that cannot be are listed in"
            + " failures with the reason, and the rest are invoiced.")
    @PostMapping("/api/v1/documents/invoice-orders")
    SalesOrders.Invoiced invoiceAll(@RequestBody InvoiceOrders request) {
        if (request.runId() != null) {
            return orders.invoiceRun(request.runId());
        }
        return orders.invoiceAll(request.documentIds() == null ? List.of() : request.documentIds());
    }

    @Operation(summary = "Credit an invoice, in full or by lines", description = "Without lines (or without a"
            + " body) everything not credited yet is credited. A line is credited whole, by a quantity or by an"
            + " amount excl. VAT; never beyond what it billed. Answers the credit note, numbered in its own"
            + " series; the invoice's openAmount goes down. 409 for documents that are not invoices and for"
            + " invoices credited in full already.")
    @PostMapping("/api/v1/documents/{id}/credit-note")
    ResponseEntity<Document> credit(@PathVariable long id,
            @Valid @RequestBody(required = false) CreditNotes.Request request) {
        Document note = creditNotes.credit(id, request == null ? CreditNotes.Request.ALL : request);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + note.id())).body(note);
    }

    @Operation(summary = "Put an invoice on hold", description = "Disputed: no reminders and no fees while it is"
            + " on hold. 409 for documents that are not invoices.")
    @PostMapping("/api/v1/documents/{id}/hold")
    Document hold(@PathVariable long id) {
        receivables.hold(id, true);
        return documents.get(id);
    }

    @Operation(summary = "Take an invoice off hold")
    @DeleteMapping("/api/v1/documents/{id}/hold")
    Document release(@PathVariable long id) {
        receivables.hold(id, false);
        return documents.get(id);
    }

    @GetMapping({"/api/v1/documents", "/documents/export"})
    ResponseEntity<Page<Document>> list(@ParameterObject PageQuery query, @RequestParam(required = false) Document.Type type,
            @RequestParam(required = false) Document.Status status, @RequestParam(required = false) Long customerId, @RequestParam(required = false) Long subscriptionId,
            @RequestParam(required = false) Long subscriberId, @RequestParam(required = false) Long runId,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long creditsDocumentId, @RequestParam(required = false) String format,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        DocumentService.Filter filter = new DocumentService.Filter(type, status, customerId, subscriptionId,
                subscriberId, runId, from, to, creditsDocumentId);
        return Exports.answer(format, response, () -> documents.list(filter, query), "documents",
                DocumentExport.columns(messages), each -> documents.each(filter, query, each));
    }

    @GetMapping("/api/v1/documents/{id}")
    Document get(@PathVariable long id) {
        return documents.get(id);
    }
}
