package no.takt.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.takt.documents.DocumentService;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.jdbc.Rows;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The print queue as one PDF made in the background (issue 14: 10,000 documents took a request a
 * minute): a job is started, its documents are rendered a hundred at a time on every core — each
 * hundred merged into a part file, the parts into the one PDF, so the heap holds one hundred at a
 * time — and its progress ({@code done} of {@code total}) is kept in the database, for the page to show
 * from any instance. The PDF is written to {@code takt.delivery.print-jobs}. A job that has not moved
 * for {@code takt.delivery.print-job-timeout} (its instance stopped) reads as FAILED; start another.
 */
@Service
public class PrintJobs {

    static final int PAGE = 100;
    private static final Logger log = LoggerFactory.getLogger(PrintJobs.class);

    /** A job as it stands; {@code upTo} is the newest delivery it prints (to mark printed). */
    public record PrintJob(long id, long upTo, Status status, int total, int done, String error,
                           OffsetDateTime createdAt, String createdBy, OffsetDateTime finishedAt) {

        public enum Status { RUNNING, DONE, FAILED }

        /** Done in percent, for the progress bar. */
        public int percent() {
            return total == 0 ? 100 : (int) (100L * done / total);
        }
    }

    private final JdbcClient jdbc;
    private final DeliveryRepository deliveries;
    private final DocumentService documents;
    private final PrintBatch batch;
    private final AuditLog audit;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Path folder;
    private final Duration timeout;

    PrintJobs(JdbcClient jdbc, DeliveryRepository deliveries, DocumentService documents, PrintBatch batch,
            AuditLog audit, TaskExecutor executor, Clock clock,
            @Value("${takt.delivery.print-jobs:./data/print-jobs}") Path folder,
            @Value("${takt.delivery.print-job-timeout:PT5M}") Duration timeout) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
        this.documents = documents;
        this.batch = batch;
        this.audit = audit;
        this.executor = executor;
        this.clock = clock;
        this.folder = folder;
        this.timeout = timeout;
    }

    /** Starts the print queue up to the delivery (none: all of it) as one PDF; 404 when it is empty. */
    public PrintJob start(Long upTo) {
        long newest = upTo != null ? upTo : deliveries.printQueueBatch(Integer.MAX_VALUE)[0];
        List<Long> queued = deliveries.printQueue(newest);
        if (queued.isEmpty()) {
            throw new NotFoundException("print-queue", newest);
        }
        Stamp stamp = audit.stamp();
        long id = Rows.insert(jdbc.sql("""
                insert into print_job (up_to, status, total, done, created_at, created_by, updated_at)
                values (:upTo, 'RUNNING', :total, 0, :at, :by, :at)""").param("upTo", newest)
                .param("total", queued.size()).param("at", stamp.at()).param("by", stamp.by()));
        executor.execute(() -> render(id, queued));
        return get(id);
    }

    public PrintJob get(long id) {
        return jdbc.sql("select * from print_job where id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("print-job", id));
    }

    /** The newest jobs, newest first. */
    public List<PrintJob> recent(int limit) {
        return jdbc.sql("select * from print_job order by id desc limit ?").param(limit).query(this::map).list();
    }

    /** A done job's PDF. */
    public Optional<Path> pdf(long id) {
        PrintJob job = get(id);
        if (job.status() != PrintJob.Status.DONE) {
            return Optional.empty();
        }
        return Optional.of(folder.resolve(file(id))).filter(Files::exists);
    }

    private void render(long id, List<Long> queued) {
        List<Path> parts = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (int from = 0; from < queued.size(); from += PAGE) {
                List<Long> ids = queued.subList(from, Math.min(queued.size(), from + PAGE));
                PDFMergerUtility part = new PDFMergerUtility();
                batch.render(ids.stream().map(documents::get).toList())
                        .forEach(pdf -> part.addSource(new org.apache.pdfbox.io.RandomAccessReadBuffer(pdf)));
                Path file = Files.createTempFile(folder, "job-" + id + "-", ".part");
                part.setDestinationFileName(file.toString());
                part.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
                parts.add(file);
                jdbc.sql("update print_job set done = ?, updated_at = ? where id = ?")
                        .params(from + ids.size(), OffsetDateTime.now(clock), id).update();
            }
            PDFMergerUtility all = new PDFMergerUtility();
            for (Path part : parts) {
                all.addSource(part.toFile());
            }
            all.setDestinationFileName(folder.resolve(file(id)).toString());
            all.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
            OffsetDateTime now = OffsetDateTime.now(clock);
            jdbc.sql("update print_job set status = 'DONE', file_name = ?, updated_at = ?, finished_at = ? where id = ?")
                    .params(file(id), now, now, id).update();
        } catch (Exception e) {
            log.warn("Print job {} failed", id, e);
            String error = String.valueOf(e.getMessage());
            OffsetDateTime now = OffsetDateTime.now(clock);
            jdbc.sql("update print_job set status = 'FAILED', error = ?, updated_at = ?, finished_at = ? where id = ?")
                    .params(error.substring(0, Math.min(2000, error.length())), now, now, id).update();
        } finally {
            for (Path part : parts) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // a part left behind is a temporary file, no more
                }
            }
        }
    }

    private static String file(long id) {
        return "print-queue-job-" + id + ".pdf";
    }

    private PrintJob map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        PrintJob.Status status = PrintJob.Status.valueOf(rs.getString("status"));
        // a job its instance stopped making (nothing has moved for the timeout) will not finish
        if (status == PrintJob.Status.RUNNING && Rows.time(rs, "updated_at").isBefore(OffsetDateTime.now(clock)
                .minus(timeout))) {
            status = PrintJob.Status.FAILED;
        }
        return new PrintJob(rs.getLong("id"), rs.getLong("up_to"), status, rs.getInt("total"), rs.getInt("done"),
                rs.getString("error"), Rows.time(rs, "created_at"), rs.getString("created_by"),
                Rows.time(rs, "finished_at"));
    }
}
