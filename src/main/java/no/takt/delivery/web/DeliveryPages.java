package no.takt.delivery.web;

import no.takt.delivery.Deliveries;
import no.takt.delivery.Delivery;
import no.takt.delivery.DeliverySender;
import no.takt.platform.web.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The deliveries page (all, or one document's, embedded in its page), with retry for those given up on. */
@Controller
class DeliveryPages {

    private final Deliveries deliveries;
    private final DeliverySender mail;

    private final no.takt.documents.DocumentService documents;

    DeliveryPages(Deliveries deliveries, DeliverySender mail, no.takt.documents.DocumentService documents) {
        this.deliveries = deliveries;
        this.documents = documents;
        this.mail = mail;
    }

    @GetMapping("/deliveries")
    String list(PageQuery query, @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) Delivery.Status status,
            @RequestParam(required = false, defaultValue = "false") boolean embed, Model model) {
        var page = deliveries.list(documentId, status, query);
        model.addAttribute("page", page);
        model.addAttribute("documentNames", documents.names(page.items().stream().map(Delivery::documentId).toList()));
        model.addAttribute("query", query);
        model.addAttribute("status", status);
        model.addAttribute("statuses", Delivery.Status.values());
        model.addAttribute("documentId", documentId);
        model.addAttribute("bySmtp", mail.bySmtp());
        Deliveries.PrintQueue queue = deliveries.printQueue();
        model.addAttribute("printUpTo", queue.upTo());
        model.addAttribute("printWaiting", queue.waiting());
        return embed ? "delivery/deliveries :: table" : "delivery/deliveries";
    }

    /** The print queue up to the newest shown when the page was made is printed. */
    @PostMapping("/deliveries/print-queue/printed")
    String printed(@RequestParam long upTo, RedirectAttributes flash) {
        deliveries.printed(upTo);
        flash.addFlashAttribute("flash", "flash.printed");
        return "redirect:/deliveries";
    }

    @PostMapping("/deliveries/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes flash) {
        deliveries.retry(id);
        flash.addFlashAttribute("flash", "flash.delivery-retry");
        return "redirect:/deliveries";
    }
}
