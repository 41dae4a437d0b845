package no.takt.payments;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import no.takt.payments.core.BankFile;
import no.takt.platform.web.Identified;

/**
 * A bank file as imported: its format, how many transactions it had and their total, how many were
 * matched, left unmatched, or already applied from another file (duplicates), and who imported it.
 * {@code repeated}: this answer is for the same file sent again, and nothing was applied this time.
 */
public record PaymentFile(long id, BankFile.Format format, String fileName, int transactions,
                          BigDecimal totalAmount, int matched, int unmatched, int duplicates,
                          OffsetDateTime importedAt, String importedBy, boolean repeated) implements Identified {

    PaymentFile again() {
        return new PaymentFile(id, format, fileName, transactions, totalAmount, matched, unmatched, duplicates,
                importedAt, importedBy, true);
    }
}
