package no.takt.revenue.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import no.takt.platform.errors.ProblemException;
import no.takt.platform.errors.Problems;
import no.takt.revenue.AccountMapping;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accounting page ("Regnskap"): the journal of a period as CSV or Excel and as SAF-T (its
 * buttons use {@link AccountingApi}'s downloads), and the accounts it posts to (an admin changes
 * them; a blank field is the standard chart's account).
 */
@Controller
class AccountingPages {

    private final AccountMapping mapping;
    private final Problems messages;
    private final Clock clock;

    AccountingPages(AccountMapping mapping, Problems messages, Clock clock) {
        this.mapping = mapping;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/accounting")
    String page(Model model) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        mapping.get().forEach((k, v) -> values.put(k.name(), v));
        return show(model, values, Map.of());
    }

    private String show(Model model, Map<String, String> values, Map<String, String> errors) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("keys", AccountMapping.Key.values());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("from", today.withDayOfYear(1));
        model.addAttribute("to", today.withDayOfYear(today.lengthOfYear()));
        return "revenue/accounting";
    }

    /** Saves the accounts; one refused keeps the form as typed, with the message at its field. */
    @PostMapping("/accounting")
    String save(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes flash) {
        Map<AccountMapping.Key, String> accounts = new EnumMap<>(AccountMapping.Key.class);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (AccountMapping.Key k : AccountMapping.Key.values()) {
            String v = form.getFirst(k.name());
            accounts.put(k, v);
            values.put(k.name(), v);
        }
        try {
            mapping.set(accounts);
        } catch (ProblemException e) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.fieldProblems().forEach(p -> errors.put(p.field(), messages.message(p.code(), p.args())));
            return show(model, values, errors);
        }
        flash.addFlashAttribute("flash", "flash.saved");
        return "redirect:/accounting";
    }
}
