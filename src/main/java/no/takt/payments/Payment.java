package no.takt.payments;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.takt.platform.web.Identified;

/**
 * A payment received (or, negative, a reversal taking one back): what the bank said, where it went
 * (its allocations; those undone are kept apart), what is left to place, and where it came from.
 * The parts are unwrapped in JSON (PRODUCT.md §11 names).
 */
public record Payment(long id, Status status, Source source, @JsonUnwrapped Received received,
                      BigDecimal unallocated, List<Allocation> allocations, List<Allocation> undoneAllocations,
                      @JsonUnwrapped Origin origin, @JsonUnwrapped Created created) implements Identified {

    public enum Status { MATCHED, PARTLY_MATCHED, UNMATCHED, REVERSED }

    public enum Source { MANUAL, OCR_GIRO, CAMT054, AVTALEGIRO, BETALINGSSERVICE }

    /** What was paid, as the payer or the bank gave it. */
    public record Received(LocalDate date, BigDecimal amount, String currency, String reference, String freeText,
                           String payerName, String payerAccount) {
    }

    /** The bank file and transaction it came from (none for a payment entered by hand), and what it reverses. */
    public record Origin(Long fileId, String bankReference, Long reversesPaymentId) {
    }

    public record Created(OffsetDateTime createdAt, String createdBy) {
    }

    /**
     * A part of the payment placed: on an invoice (documentId), as the customer's credit, or (credit
     * used) on an invoice from the customer's credit; how it was found; undone ones keep when and by whom.
     */
    public record Allocation(long id, long paymentId, long customerId, Long documentId, Long reminderId, Kind kind,
                             MatchedBy matchedBy,
                             BigDecimal amount, OffsetDateTime createdAt, String createdBy, OffsetDateTime undoneAt,
                             String undoneBy) {

        /** On an invoice, as credit, or on the charges (fee, interest, compensation) of a reminder. */
        public enum Kind { INVOICE, CREDIT, REMINDER }

        /** How it was placed; CREDIT: the customer's credit used on a new invoice when it was issued. */
        public enum MatchedBy { KID, FI_PAYMENT_ID, INVOICE_NUMBER, MANUAL, REVERSAL, CREDIT }

        public boolean active() {
            return undoneAt == null;
        }
    }

    /** The status that follows from what is placed of the amount. */
    static Status status(BigDecimal amount, BigDecimal unallocated) {
        if (unallocated.signum() == 0) {
            return Status.MATCHED;
        }
        return unallocated.compareTo(amount) == 0 ? Status.UNMATCHED : Status.PARTLY_MATCHED;
    }
}
