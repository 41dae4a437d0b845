package no.takt.payments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.takt.payments.core.BankFile;
import no.takt.payments.core.BankFileException;
import no.takt.payments.core.BankTransaction;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.FieldProblem;
import no.takt.platform.errors.ProblemException;
import org.springframework.http.HttpStatus;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bank files (OCR giro, camt.054): read and checked whole first — a file that does not add up is
 * refused with its line and reason, and nothing is applied — then applied in one transaction. The
 * same file again (its SHA-256) answers the first import; a transaction already applied from another
 * file (its bank reference) is counted as a duplicate and applied once. Both are unique keys, so two
 * uploads at once cannot apply anything twice: the one that loses the race waits, then finds the
 * other's rows and counts them as duplicates (or answers the first import, for the same file).
 */
@Service
public class PaymentFiles {

    private static final int ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final PaymentRepository payments;
    private final Placement placement;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    PaymentFiles(JdbcClient jdbc, PaymentRepository payments, Placement placement, AuditLog audit,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.placement = placement;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Imports the file; answers its import (repeated when the same file was imported before). */
    public PaymentFile importFile(byte[] content, String fileName) {
        String sha256 = sha256(content);
        Optional<PaymentFile> before = bySha(sha256);
        if (before.isPresent()) {
            return before.get().again();
        }
        BankFile file;
        try {
            file = BankFile.read(content);
        } catch (BankFileException e) {
            throw refused(e);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> apply(file, sha256, fileName));
            } catch (DuplicateKeyException e) {
                Optional<PaymentFile> raced = bySha(sha256);
                if (raced.isPresent()) {
                    return raced.get().again();
                }
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    public Optional<PaymentFile> find(long id) {
        return jdbc.sql("select * from payment_file where id = ?").param(id).query((rs, row) -> file(rs)).optional();
    }

    public Page<PaymentFile> list(PageQuery query) {
        return no.takt.platform.jdbc.PagedQuery.select("*", "payment_file")
                .search(query.q(), "file_name", "format")
                .page(jdbc, query, new no.takt.platform.jdbc.SortSpec(java.util.Map.of("importedAt", "imported_at"),
                        "-importedAt"), "id", (rs, row) -> file(rs));
    }

    private PaymentFile apply(BankFile file, String sha256, String fileName) {
        Stamp stamp = audit.stamp();
        long id = Rows.insert(jdbc.sql("""
                insert into payment_file (format, sha256, file_name, transactions, total_amount, matched, unmatched,
                  duplicates, imported_at, imported_by) values (?, ?, ?, ?, ?, 0, 0, 0, ?, ?)""")
                .params(file.format().name(), sha256, fileName, file.transactions().size(), file.total(), stamp.at(),
                        stamp.by()));
        Set<String> known = payments.known(file.transactions().stream().map(BankTransaction::bankReference).toList());
        Payment.Source source = file.format() == BankFile.Format.CAMT054 ? Payment.Source.CAMT054
                : Payment.Source.OCR_GIRO;
        List<Placement.Incoming> fresh = file.transactions().stream()
                .filter(t -> !known.contains(t.bankReference()))
                .map(t -> new Placement.Incoming(t.type().equals("15") ? Payment.Source.AVTALEGIRO : source, id, t,
                        null, null)).toList();
        Placement.Placed placed = placement.place(fresh, stamp);
        jdbc.sql("update payment_file set matched = ?, unmatched = ?, duplicates = ? where id = ?")
                .params(placed.matched(), placed.unmatched(), file.transactions().size() - fresh.size(), id).update();
        return find(id).orElseThrow();
    }

    private Optional<PaymentFile> bySha(String sha256) {
        return jdbc.sql("select * from payment_file where sha256 = ?").param(sha256).query((rs, row) -> file(rs))
                .optional();
    }

    /** 422 naming the line and the reason; nothing was applied. */
    private static ProblemException refused(BankFileException e) {
        DefaultMessageSourceResolvable reason = new DefaultMessageSourceResolvable(new String[] {e.reason()},
                e.arguments(), e.reason());
        return new Refused(e.line(), reason);
    }

    /** A bank file refused: at the field {@code file}, with its line and the reason. */
    static final class Refused extends ProblemException {
        Refused(int line, DefaultMessageSourceResolvable reason) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "error.bank-file.refused", List.of(line, reason),
                    List.of(new FieldProblem("file", "error.bank-file.refused", List.of(line, reason))));
        }
    }

    private static PaymentFile file(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PaymentFile(rs.getLong("id"), BankFile.Format.valueOf(rs.getString("format")),
                rs.getString("file_name"), rs.getInt("transactions"), Rows.amount(rs, "total_amount"),
                rs.getInt("matched"), rs.getInt("unmatched"), rs.getInt("duplicates"), Rows.time(rs, "imported_at"),
                rs.getString("imported_by"), false);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
