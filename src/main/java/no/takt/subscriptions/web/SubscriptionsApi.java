package no.takt.subscriptions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import no.takt.platform.audit.AuditEntry;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.web.Created;
import no.takt.platform.web.CrudApiController;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import no.takt.subscriptions.BulkSubscribers;
import no.takt.subscriptions.Frequency;
import no.takt.subscriptions.FrequencyInput;
import no.takt.subscriptions.FrequencyService;
import no.takt.subscriptions.LineInput;
import no.takt.subscriptions.StartSummary;
import no.takt.subscriptions.Subscriber;
import no.takt.subscriptions.SubscriberInput;
import no.takt.subscriptions.SubscriberService;
import no.takt.subscriptions.Subscription;
import no.takt.subscriptions.SubscriptionAttachments;
import no.takt.subscriptions.SubscriptionInput;
import no.takt.subscriptions.SubscriptionLifecycle;
import no.takt.subscriptions.SubscriptionLine;
import no.takt.subscriptions.SubscriptionLineService;
import no.takt.subscriptions.SubscriptionService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/frequencies} and {@code /api/v1/subscriptions} with its lines, subscribers, attachments and actions. */
final class SubscriptionsApi {

    private SubscriptionsApi() {
    }

    @RestController
    @RequestMapping("/api/v1/frequencies")
    @Tag(name = "Frequencies")
    static class Frequencies extends CrudApiController<Frequency, FrequencyInput> {

        private final FrequencyService service;

        Frequencies(FrequencyService service) {
            super(service);
            this.service = service;
        }

        @GetMapping
        Page<Frequency> list(@ParameterObject PageQuery query, @RequestParam(required = false) Boolean active) {
            return service.list(query, active);
        }
    }

    @RestController
    @RequestMapping("/api/v1/subscriptions")
    @Tag(name = "Subscriptions")
    static class Subscriptions extends CrudApiController<Subscription, SubscriptionInput> {

        private final SubscriptionService service;
        private final SubscriptionLifecycle lifecycle;
        private final AuditLog audit;

        private final no.takt.platform.errors.Problems messages;

        Subscriptions(SubscriptionService service, SubscriptionLifecycle lifecycle, AuditLog audit,
                no.takt.platform.errors.Problems messages) {
            super(service);
            this.messages = messages;
            this.service = service;
            this.lifecycle = lifecycle;
            this.audit = audit;
        }

        @GetMapping
        ResponseEntity<Page<Subscription>> list(@ParameterObject PageQuery query,
                @RequestParam(required = false) Subscription.Status status,
                @RequestParam(required = false) String format, jakarta.servlet.http.HttpServletResponse response)
                throws java.io.IOException {
            return no.takt.platform.web.Exports.answer(format, response, () -> service.list(query, status),
                    "subscriptions", SubscriptionExport.columns(messages), each -> service.each(query, status, each));
        }

        @Operation(summary = "What starting would bill, to whom, on the next run date, and what blocks it")
        @GetMapping("/{id}/start-summary")
        StartSummary startSummary(@PathVariable long id) {
            return lifecycle.summary(id);
        }

        @Operation(summary = "Start", description = "422 lists everything missing: frequency, our reference, seller,"
                + " an order line, an active subscriber. Answers the summary of the next run.")
        @PostMapping("/{id}/start")
        StartSummary start(@PathVariable long id) {
            return lifecycle.start(id);
        }

        @PostMapping("/{id}/deactivate")
        Subscription deactivate(@PathVariable long id) {
            return lifecycle.deactivate(id);
        }

        @Operation(summary = "Copy", description = "An inactive copy with all lines and subscribers, subject prefixed"
                + " \"Kopi av\"/\"Kopi af\"/\"Copy of\" by the subscription's language.")
        @PostMapping("/{id}/copy")
        ResponseEntity<Subscription> copy(@PathVariable long id) {
            Subscription copy = lifecycle.copy(id);
            return ResponseEntity.created(java.net.URI.create("/api/v1/subscriptions/" + copy.id())).body(copy);
        }

        @Operation(summary = "Create a subscription from this template (its settings and lines)")
        @PostMapping("/{id}/create-from-template")
        ResponseEntity<Subscription> fromTemplate(@PathVariable long id) {
            Subscription created = lifecycle.fromTemplate(id);
            return ResponseEntity.created(java.net.URI.create("/api/v1/subscriptions/" + created.id())).body(created);
        }

        @Operation(summary = "Every change to the subscription, its lines, subscribers and attachments, newest first")
        @GetMapping("/{id}/audit")
        Page<AuditEntry> audit(@PathVariable long id, @ParameterObject PageQuery query) {
            service.get(id);
            return audit.scope(SubscriptionService.scope(id), query);
        }
    }

    @RestController
    @RequestMapping("/api/v1/subscriptions/{subscriptionId}/lines")
    @Tag(name = "Subscriptions")
    static class Lines {

