package no.takt.payments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import no.takt.payments.Payment;
import no.takt.payments.PaymentFile;
import no.takt.payments.PaymentFiles;
import no.takt.payments.Payments;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/payments} and {@code /api/v1/payment-files}: payments by hand, bank files, matching by a person. */
@RestController
@Tag(name = "Payments")
class PaymentsApi {

    private final Payments payments;
    private final PaymentFiles files;

    private final no.takt.platform.errors.Problems messages;

    PaymentsApi(Payments payments, PaymentFiles files, no.takt.platform.errors.Problems messages) {
        this.messages = messages;
        this.payments = payments;
        this.files = files;
    }

    @Operation(summary = "Register a payment by hand", description = "Placed on the invoice (documentId) or the"
            + " customer's open invoices, oldest due first (customerId), what is over as the customer's credit;"
            + " without either it is matched by its reference (KID, FI payment id) or an invoice number in its"
            + " free text, else it waits as UNMATCHED.")
    @PostMapping("/api/v1/payments")
    ResponseEntity<Payment> register(@Valid @RequestBody Payments.NewPayment payment) {
        Payment registered = payments.register(payment);
        return ResponseEntity.created(URI.create("/api/v1/payments/" + registered.id())).body(registered);
    }

    @GetMapping("/api/v1/payments")
    ResponseEntity<Page<Payment>> list(@ParameterObject PageQuery query,
            @RequestParam(required = false) Payment.Status status,
            @RequestParam(required = false) Long customerId, @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long fileId, @RequestParam(required = false) String format,
            jakarta.servlet.http.HttpServletResponse response) throws IOException {
        Payments.Filter filter = new Payments.Filter(status, customerId, documentId, from, to, fileId);
        return no.takt.platform.web.Exports.answer(format, response, () -> payments.list(filter, query), "payments",
                paymentColumns(messages), each -> payments.each(filter, query, each));
    }

    /** The payment list's columns in a file, headed in the user's language. */
    static List<no.takt.platform.web.Exports.Column<Payment>> paymentColumns(no.takt.platform.errors.Problems m) {
        return List.of(
                new no.takt.platform.web.Exports.Column<>("ID", no.takt.platform.web.Exports.Kind.INTEGER, Payment::id),
                new no.takt.platform.web.Exports.Column<>(m.message("payments.date", List.of()),
                        no.takt.platform.web.Exports.Kind.DATE, p -> p.received().date()),
                new no.takt.platform.web.Exports.Column<>(m.message("payments.amount", List.of()),
                        no.takt.platform.web.Exports.Kind.AMOUNT, p -> p.received().amount()),
                new no.takt.platform.web.Exports.Column<>(m.message("field.currency", List.of()),
                        no.takt.platform.web.Exports.Kind.TEXT, p -> p.received().currency()),
                new no.takt.platform.web.Exports.Column<>(m.message("payments.reference", List.of()),
                        no.takt.platform.web.Exports.Kind.TEXT, p -> p.received().reference()),
                new no.takt.platform.web.Exports.Column<>(m.message("payments.payer", List.of()),
                        no.takt.platform.web.Exports.Kind.TEXT, p -> p.received().payerName()),
                new no.takt.platform.web.Exports.Column<>(m.message("field.status", List.of()),
                        no.takt.platform.web.Exports.Kind.TEXT, p -> m.message("enum.PaymentStatus." + p.status(), List.of())),
                new no.takt.platform.web.Exports.Column<>(m.message("payments.unallocated", List.of()),
                        no.takt.platform.web.Exports.Kind.AMOUNT, Payment::unallocated));
    }

    @GetMapping("/api/v1/payments/{id}")
    Payment get(@PathVariable long id) {
        return payments.get(id);
    }

    @Operation(summary = "Suggestions for matching a payment", description = "Open invoices whose open amount is"
            + " what is left of the payment, and customers named like its payer.")
    @GetMapping("/api/v1/payments/{id}/suggestions")
    Payments.Suggestions suggestions(@PathVariable long id) {
        return payments.suggestions(id);
    }

    @Operation(summary = "Place what is left of a payment", description = "{documentId, amount}: on an invoice"
            + " (amount defaults to what is left, at most the open amount); {customerId, amount}: as the"
            + " customer's credit.")
    @PostMapping("/api/v1/payments/{id}/allocations")
    ResponseEntity<Payment> allocate(@PathVariable long id, @Valid @RequestBody Payments.NewAllocation allocation) {
        return ResponseEntity.status(HttpStatus.CREATED).body(payments.allocate(id, allocation));
    }

    @Operation(summary = "Undo a placement", description = "The invoice owes the amount again; the allocation is"
            + " kept, marked undone (undoneAllocations).")
    @DeleteMapping("/api/v1/payments/{id}/allocations/{allocationId}")
    Payment undo(@PathVariable long id, @PathVariable long allocationId) {
        return payments.undo(id, allocationId);
    }

    @Operation(summary = "Import a bank file", description = "Nets OCR giro (text/plain) or ISO 20022 camt.054"
            + " (application/xml) as the body, or as the multipart field 'file'. Checked whole first: a file"
            + " whose counts or totals disagree with its trailer, or with a bad field, answers 422 naming the"
            + " line and the reason, and nothing is applied. 201 with the import; the same file again answers"
            + " 200 with the first import and applies nothing; transactions applied from another file before"
            + " are counted as duplicates.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Imported: what it held and what was matched")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The same file again: its first import, nothing applied")
    @PostMapping(value = "/api/v1/payment-files", consumes = {MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_XML_VALUE,
        MediaType.TEXT_XML_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<PaymentFile> upload(@RequestBody byte[] content, @RequestParam(required = false) String fileName) {
        return answer(files.importFile(content, fileName));
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Imported: what it held and what was matched")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The same file again: its first import, nothing applied")
    @PostMapping(value = "/api/v1/payment-files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PaymentFile> uploadPart(@RequestPart("file") MultipartFile file) throws IOException {
        return answer(files.importFile(file.getBytes(), file.getOriginalFilename()));
    }

    @GetMapping("/api/v1/payment-files")
    Page<PaymentFile> files(@ParameterObject PageQuery query) {
        return files.list(query);
    }

    @GetMapping("/api/v1/payment-files/{id}")
    PaymentFile file(@PathVariable long id) {
        return files.find(id).orElseThrow(() -> new NotFoundException("payment-file", id));
    }

    private static ResponseEntity<PaymentFile> answer(PaymentFile imported) {
        return imported.repeated() ? ResponseEntity.ok(imported)
                : ResponseEntity.created(URI.create("/api/v1/payment-files/" + imported.id())).body(imported);
    }
}
