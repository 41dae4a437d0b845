package no.takt.payments.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes Nets OCR giro files for tests, as the system manual lays them out (80-character records,
 * one assignment): transactions of any type with KID or free text, and the end records that count
 * and total them (reversals added in, manual §2.5) — or, to test refusals, totals that do not.
 */
public final class OcrFiles {

    /** One transaction: its type ("10"–"21"), amount (positive; a reversal type takes it back), KID or text. */
    public record Tx(String type, BigDecimal amount, String kid, String freeText, LocalDate date) {
        public static Tx kid(String kid, String amount) {
            return new Tx("10", new BigDecimal(amount), kid, null, LocalDate.of(2027, 1, 15));
        }
    }

    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

    private final List<Tx> transactions = new ArrayList<>();
    private long totalAdjustment;
    private int countAdjustment;
    private long transmission = 1_000_001;

    public OcrFiles add(Tx tx) {
        transactions.add(tx);
        return this;
    }

    public OcrFiles transmission(long number) {
        transmission = number;
        return this;
    }

    /** The end records state this many øre more than the transactions add up to. */
    public OcrFiles wrongTotal(long ore) {
        totalAdjustment = ore;
        return this;
    }

    public OcrFiles wrongCount(int by) {
        countAdjustment = by;
        return this;
    }

    public String write() {
        StringBuilder out = new StringBuilder(transactions.size() * 170 + 400);
        line(out, "NY000010" + "00008080" + String.format("%07d", transmission) + "00012345" + "0".repeat(49));
        line(out, "NY090020" + "001234567" + "0000001" + "12071234560" + "0".repeat(45));
        long total = 0;
        int records = 1;
        int n = 0;
        for (Tx tx : transactions) {
            n++;
            long ore = tx.amount().movePointRight(2).longValueExact();
            total += ore;
            String no = String.format("%07d", n);
            String date = tx.date().format(DDMMYY);
            String kid = tx.kid() == null ? "" : tx.kid();
            // The bank's own references of the transaction follow from it, so the same payment sent in
            // another file is the same transaction.
            long archive = Math.floorMod((kid + tx.amount() + date + tx.type() + tx.freeText()).hashCode(),
                    1_000_000_000L);
            line(out, "NY09" + tx.type() + "30" + no + date + "13" + date.substring(0, 2) + "1"
                    + String.format("%05d", archive % 100_000) + "0" + String.format("%017d", ore)
                    + String.format("%25s", kid) + "000000");
            line(out, "NY09" + tx.type() + "31" + no + "0000000000" + String.format("%09d", archive) + "0000000" + date
                    + "15031234567" + "0".repeat(22));
            records += 2;
            if (tx.type().equals("20") || tx.type().equals("21")) {
                line(out, "NY09" + tx.type() + "32" + no + String.format("%-40s", tx.freeText() == null ? ""
                        : tx.freeText()) + "0".repeat(25));
                records++;
            }
        }
        records++;
        String last = transactions.isEmpty() ? "150127" : transactions.getLast().date().format(DDMMYY);
        String first = transactions.isEmpty() ? "150127" : transactions.getFirst().date().format(DDMMYY);
        line(out, "NY090088" + String.format("%08d", transactions.size() + countAdjustment)
                + String.format("%08d", records) + String.format("%017d", total + totalAdjustment) + last + first + last
                + "0".repeat(21));
        line(out, "NY000089" + String.format("%08d", transactions.size() + countAdjustment)
                + String.format("%08d", records + 2) + String.format("%017d", total + totalAdjustment) + last
                + "0".repeat(33));
        return out.toString();
    }

    private static void line(StringBuilder out, String record) {
        if (record.length() != 80) {
            throw new IllegalStateException("record of " + record.length() + ": " + record);
        }
        out.append(record).append('\n');
    }
}