        private final SubscriptionLineService service;

        Lines(SubscriptionLineService service) {
            this.service = service;
        }

        @GetMapping
        Page<SubscriptionLine> list(@PathVariable long subscriptionId) {
            return all(service.list(subscriptionId));
        }

        @GetMapping("/{id}")
        SubscriptionLine get(@PathVariable long subscriptionId, @PathVariable long id) {
            return service.get(subscriptionId, id);
        }

        @PostMapping
        ResponseEntity<SubscriptionLine> create(@PathVariable long subscriptionId, @Valid @RequestBody LineInput input) {
            SubscriptionLine line = service.create(subscriptionId, input);
            return Created.at(line.id(), line);
        }

        @Operation(summary = "The amounts a line with these values would have, without saving it")
        @PostMapping("/preview")
        SubscriptionLine preview(@PathVariable long subscriptionId, @Valid @RequestBody LineInput input) {
            return service.preview(subscriptionId, input);
        }

        @PutMapping("/{id}")
        SubscriptionLine update(@PathVariable long subscriptionId, @PathVariable long id,
                @Valid @RequestBody LineInput input) {
            return service.update(subscriptionId, id, input);
        }

        @DeleteMapping("/{id}")
        @ResponseStatus(HttpStatus.NO_CONTENT)
        void delete(@PathVariable long subscriptionId, @PathVariable long id) {
            service.delete(subscriptionId, id);
        }
    }

    @RestController
    @RequestMapping("/api/v1/subscriptions/{subscriptionId}/subscribers")
    @Tag(name = "Subscriptions")
    static class Subscribers {

        private final SubscriberService service;

        Subscribers(SubscriberService service) {
            this.service = service;
        }

        @GetMapping
        Page<Subscriber> list(@PathVariable long subscriptionId, @ParameterObject PageQuery query) {
            return service.page(subscriptionId, query);
        }

        @GetMapping("/{id}")
        Subscriber get(@PathVariable long subscriptionId, @PathVariable long id) {
            return service.get(subscriptionId, id);
        }

        @PostMapping
        ResponseEntity<Subscriber> create(@PathVariable long subscriptionId,
                @Valid @RequestBody SubscriberInput input) {
            Subscriber subscriber = service.create(subscriptionId, input);
            return Created.at(subscriber.id(), subscriber);
        }

        @Operation(summary = "Add many subscribers by criteria", description = "Answers the subscribers added.")
        @PostMapping("/bulk")
        Page<Subscriber> bulk(@PathVariable long subscriptionId, @Valid @RequestBody BulkSubscribers criteria) {
            return all(service.addMany(subscriptionId, criteria));
        }

        @PutMapping("/{id}")
        Subscriber update(@PathVariable long subscriptionId, @PathVariable long id,
                @Valid @RequestBody SubscriberInput input) {
            return service.update(subscriptionId, id, input);
        }

        @DeleteMapping("/{id}")
        @ResponseStatus(HttpStatus.NO_CONTENT)
        void delete(@PathVariable long subscriptionId, @PathVariable long id) {
            service.delete(subscriptionId, id);
        }
    }

    @RestController
    @RequestMapping("/api/v1/subscriptions/{subscriptionId}/attachments")
    @Tag(name = "Subscriptions")
    static class Attachments {

        private final SubscriptionAttachments service;

        Attachments(SubscriptionAttachments service) {
            this.service = service;
        }

        @GetMapping
        Page<SubscriptionAttachments.Attachment> list(@PathVariable long subscriptionId) {
            return all(service.list(subscriptionId));
        }

        @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
        ResponseEntity<SubscriptionAttachments.Attachment> add(@PathVariable long subscriptionId,
                @RequestParam("file") MultipartFile file) throws IOException {
            var attachment = service.add(subscriptionId, file.getOriginalFilename(), file.getContentType(),
                    file.getBytes());
            return Created.at(attachment.id(), attachment);
        }

        @GetMapping("/{id}")
        ResponseEntity<byte[]> download(@PathVariable long subscriptionId, @PathVariable long id) {
            return download(service, subscriptionId, id);
        }

        @DeleteMapping("/{id}")
        @ResponseStatus(HttpStatus.NO_CONTENT)
        void delete(@PathVariable long subscriptionId, @PathVariable long id) {
            service.delete(subscriptionId, id);
        }

        static ResponseEntity<byte[]> download(SubscriptionAttachments service, long subscriptionId, long id) {
            var attachment = service.get(subscriptionId, id);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(attachment.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                    .contentType(MediaType.parseMediaType(attachment.contentType()))
                    .body(service.content(subscriptionId, id));
        }
    }

    /** A whole (small) list in the paged shape every list answers. */
    static <T> Page<T> all(List<T> items) {
        return Page.of(items, PageQuery.firstPage(Math.max(1, items.size())), items.size());
    }
}
