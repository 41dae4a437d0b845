package no.takt.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import no.takt.billing.RunApproval;
import no.takt.documents.Document;
import no.takt.documents.DocumentPrint;
import no.takt.documents.DocumentService;
import no.takt.platform.Parallel;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.NotFoundException;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.springframework.stereotype.Service;

/**
 * A run's print batch (PRODUCT.md §6): its invoices for customers with neither e-mail nor EHF, in
 * number order, as one PDF to print and post; with them, invoices made later from the run's sales
 * orders. Sales orders are not posted. While the run waits for approval there is no print batch
 * (409): nothing goes out before.
 *
 * <p>And the print queue: every document to post that is not printed yet — a run's invoices, and
 * what comes between runs, like credit notes and invoices made from orders — as one PDF; a person
 * prints it and marks it printed.
 */
@Service
public class PrintBatch {

    /** The most documents the print queue gives in one PDF (a person prints a stack at a time). */
    static final int QUEUE_BATCH = 1000;

    private final DocumentService documents;
    private final DeliveryRepository deliveries;
    private final DocumentPrint print;
    private final RunApproval approval;

    PrintBatch(DocumentService documents, DeliveryRepository deliveries, DocumentPrint print, RunApproval approval) {
        this.approval = approval;
        this.documents = documents;
        this.deliveries = deliveries;
        this.print = print;
    }

    public byte[] of(long runId) {
        if (approval.heldRun(runId) != null) {
            throw new ConflictException("error.run-held");
        }
        PDFMergerUtility merger = new PDFMergerUtility();
        int[] count = {0};
        documents.eachOfRun(runId, page -> {
            Set<Long> routed = deliveries.routed(page.stream().map(Document::id).toList());
            List<Document> toPrint = page.stream()
                    .filter(d -> d.type() == Document.Type.INVOICE && !routed.contains(d.id())).toList();
            render(toPrint).forEach(pdf -> merger.addSource(new RandomAccessReadBuffer(pdf)));
            count[0] += toPrint.size();
        });
        if (count[0] == 0) {
            throw new NotFoundException("print-batch", runId);
        }
        return merged(merger);
    }

    /** The print queue up to this delivery id, oldest first; 404 when it is empty. */
    public byte[] queue(long upTo) {
        List<Long> queued = deliveries.printQueue(upTo);
        if (queued.isEmpty()) {
            throw new NotFoundException("print-queue", upTo);
        }
        PDFMergerUtility merger = new PDFMergerUtility();
        render(queued.stream().map(documents::get).toList())
                .forEach(pdf -> merger.addSource(new RandomAccessReadBuffer(pdf)));
        return merged(merger);
    }

    /** The documents' PDFs in their order, rendered on every core at once (issue 14: one at a time before). */
    public List<byte[]> render(List<Document> toPrint) {
        return Parallel.map(toPrint, Runtime.getRuntime().availableProcessors(), d -> print.pdf(d, false));
    }

    private static byte[] merged(PDFMergerUtility merger) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        merger.setDestinationStream(out);
        try {
            merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

}
