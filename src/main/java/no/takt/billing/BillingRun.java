package no.takt.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import no.takt.platform.web.Identified;

/**
 * One billing run: for which date, started by whom (a user, a token, or the scheduler), how far it
 * has come, and what it produced. {@code chunksDone} of {@code chunksTotal} is its progress.
 *
 * @param approval     NONE when its documents go out as they are made; WAITING while they are held for
 *                     a person to look at them, RELEASED (by whom, when) once they went on their way
 * @param supersededBy for an ABANDONED run, the later run that billed its work (its instance had
 *                     stopped; the documents it made before stay, and count as its own)
 */
public record BillingRun(long id, LocalDate date, Status status, Trigger trigger, String startedBy,
                         OffsetDateTime startedAt, OffsetDateTime finishedAt, int chunksTotal, int chunksDone,
                         int documentsCreated, int subscribersSkipped, BigDecimal totalExclVat, String error,
                         Approval approval, OffsetDateTime releasedAt, String releasedBy, Long supersededBy)
        implements Identified {

    public enum Status { RUNNING, COMPLETED, FAILED, ABANDONED }

    public enum Trigger { SCHEDULER, MANUAL }

    public enum Approval { NONE, WAITING, RELEASED }
}
