package no.takt.platform.security;

import no.takt.platform.web.CrudPageController;
import no.takt.platform.web.Forms;
import no.takt.platform.web.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin pages for users and API tokens. */
final class AdminPages {

    private AdminPages() {
    }

    @Controller
    @RequestMapping("/admin/users")
    static class Users extends CrudPageController<UserAccount, UserInput> {

        private final UserAccounts users;

        Users(UserAccounts users, Forms forms) {
            super(users, forms, UserInput.class, "/admin/users");
            this.users = users;
        }

        @GetMapping
        String list(PageQuery query, Model model) {
            return list(query, users.list(query), model);
        }

        @Override
        protected void prepare(Model model, UserAccount entity) {
            model.addAttribute("roles", Role.values());
        }

        @Override
        protected Object defaults() {
            return new UserInput(null, null, null, Role.BILLING, true, null);
        }
    }

    @Controller
    @RequestMapping("/admin/api-tokens")
    static class Tokens {

        private final ApiTokens tokens;
        private final Forms forms;

        Tokens(ApiTokens tokens, Forms forms) {
            this.tokens = tokens;
            this.forms = forms;
        }

        @GetMapping
        String list(PageQuery query, Model model) {
            if (!model.containsAttribute("values")) {
                forms.fill(model, new ApiTokenInput(null, Role.READONLY));
            }
            model.addAttribute("page", tokens.list(query));
            model.addAttribute("query", query);
            model.addAttribute("roles", Role.values());
            return "admin/api-tokens/list";
        }

        /** Creates a token and shows its secret once, on the list page the browser is sent back to. */
        @PostMapping
        String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash) {
            String view = forms.submit(params, ApiTokenInput.class, model, "admin/api-tokens/list", input -> {
                flash.addFlashAttribute("createdToken", tokens.create(input));
                return "redirect:/admin/api-tokens";
            });
            return view.startsWith("redirect:") ? view : list(PageQuery.firstPage(PageQuery.DEFAULT_SIZE), model);
        }

        @PostMapping("/{id}/revoke")
        String revoke(@PathVariable long id, RedirectAttributes flash) {
            tokens.revoke(id);
            flash.addFlashAttribute("flash", "flash.revoked");
            return "redirect:/admin/api-tokens";
        }
    }
}
