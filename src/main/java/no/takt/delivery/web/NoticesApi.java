package no.takt.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.takt.delivery.Notices;
import no.takt.platform.errors.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Announcing a scheduled price change to its customers: {@code POST /api/v1/price-changes/{id}/announce}
 * (and the button on the change's page), and the notices it made.
 */
@Controller
@Tag(name = "Price changes")
class NoticesApi {

    /** The announcement's subject and text (templates with special fields); left out, the defaults. */
    record Announcement(String subject, String text) {
    }

    private final Notices notices;
    private final Problems problems;

    NoticesApi(Notices notices, Problems problems) {
        this.notices = notices;
        this.problems = problems;
    }

    @Operation(summary = "Announce a scheduled price change by e-mail to the customers it reaches",
            description = "One message per customer with an e-mail address, made now and sent in the background;"
                    + " announcing again tells only customers not told yet. Special fields: @CUSTOMERNAME@,"
                    + " @EFFECTIVEDATE@, @CHANGES@, @PERCENT@, @NOTE@, @COMPANY@.")
    @PostMapping(value = "/api/v1/price-changes/{id}/announce", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ResponseBody
    Notices.Announced announce(@PathVariable long id, @RequestBody(required = false) Announcement body) {
        return notices.announce(id, body == null ? null : body.subject(), body == null ? null : body.text());
    }

    @GetMapping("/api/v1/price-changes/{id}/notices")
    @ResponseBody
    List<Notices.Notice> list(@PathVariable long id) {
        return notices.of(id);
    }

    @PostMapping("/price-changes/{id}/announce")
    String announce(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
        try {
            Notices.Announced done = notices.announce(id, form.getFirst("subject"), form.getFirst("text"));
            flash.addFlashAttribute("flashText", problems.message("notice.announced", List.of(done.customers(),
                    done.alreadyTold(), done.withoutEmail())));
        } catch (no.takt.platform.errors.ProblemException e) {
            // said on the change's page, as the form's other messages are (no sender address, applied meanwhile)
            flash.addFlashAttribute("flashText", problems.messages(e).getFirst());
        }
        return "redirect:/price-changes/" + id;
    }
}
