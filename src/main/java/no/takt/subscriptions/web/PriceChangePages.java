package no.takt.subscriptions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.takt.catalog.ProductService;
import no.takt.platform.web.CrudPageController;
import no.takt.platform.web.Forms;
import no.takt.platform.web.PageQuery;
import no.takt.subscriptions.PriceChange;
import no.takt.subscriptions.PriceChangeInput;
import no.takt.subscriptions.PriceChangeService;
import no.takt.subscriptions.SubscriptionLine;
import no.takt.subscriptions.SubscriptionLineService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page *Prisendringer*: the changes scheduled and applied, and the form of one — a new price or a
 * percentage from a date, for a product's lines, every product line, or (from a subscription) its lines.
 */
@Controller
@RequestMapping("/price-changes")
class PriceChangePages extends CrudPageController<PriceChange, PriceChangeInput> {

    private final PriceChangeService changes;
    private final ProductService products;
    private final SubscriptionLineService lines;
    private final Forms forms;
    private final Clock clock;

    PriceChangePages(PriceChangeService changes, ProductService products, SubscriptionLineService lines, Forms forms,
            Clock clock) {
        super(changes, forms, PriceChangeInput.class, "/price-changes");
        this.changes = changes;
        this.products = products;
        this.lines = lines;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    String list(PageQuery query, @RequestParam(required = false) PriceChange.Status status,
            Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", PriceChange.Status.values());
        model.addAttribute("products", products.active());
        return list(query, changes.list(query, status), model);
    }

    /** A new change of a subscription's lines (the link on the subscription), else of a product or all lines. */
    @GetMapping(value = "/new", params = "subscriptionId")
    String newForSubscription(@RequestParam long subscriptionId, Model model) {
        List<Long> ids = lines.list(subscriptionId).stream().filter(l -> !l.definition().text().freeText())
                .map(SubscriptionLine::id).toList();
        forms.fill(model, new PriceChangeInput(firstOfNextMonth(), null, ids, null, null, null, null));
        model.addAttribute("subscriptionId", subscriptionId);
        prepare(model, null);
        return "price-changes/form";
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes flash) {
        changes.cancel(id);
        flash.addFlashAttribute("flash", "flash.price-change-cancelled");
        return "redirect:/price-changes";
    }

    @Override
    protected void prepare(Model model, PriceChange entity) {
        model.addAttribute("products", products.active());
    }

    @Override
    protected Object defaults() {
        return new PriceChangeInput(firstOfNextMonth(), null, null, null, null, null, null);
    }

    private LocalDate firstOfNextMonth() {
        return LocalDate.now(clock).withDayOfMonth(1).plusMonths(1);
    }
}
