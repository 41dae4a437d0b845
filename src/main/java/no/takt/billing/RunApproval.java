package no.takt.billing;

import java.time.Clock;
import java.time.OffsetDateTime;
import no.takt.documents.HeldRuns;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval step (seed 004: look at the invoices before they are sent). A run made while the
 * organisation asks for it waits: its documents are made and numbered as always, but nothing is
 * sent — not its invoices, nor credit notes of them, nor invoices made from its sales orders —
 * until a person releases it.
 */
@Service
public class RunApproval implements HeldRuns {

    private final RunRepository runs;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RunApproval(RunRepository runs, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.runs = runs;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The run, when it is one waiting for approval (so what comes of it is held too); else null. */
    @Override
    public Long heldRun(Long runId) {
        return runId != null && runs.find(runId).map(r -> r.approval() == BillingRun.Approval.WAITING).orElse(false)
                ? runId : null;
    }

    /** Lets the run's documents go; 409 unless it is a finished run waiting for approval. */
    @Transactional
    public BillingRun release(long runId) {
        BillingRun before = runs.find(runId).orElseThrow(() -> new NotFoundException("billing-run", runId));
        if (!runs.release(runId, audit.stamp().by(), OffsetDateTime.now(clock))) {
            throw new ConflictException(before.approval() == BillingRun.Approval.WAITING ? "error.run-not-finished"
                    : "error.run-not-waiting");
        }
        events.publishEvent(new RunReleased(runId));
        BillingRun after = runs.find(runId).orElseThrow();
        audit.updated("billing-run", runId, before, after);
        return after;
    }
}
