package no.takt.subscriptions.web;

import java.io.IOException;
import no.takt.catalog.ProductService;
import no.takt.catalog.VatCodeService;
import no.takt.customers.ContactService;
import no.takt.customers.CustomerGroupService;
import no.takt.platform.errors.ProblemException;
import no.takt.platform.web.Forms;
import no.takt.platform.web.PageQuery;
import no.takt.subscriptions.BulkSubscribers;
import no.takt.subscriptions.LineInput;
import no.takt.subscriptions.Subscriber;
import no.takt.subscriptions.SubscriberInput;
import no.takt.subscriptions.SubscriberService;
import no.takt.subscriptions.SubscriptionAttachments;
import no.takt.subscriptions.SubscriptionLine;
import no.takt.subscriptions.SubscriptionLineService;
import no.takt.subscriptions.SubscriptionService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of a subscription's parts: order lines, subscribers and attachments. */
final class SubscriptionPartsPages {

    private SubscriptionPartsPages() {
    }

    @Controller
    @RequestMapping("/subscriptions/{subscriptionId}/lines")
    static class Lines {

        private static final String VIEW = "subscriptions/line-form";
        private final SubscriptionLineService lines;
        private final SubscriptionService subscriptions;
        private final ProductService products;
        private final VatCodeService vatCodes;
        private final no.takt.usage.MeterService meters;
        private final Forms forms;

        Lines(SubscriptionLineService lines, SubscriptionService subscriptions, ProductService products,
                VatCodeService vatCodes, no.takt.usage.MeterService meters, Forms forms) {
            this.meters = meters;
            this.lines = lines;
            this.subscriptions = subscriptions;
            this.products = products;
            this.vatCodes = vatCodes;
            this.forms = forms;
        }

        private void prepare(long subscriptionId, Model model) {
            model.addAttribute("subscription", subscriptions.get(subscriptionId));
            model.addAttribute("products", products.active());
            model.addAttribute("vatCodes", vatCodes.active());
            model.addAttribute("kinds", SubscriptionLine.Kind.values());
            model.addAttribute("priceModelTypes", no.takt.money.PriceModel.Type.values());
            model.addAttribute("meters", meters.all().stream().filter(no.takt.usage.Meter::active).toList());
        }

        @GetMapping("/new")
        String newForm(@PathVariable long subscriptionId, @RequestParam(defaultValue = "false") boolean freeText,
                Model model) {
            prepare(subscriptionId, model);
            forms.fill(model, new LineInput(null, SubscriptionLine.Kind.PRODUCT,
                    new LineInput.Text(freeText, false, false, null, null), LineInput.Item.NONE,
                    new LineInput.Prices(java.math.BigDecimal.ONE, null, null, null, null),
                    new LineInput.Locks(false, false, false, false), false, null, null, null));
            return VIEW;
        }

        @GetMapping("/{id}")
        String edit(@PathVariable long subscriptionId, @PathVariable long id, Model model) {
            prepare(subscriptionId, model);
            SubscriptionLine line = lines.get(subscriptionId, id);
            model.addAttribute("entity", line);
            forms.fill(model, line);
            return VIEW;
        }

        @PostMapping("/new")
        String create(@PathVariable long subscriptionId, @RequestParam MultiValueMap<String, String> params,
                Model model, RedirectAttributes flash) {
            prepare(subscriptionId, model);
            return forms.submit(params, LineInput.class, model, VIEW, input -> {
                lines.create(subscriptionId, input);
                return back(subscriptionId, flash);
            });
        }

        @PostMapping("/{id}")
        String update(@PathVariable long subscriptionId, @PathVariable long id,
                @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash) {
            prepare(subscriptionId, model);
            model.addAttribute("entity", lines.get(subscriptionId, id));
            return forms.submit(params, LineInput.class, model, VIEW, input -> {
                lines.update(subscriptionId, id, input);
                return back(subscriptionId, flash);
            });
        }

        /** The live sums of the line form (sum, margin, margin %, sum incl. VAT) as the user types. */
        @PostMapping("/amounts")
        String amounts(@PathVariable long subscriptionId, @RequestParam MultiValueMap<String, String> params,
                Model model) {
            forms.tryBind(params, LineInput.class).ifPresent(input -> {
                try {
                    model.addAttribute("preview", lines.preview(subscriptionId, input));
                } catch (ProblemException e) {
                    model.addAttribute("preview", null);
                }
            });
            return VIEW + " :: amounts";
        }

        @PostMapping("/{id}/move")
        String move(@PathVariable long subscriptionId, @PathVariable long id, @RequestParam int by) {
            lines.move(subscriptionId, id, by);
            return "redirect:/subscriptions/" + subscriptionId + "#lines";
        }

        @PostMapping("/{id}/delete")
        String delete(@PathVariable long subscriptionId, @PathVariable long id, RedirectAttributes flash) {
            lines.delete(subscriptionId, id);
            flash.addFlashAttribute("flash", "flash.deleted");
            return "redirect:/subscriptions/" + subscriptionId + "#lines";
        }

        private static String back(long subscriptionId, RedirectAttributes flash) {
            flash.addFlashAttribute("flash", "flash.saved");
            return "redirect:/subscriptions/" + subscriptionId + "#lines";
        }
    }

    @Controller
    @RequestMapping("/subscriptions/{subscriptionId}/subscribers")
    static class Subscribers {

        private static final String VIEW = "subscriptions/subscriber-form";
        private final SubscriberService subscribers;
        private final SubscriptionService subscriptions;
        private final CustomerGroupService groups;
        private final ContactService contacts;
        private final Forms forms;

