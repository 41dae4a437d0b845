package no.takt.platform.web;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * {@code GET /{id}}, {@code POST} (201 with Location) and {@code PUT /{id}} for one master-data
 * resource; the subclass maps the path and adds its list endpoint with its own filters.
 */
public abstract class CrudApiController<T extends Identified, I> {

    private final CrudService<T, I> service;

    protected CrudApiController(CrudService<T, I> service) {
        this.service = service;
    }

    @GetMapping("/{id}")
    public T get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    public ResponseEntity<T> create(@Valid @RequestBody I input) {
        T created = service.create(input);
        return Created.at(created.id(), created);
    }

    @PutMapping("/{id}")
    public T update(@PathVariable long id, @Valid @RequestBody I input) {
        return service.update(id, input);
    }
}
