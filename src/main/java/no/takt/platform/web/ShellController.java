package no.takt.platform.web;

import no.takt.platform.errors.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The pages of the shell itself: login and "coming" pages for modules not built yet (the start page is reporting's). */
@Controller
class ShellController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/coming/{key}")
    String coming(@PathVariable String key, Model model) {
        if (!Navigation.comingKeys().contains(key)) {
            throw new NotFoundException("page", key);
        }
        model.addAttribute("key", key);
        return "coming";
    }
}
