package no.takt.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import no.takt.billing.Document;
import no.takt.billing.DocumentService;
import no.takt.billing.RunApproval;
import no.takt.platform.errors.ConflictException;
import no.takt.documents.DocumentPrint;
import no.takt.platform.errors.NotFoundException;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.springframework.stereotype.Service;

/**
 * A run's print batch (PRODUCT.md §6): its invoices for customers with neither e-mail nor EHF, in
 * number order, as one PDF to print and post; with them, invoices made later from the run's sales
 * orders. Sales orders are not posted; credit notes, made outside runs, are printed from their own
 * page. While the run waits for approval there is no print batch (409): nothing goes out before.
 */
@Service
class PrintBatch {

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

    byte[] of(long runId) {
        if (approval.heldRun(runId) != null) {
            throw new ConflictException("error.run-held");
        }
        PDFMergerUtility merger = new PDFMergerUtility();
        int[] count = {0};
        documents.eachOfRun(runId, page -> {
            Set<Long> routed = deliveries.routed(page.stream().map(Document::id).toList());
            for (Document d : page) {
                if (d.type() == Document.Type.INVOICE && !routed.contains(d.id())) {
                    merger.addSource(new RandomAccessReadBuffer(print.pdf(d, false)));
                    count[0]++;
                }
            }
        });
        if (count[0] == 0) {
            throw new NotFoundException("print-batch", runId);
        }
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
