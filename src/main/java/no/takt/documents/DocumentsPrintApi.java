package no.takt.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.takt.billing.Document;
import no.takt.billing.DocumentService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
        return pdf(print.pdf(document, false), fileName(document));
    }

    @GetMapping(value = "/documents/{id}/print", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String html(@PathVariable long id) {
        return print.html(documents.get(id), false);
    }

    /** A PDF shown in the browser rather than downloaded, under a name that says what it is. */
    static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build()
                        .toString())
                .body(pdf);
    }

    static String fileName(Document d) {
        return d.type().name().toLowerCase().replace('_', '-') + "-" + d.number() + ".pdf";
    }
}
