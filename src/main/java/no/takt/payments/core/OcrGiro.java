package no.takt.payments.core;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nets OCR giro, the file of incoming KID payments (OCR giro system manual §2): a transmission of
 * assignments of transactions, each of amount items 1 and 2 (and 3, the free text, for types 20 and
 * 21), read and checked whole — every record's format, the order of records, and each assignment's
 * and the transmission's counts and totals against their end records — before anything is applied.
 *
 * <p>Transaction types 10–17 and 19, 21 are payments; 18 and 20 are reversals (negative here) and
 * are added into the end records' totals as they are, not subtracted (manual §2.5); 15 is a settled
 * AvtaleGiro claim.
 */
public final class OcrGiro {

    private static final Set<String> TYPES = Set.of("10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
            "20", "21");
    private static final Set<String> REVERSALS = Set.of("18", "20");
    private static final Set<String> FREE_TEXT = Set.of("20", "21");
    private static final int LENGTH = 80;

    private OcrGiro() {
    }

    /** One record: its line number and its 80 characters. */
    private record Record(int line, String text) {
        String field(int from, int to) {
            return text.substring(from - 1, to);
        }

        String type() {
            return field(7, 8);
        }

        long number(int from, int to) {
            String value = field(from, to);
            if (!value.chars().allMatch(Character::isDigit)) {
                throw new BankFileException(line, "error.bank-file.not-numeric", from, to, value.strip());
            }
            return Long.parseLong(value);
        }

        LocalDate date(int from) {
            long ddmmyy = number(from, from + 5);
            int year = (int) (ddmmyy % 100);
            try {
                return LocalDate.of(year < 80 ? 2000 + year : 1900 + year, (int) (ddmmyy / 100 % 100),
                        (int) (ddmmyy / 10_000));
            } catch (DateTimeException e) {
                throw new BankFileException(line, "error.bank-file.bad-date", from, field(from, from + 5));
            }
        }
    }

    public static BankFile read(String content) {
        List<Record> records = records(content);
        Record first = records.getFirst();
        expect(first, "00", "10");
        Record last = records.getLast();
        expect(last, "00", "89");
        List<BankTransaction> transactions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int at = 1;
        long transmissionTotal = 0;
        while (at < records.size() - 1) {
            Record start = records.get(at);
            if (!start.type().equals("20")) {
                throw new BankFileException(start.line, "error.bank-file.unexpected-record", start.type(), "20");
            }
            if (!start.field(3, 4).equals("09")) {
                throw new BankFileException(start.line, "error.bank-file.not-ocr-giro", start.field(3, 4));
            }
            String agreement = Long.toString(start.number(9, 17));
            int first1 = transactions.size();
            long assignmentTotal = 0;
            at++;
            while (at < records.size() - 1 && records.get(at).type().equals("30")) {
                Record item1 = records.get(at);
                Record item2 = next(records, at + 1, item1, "31");
                String type = item1.field(5, 6);
                if (!TYPES.contains(type)) {
                    throw new BankFileException(item1.line, "error.bank-file.unknown-transaction-type", type);
                }
                Record item3 = FREE_TEXT.contains(type) ? next(records, at + 2, item1, "32") : null;
                long ore = item1.number(33, 49);
                assignmentTotal += ore;
                transactions.add(transaction(agreement, type, item1, item2, item3, ore, seen));
                at += item3 == null ? 2 : 3;
            }
            Record end = records.get(at);
            if (!end.type().equals("88")) {
                throw new BankFileException(end.line, "error.bank-file.unexpected-record", end.type(), "88");
            }
            int count = transactions.size() - first1;
            int recordCount = end.line - start.line + 1;
            check(end, end.number(9, 16), count, "error.bank-file.count-mismatch");
            check(end, end.number(17, 24), recordCount, "error.bank-file.records-mismatch");
            checkTotal(end, end.number(25, 41), assignmentTotal);
            transmissionTotal += assignmentTotal;
            at++;
        }
        check(last, last.number(9, 16), transactions.size(), "error.bank-file.count-mismatch");
        check(last, last.number(17, 24), records.size(), "error.bank-file.records-mismatch");
        checkTotal(last, last.number(25, 41), transmissionTotal);
        BigDecimal total = transactions.stream().map(BankTransaction::amount).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        return new BankFile(BankFile.Format.OCR_GIRO, List.copyOf(transactions), total, 0);
    }

