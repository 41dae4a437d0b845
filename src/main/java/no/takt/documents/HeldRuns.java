package no.takt.documents;

/**
 * Which billing runs wait for approval, so that what comes of their documents later (credit notes,
 * invoices made from their sales orders) is held with them. Implemented by the billing module, which
 * owns the runs; declared here so documents need not depend on billing.
 */
public interface HeldRuns {

    /** The run, when it is one waiting for approval; else null (also for no run). */
    Long heldRun(Long runId);
}