        Subscribers(SubscriberService subscribers, SubscriptionService subscriptions, CustomerGroupService groups,
                ContactService contacts, Forms forms) {
            this.subscribers = subscribers;
            this.subscriptions = subscriptions;
            this.groups = groups;
            this.contacts = contacts;
            this.forms = forms;
        }

        @GetMapping
        String list(@PathVariable long subscriptionId, PageQuery query, Model model) {
            model.addAttribute("entity", subscriptions.get(subscriptionId));
            model.addAttribute("page", subscribers.page(subscriptionId, query));
            model.addAttribute("query", query);
            model.addAttribute("groups", groups.all());
            model.addAttribute("tab", "subscribers");
            if (!model.containsAttribute("values")) {
                forms.fill(model, new BulkSubscribers(null, null, null, null, true, true));
            }
            return "subscriptions/subscribers";
        }

        private void prepare(long subscriptionId, Long customerId, Model model) {
            model.addAttribute("subscription", subscriptions.get(subscriptionId));
            model.addAttribute("groups", groups.all());
            model.addAttribute("vatOverrides", Subscriber.VatOverride.values());
            model.addAttribute("contacts", customerId == null ? java.util.List.of() : contacts.list(customerId));
        }

        @GetMapping("/new")
        String newForm(@PathVariable long subscriptionId, Model model) {
            prepare(subscriptionId, null, model);
            forms.fill(model, new SubscriberInput(null, null, null, null, null, "1", null, null, null, null, null, null,
                    null, true, null));
            return VIEW;
        }

        @GetMapping("/{id}")
        String edit(@PathVariable long subscriptionId, @PathVariable long id, Model model) {
            Subscriber subscriber = subscribers.get(subscriptionId, id);
            prepare(subscriptionId, subscriber.party().customerId(), model);
            model.addAttribute("entity", subscriber);
            forms.fill(model, subscriber);
            return VIEW;
        }

        @PostMapping("/new")
        String create(@PathVariable long subscriptionId, @RequestParam MultiValueMap<String, String> params,
                Model model, RedirectAttributes flash) {
            prepare(subscriptionId, null, model);
            return forms.submit(params, SubscriberInput.class, model, VIEW, input -> {
                subscribers.create(subscriptionId, input);
                return back(subscriptionId, flash, "flash.saved");
            });
        }

        @PostMapping("/{id}")
        String update(@PathVariable long subscriptionId, @PathVariable long id,
                @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash) {
            Subscriber subscriber = subscribers.get(subscriptionId, id);
            prepare(subscriptionId, subscriber.party().customerId(), model);
            model.addAttribute("entity", subscriber);
            return forms.submit(params, SubscriberInput.class, model, VIEW, input -> {
                subscribers.update(subscriptionId, id, input);
                return back(subscriptionId, flash, "flash.saved");
            });
        }

        @PostMapping("/bulk")
        String bulk(@PathVariable long subscriptionId, @RequestParam MultiValueMap<String, String> params,
                Model model, RedirectAttributes flash) {
            String view = forms.submit(params, BulkSubscribers.class, model, "subscriptions/subscribers", input -> {
                flash.addFlashAttribute("added", subscribers.addMany(subscriptionId, input).size());
                return back(subscriptionId, flash, "flash.subscribers-added");
            });
            return view.startsWith("redirect:") ? view
                    : list(subscriptionId, PageQuery.firstPage(PageQuery.DEFAULT_SIZE), model);
        }

        @PostMapping("/{id}/delete")
        String delete(@PathVariable long subscriptionId, @PathVariable long id, RedirectAttributes flash) {
            subscribers.delete(subscriptionId, id);
            return back(subscriptionId, flash, "flash.deleted");
        }

        private static String back(long subscriptionId, RedirectAttributes flash, String message) {
            flash.addFlashAttribute("flash", message);
            return "redirect:/subscriptions/" + subscriptionId + "/subscribers";
        }
    }

    @Controller
    @RequestMapping("/subscriptions/{subscriptionId}/attachments")
    static class Attachments {

        private final SubscriptionAttachments attachments;
        private final SubscriptionService subscriptions;

        Attachments(SubscriptionAttachments attachments, SubscriptionService subscriptions) {
            this.attachments = attachments;
            this.subscriptions = subscriptions;
        }

        @GetMapping
        String list(@PathVariable long subscriptionId, Model model) {
            model.addAttribute("entity", subscriptions.get(subscriptionId));
            model.addAttribute("attachments", attachments.list(subscriptionId));
            model.addAttribute("tab", "attachments");
            return "subscriptions/attachments";
        }

        @PostMapping
        String upload(@PathVariable long subscriptionId, @RequestParam("file") MultipartFile file,
                RedirectAttributes flash) throws IOException {
            attachments.add(subscriptionId, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            flash.addFlashAttribute("flash", "flash.saved");
            return "redirect:/subscriptions/" + subscriptionId + "/attachments";
        }

        @GetMapping("/{id}")
        ResponseEntity<byte[]> download(@PathVariable long subscriptionId, @PathVariable long id) {
            return SubscriptionsApi.Attachments.download(attachments, subscriptionId, id);
        }

        @PostMapping("/{id}/delete")
        String delete(@PathVariable long subscriptionId, @PathVariable long id, RedirectAttributes flash) {
            attachments.delete(subscriptionId, id);
            flash.addFlashAttribute("flash", "flash.deleted");
            return "redirect:/subscriptions/" + subscriptionId + "/attachments";
        }
    }
}
