package no.takt.platform.audit;

import io.swagger.v3.oas.annotations.tags.Tag;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log, searchable by entity and actor (admin only). */
@RestController
@Tag(name = "Audit log")
class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    Page<AuditEntry> search(@RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
            @ParameterObject PageQuery query) {
        return audit.search(entityType, entityId, actor, query);
    }
}