    private static List<Record> records(String content) {
        List<Record> records = new ArrayList<>();
        String[] lines = content.replace("\uFEFF", "").split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i].replace("\r", "");
            if (text.isBlank()) {
                if (lines.length - i > 1 && !lines[i + 1].isBlank()) {
                    throw new BankFileException(i + 1, "error.bank-file.empty-line");
                }
                continue;
            }
            if (text.length() > LENGTH) {
                throw new BankFileException(i + 1, "error.bank-file.line-length", text.length(), LENGTH);
            }
            text = text + " ".repeat(LENGTH - text.length());
            if (!text.startsWith("NY")) {
                throw new BankFileException(i + 1, "error.bank-file.format-code", text.substring(0, 2));
            }
            records.add(new Record(i + 1, text));
        }
        if (records.size() < 2) {
            throw new BankFileException(records.isEmpty() ? 0 : records.getFirst().line,
                    "error.bank-file.too-short");
        }
        return records;
    }

    private static BankTransaction transaction(String agreement, String type, Record item1, Record item2,
            Record item3, long ore, Map<String, Integer> seen) {
        String sign = item1.field(32, 32);
        if (!sign.equals("0") && !sign.equals("-")) {
            throw new BankFileException(item1.line, "error.bank-file.not-numeric", 32, 32, sign);
        }
        LocalDate netsDate = item1.date(16);
        item1.number(22, 31);
        String kid = item1.field(50, 74).strip();
        if (!kid.isEmpty() && !kid.chars().allMatch(c -> Character.isDigit(c) || c == '-')) {
            throw new BankFileException(item1.line, "error.bank-file.bad-kid", kid);
        }
        long form = item2.number(16, 25);
        long archive = item2.number(26, 34);
        long account = item2.number(48, 58);
        if (item2.number(42, 47) != 0) {
            item2.date(42);
        }
        String freeText = item3 == null ? null : item3.field(16, 55).strip();
        BigDecimal amount = BigDecimal.valueOf(ore, 2);
        if (REVERSALS.contains(type) || sign.equals("-")) {
            amount = amount.negate();
        }
        // The bank's key of the transaction: where and when Nets settled it, its form or archive
        // reference, KID and amount; a repeat of all of these in one file is told apart by its count.
        String key = String.join(":", "OCR", agreement, type, item1.field(16, 31), Long.toString(form),
                Long.toString(archive), kid, Long.toString(ore));
        int occurrence = seen.merge(key, 1, Integer::sum);
        return new BankTransaction(occurrence == 1 ? key : key + "#" + occurrence, item1.line, type, netsDate, amount,
                "NOK", kid.isEmpty() ? null : kid, freeText == null || freeText.isEmpty() ? null : freeText,
                new BankTransaction.Payer(null, account == 0 ? null : String.format("%011d", account)));
    }

    private static Record next(List<Record> records, int at, Record item1, String type) {
        if (at >= records.size() - 1 || !records.get(at).type().equals(type)) {
            int line = at < records.size() ? records.get(at).line : item1.line;
            throw new BankFileException(line, "error.bank-file.missing-item", type, item1.field(9, 15));
        }
        Record item = records.get(at);
        if (!item.field(9, 15).equals(item1.field(9, 15)) || !item.field(5, 6).equals(item1.field(5, 6))) {
            throw new BankFileException(item.line, "error.bank-file.item-mismatch", item1.field(9, 15));
        }
        return item;
    }

    private static void expect(Record record, String service, String type) {
        if (!record.type().equals(type) || !record.field(3, 4).equals(service)) {
            throw new BankFileException(record.line, "error.bank-file.unexpected-record", record.type(), type);
        }
    }

    private static void checkTotal(Record end, long statedOre, long countedOre) {
        if (statedOre != countedOre) {
            throw new BankFileException(end.line, "error.bank-file.total-mismatch", BigDecimal.valueOf(statedOre, 2),
                    BigDecimal.valueOf(countedOre, 2));
        }
    }

    private static void check(Record end, long stated, long counted, String reason) {
        if (stated != counted) {
            throw new BankFileException(end.line, reason, stated, counted);
        }
    }
}
