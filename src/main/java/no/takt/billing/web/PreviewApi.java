package no.takt.billing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import no.takt.billing.Previews;
import no.takt.documents.Document;
import no.takt.documents.DocumentPrint;
import no.takt.platform.web.Download;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Previews as PDF, marked as such: a subscription's document for a made-up customer, or the next
 * document one of its subscribers would get ({@code subscriberId}), from {@code date} (default today).
 */
@Controller
@Tag(name = "Documents")
class PreviewApi {

    private final Previews previews;
    private final DocumentPrint print;
    private final Clock clock;

    PreviewApi(Previews previews, DocumentPrint print, Clock clock) {
        this.previews = previews;
        this.print = print;
        this.clock = clock;
    }

    @Operation(summary = "Preview a subscription's document as PDF, for a subscriber or a made-up customer",
            description = "Nothing is numbered or stored; the PDF is marked as a preview. 422 when the subscriber"
                    + " would not be billed (with the reason) or nothing falls due within 36 run dates.")
    @GetMapping({"/api/v1/subscriptions/{id}/preview", "/subscriptions/{id}/preview"})
    ResponseEntity<byte[]> preview(@PathVariable long id, @RequestParam(required = false) Long subscriberId,
            @RequestParam(required = false) LocalDate date) {
        LocalDate from = date == null ? LocalDate.now(clock) : date;
        Document document = subscriberId == null ? previews.fictive(id, from)
                : previews.forSubscriber(id, subscriberId, from);
        return Download.inline(MediaType.APPLICATION_PDF, "preview-" + id + ".pdf").body(print.pdf(document, true));
    }
}
