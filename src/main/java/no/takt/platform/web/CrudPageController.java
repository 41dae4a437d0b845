package no.takt.platform.web;

import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The new/edit/save pages of one master-data entity, all through {@link Forms} and the entity's
 * service. The subclass maps the base path, adds the list page, and puts the choices its form needs
 * (VAT codes, terms, …) into the model in {@link #prepare}.
 */
public abstract class CrudPageController<T extends Identified, I> {

    private final CrudService<T, I> service;
    private final Forms forms;
    private final Class<I> inputType;
    private final String basePath;
    private final String formView;

    protected CrudPageController(CrudService<T, I> service, Forms forms, Class<I> inputType, String basePath) {
        this.service = service;
        this.forms = forms;
        this.inputType = inputType;
        this.basePath = basePath;
        this.formView = basePath.substring(1) + "/form";
    }

    /** The list page: one page of entities and the query that found them. */
    protected String list(PageQuery query, Page<T> page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("query", query);
        return basePath.substring(1) + "/list";
    }

    /** Adds what the form needs besides the entity's values: choices for selects, related lists. */
    protected void prepare(Model model, T entity) {
    }

    /** The values a new entity's form starts with. */
    protected Object defaults() {
        return null;
    }

    @GetMapping("/new")
    public String newForm(Model model) {
        forms.fill(model, defaults());
        prepare(model, null);
        return formView;
    }

    @GetMapping("/{id}")
    public String edit(@PathVariable long id, Model model) {
        T entity = service.get(id);
        forms.fill(model, entity);
        model.addAttribute("entity", entity);
        prepare(model, entity);
        return formView;
    }

    @PostMapping("/new")
    public String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash) {
        prepare(model, null);
        return forms.submit(params, inputType, model, formView, input -> saved(service.create(input), flash));
    }

    @PostMapping("/{id}")
    public String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes flash) {
        T entity = service.get(id);
        model.addAttribute("entity", entity);
        prepare(model, entity);
        return forms.submit(params, inputType, model, formView, input -> saved(service.update(id, input), flash));
    }

    private String saved(T entity, RedirectAttributes flash) {
        flash.addFlashAttribute("flash", "flash.saved");
        return "redirect:" + basePath + "/" + entity.id();
    }
}
