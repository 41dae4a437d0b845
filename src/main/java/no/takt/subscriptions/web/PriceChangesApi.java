package no.takt.subscriptions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.takt.platform.web.CrudApiController;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import no.takt.subscriptions.PriceChange;
import no.takt.subscriptions.PriceChangeInput;
import no.takt.subscriptions.PriceChangeService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/price-changes} (PRODUCT.md §11): scheduled, replaced and cancelled while scheduled. */
@RestController
@RequestMapping("/api/v1/price-changes")
@Tag(name = "Price changes")
class PriceChangesApi extends CrudApiController<PriceChange, PriceChangeInput> {

    private final PriceChangeService service;

    PriceChangesApi(PriceChangeService service) {
        super(service);
        this.service = service;
    }

    @GetMapping
    Page<PriceChange> list(@ParameterObject PageQuery query, @RequestParam(required = false) PriceChange.Status status) {
        return service.list(query, status);
    }

    @Operation(summary = "Cancel a scheduled price change (an applied one answers 409)")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@PathVariable long id) {
        service.cancel(id);
    }
}
