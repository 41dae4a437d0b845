package no.takt.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.takt.documents.Document;
import no.takt.documents.DocumentPrint;
import no.takt.documents.DocumentService;
import no.takt.documents.Ehf;
import no.takt.documents.EhfValidator;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.FieldProblem;
import no.takt.platform.errors.UnprocessableException;
import no.takt.platform.web.Download;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A stored document as PDF, in the API ({@code /api/v1/documents/{id}/pdf}) and in the UI
 * ({@code /documents/{id}/pdf}, and {@code /documents/{id}/print}: the same page as HTML).
 */
@Controller
@Tag(name = "Documents")
class DocumentsPrintApi {

    private final DocumentService documents;
    private final DocumentPrint print;

    DocumentsPrintApi(DocumentService documents, DocumentPrint print) {
        this.documents = documents;
        this.print = print;
    }

    @Operation(summary = "The document as PDF, with its giro part")
    @GetMapping({"/api/v1/documents/{id}/pdf", "/documents/{id}/pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Document document = documents.get(id);
        return Download.inline(MediaType.APPLICATION_PDF, fileName(document)).body(print.pdf(document, false));
    }

    /** What the PEPPOL rules say of a document's EHF. */
    public record EhfValidation(boolean valid, java.util.List<String> errors, java.util.List<String> warnings) {
    }

    @Operation(summary = "The invoice or credit note as EHF (PEPPOL BIS Billing 3.0)",
            description = "Only a file that passes the PEPPOL rules with no errors is given out; otherwise 422 with"
                    + " the rules it breaks (see /ehf/validation). 409 for sales orders.")
    @GetMapping({"/api/v1/documents/{id}/ehf", "/documents/{id}/ehf"})
    ResponseEntity<byte[]> ehf(@PathVariable long id) {
        Document document = ehfDocument(id);
        byte[] xml = print.ehf(document);
        EhfValidator.Result result = print.validate(xml, document);
        if (!result.valid()) {
            throw new UnprocessableException(result.errors().stream()
                    .map(e -> FieldProblem.of("ehf", "error.ehf-invalid", e)).toList());
        }
        return Download.attachment(MediaType.APPLICATION_XML, fileName(document).replace(".pdf", ".xml")).body(xml);
    }

    @Operation(summary = "What the PEPPOL rules say of the document's EHF: errors (which stop it) and warnings")
    @GetMapping("/api/v1/documents/{id}/ehf/validation")
    @ResponseBody
    EhfValidation validation(@PathVariable long id) {
        Document document = ehfDocument(id);
        EhfValidator.Result result = print.validate(print.ehf(document), document);
        return new EhfValidation(result.valid(), result.errors(), result.warnings());
    }

    /** The EHF verdict as a part of the document's page. */
    @GetMapping("/documents/{id}/ehf/check")
    String check(@PathVariable long id, org.springframework.ui.Model model) {
        Document document = ehfDocument(id);
        model.addAttribute("id", id);
        model.addAttribute("result", print.validate(print.ehf(document), document));
        return "print/ehf-check :: check";
    }

    private Document ehfDocument(long id) {
        Document document = documents.get(id);
        if (!Ehf.applies(document)) {
            throw new ConflictException("error.ehf-not-for-sales-orders");
        }
        return document;
    }

    @GetMapping(value = "/documents/{id}/print", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String html(@PathVariable long id) {
        return print.html(documents.get(id), false);
    }

    static String fileName(Document d) {
        return d.type().name().toLowerCase().replace('_', '-') + "-" + d.number() + ".pdf";
    }
}
