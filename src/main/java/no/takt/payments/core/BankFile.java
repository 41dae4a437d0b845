package no.takt.payments.core;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A bank file as read and checked whole: its format, its incoming transactions, and the entries
 * left aside (camt.054 debits: money out is not a payment received).
 */
public record BankFile(Format format, List<BankTransaction> transactions, BigDecimal total, int skipped) {

    public enum Format { OCR_GIRO, CAMT054, AVTALEGIRO_AGREEMENTS, BETALINGSSERVICE_PAYMENTS,
        BETALINGSSERVICE_AGREEMENTS }

    /**
     * Reads a file of either kind, told apart by its first characters: XML is camt.054, "NY" a Nets
     * file. Throws {@link BankFileException} naming the line and the reason when it is not sound.
     */
    public static BankFile read(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 200), StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "").replace("ï»¿", "").stripLeading();
        if (start.startsWith("<")) {
            return Camt054.read(content);
        }
        if (start.startsWith("NY")) {
            return OcrGiro.read(new String(content, StandardCharsets.ISO_8859_1));
        }
        throw new BankFileException(1, "error.bank-file.unknown-format");
    }
}
