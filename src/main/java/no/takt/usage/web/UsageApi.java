package no.takt.usage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.takt.platform.web.CrudApiController;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import no.takt.usage.Meter;
import no.takt.usage.MeterInput;
import no.takt.usage.MeterService;
import no.takt.usage.RecordedEvent;
import no.takt.usage.UsageEvents;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/meters}, {@code /api/v1/usage-events} and {@code /api/v1/customers/{id}/usage}. */
class UsageApi {

    @RestController
    @RequestMapping("/api/v1/meters")
    @Tag(name = "Usage")
    static class MetersApi extends CrudApiController<Meter, MeterInput> {

        private final MeterService service;

        MetersApi(MeterService service) {
            super(service);
            this.service = service;
        }

        @GetMapping
        Page<Meter> list(@ParameterObject PageQuery query, @RequestParam(required = false) Boolean active) {
            return service.list(query, active);
        }
    }

    /** One event, or {@code {"events": [...]}}. */
    record Request(List<UsageEvents.EventInput> events, String transactionId, Long customerId, Long customerNumber,
                   String meterCode, String timestamp, Map<String, Object> properties) {
    }

    record Aggregate(long customerId, String meterCode, LocalDate from, LocalDate to, BigDecimal quantity) {
    }

    @RestController
    @Tag(name = "Usage")
    static class EventsApi {

        private final UsageEvents events;

        EventsApi(UsageEvents events) {
            this.events = events;
        }

        @Operation(summary = "Record usage events: one, or {\"events\": [...]} of up to 1,000",
                description = "Each event: transactionId (unique: sent again, it counts once and answers as a"
                        + " duplicate), customerId or customerNumber, meterCode, timestamp (ISO 8601; without an offset,"
                        + " in the company's zone), properties (the meter's property among them). A batch answers 200"
                        + " with accepted, duplicates and rejected [{index, transactionId, field, reason}]: the good"
                        + " events are kept. One event that is refused answers 422 at its field.")
        @PostMapping("/api/v1/usage-events")
        UsageEvents.Result record(@RequestBody Request request) {
            if (request.events() != null) {
                return events.record(request.events());
            }
            return events.recordOne(new UsageEvents.EventInput(request.transactionId(), request.customerId(),
                    request.customerNumber(), request.meterCode(), request.timestamp(), request.properties()));
        }

        @Operation(summary = "The usage events recorded, newest first")
        @GetMapping("/api/v1/usage-events")
        Page<RecordedEvent> list(@ParameterObject PageQuery query, @RequestParam(required = false) Long meterId,
                @RequestParam(required = false) Long customerId) {
            return events.list(meterId, customerId, query);
        }

        @Operation(summary = "A customer's usage on a meter over the days from–to (its meter's aggregate)")
        @GetMapping("/api/v1/customers/{id}/usage")
        Aggregate usage(@PathVariable long id, @RequestParam(required = false) String meterCode,
                @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
            return new Aggregate(id, meterCode, from, to, events.usage(id, meterCode, from, to));
        }
    }
}
