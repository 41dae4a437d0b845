package no.takt.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import no.takt.customers.CustomerService;
import no.takt.customers.CustomerSummary;
import no.takt.documents.core.SpecialFields;
import no.takt.organisation.Organisation;
import no.takt.organisation.OrganisationService;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.UnprocessableException;
import no.takt.platform.text.Formats;
import no.takt.subscriptions.PriceChange;
import no.takt.subscriptions.PriceChangeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails that are not documents: a scheduled price change announced to the customers it reaches
 * (PRODUCT.md §8), one message per change and customer — the key of {@code notice}, so announcing again
 * adds only customers not told yet. They are sent as deliveries are: claimed in a committed step,
 * sent without a transaction, the result recorded; a failure is tried again after 1, 2, 4 … minutes,
 * five times; the Message-ID is fixed per notice, so a resend after a cut-off can be told apart.
 *
 * <p>The subject and text are templates with the special fields {@code @CUSTOMERNAME@},
 * {@code @EFFECTIVEDATE@}, {@code @CHANGES@} (one line per changed line: "Lisens: 499,00 → 514,47"),
 * {@code @PERCENT@}, {@code @NOTE@} and {@code @COMPANY@}, written in the customer's language.
 */
@Service
public class Notices {

    static final String PRICE_CHANGE = "PRICE_CHANGE";
    private static final int MAX_ATTEMPTS = 5;
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    /** What an announcement said and to how many customers (those already told are not told again). */
    public record Announced(int customers, int alreadyTold, int withoutEmail) {
    }

    private final JdbcClient jdbc;
    private final PriceChangeService priceChanges;
    private final CustomerService customers;
    private final OrganisationService organisation;
    private final MessageSource messages;
    private final MailTransport transport;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration sendingTimeout;

    Notices(JdbcClient jdbc, PriceChangeService priceChanges, CustomerService customers,
            OrganisationService organisation, MessageSource messages, MailTransport transport, AuditLog audit,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${takt.delivery.sending-timeout:PT2M}") Duration sendingTimeout) {
        this.jdbc = jdbc;
        this.priceChanges = priceChanges;
        this.customers = customers;
        this.organisation = organisation;
        this.messages = messages;
        this.transport = transport;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.sendingTimeout = sendingTimeout;
    }

    /** The subject and text an announcement starts with, in a language (the form shows them to edit). */
    public Map<String, String> defaults(String language) {
        Locale locale = Locale.forLanguageTag(language == null ? "nb" : language);
        return Map.of("subject", messages.getMessage("notice.price-change.subject", null, locale),
                "text", messages.getMessage("notice.price-change.text", null, locale));
    }

    /**
     * Announces a scheduled change to each customer it reaches with an e-mail address: the message is
     * made now (its fields filled in) and sent by {@link #sendDue()}. Subject or text left out: the
     * default in the customer's language.
     */
    @Transactional
    public Announced announce(long priceChangeId, String subject, String text) {
        PriceChange change = priceChanges.get(priceChangeId);
        Map<Long, List<PriceChangeService.Affected>> byCustomer = new LinkedHashMap<>();
        priceChanges.affected(priceChangeId).forEach(a -> byCustomer.computeIfAbsent(a.customerId(),
                k -> new ArrayList<>()).add(a));
        Map<Long, CustomerSummary> summaries = customers.summaries(List.copyOf(byCustomer.keySet()));
        Organisation org = organisation.get();
        if (!byCustomer.isEmpty() && blank(org.email())) {
            throw UnprocessableException.field("email", "error.notice-no-sender");
        }
        Stamp stamp = audit.stamp();
        int made = 0;
        int told = 0;
        int without = 0;
        for (Map.Entry<Long, List<PriceChangeService.Affected>> e : byCustomer.entrySet()) {
            CustomerSummary customer = summaries.get(e.getKey());
            if (customer == null || customer.email() == null || customer.email().isBlank()) {
                without++;
                continue;
            }
            Map<String, String> fields = fields(change, customer, e.getValue(), org);
            String language = customer.language() == null ? "nb" : customer.language();
            Map<String, String> fallback = defaults(language);
            int inserted = jdbc.sql("""
                    insert into notice (kind, reference_id, customer_id, recipient, sender, sender_name, subject, body,
                      status, attempts, next_attempt_at, created_at, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?) on conflict do nothing""")
                    .params(PRICE_CHANGE, priceChangeId, customer.id(), customer.email().trim(), org.email(), org.name(),
                            clip(SpecialFields.render(blank(subject) ? fallback.get("subject") : subject, fields), 500),
                            clip(SpecialFields.render(blank(text) ? fallback.get("text") : text, fields), 8000),
                            stamp.at(), stamp.at(), stamp.by()).update();
            if (inserted == 1) {
                made++;
            } else {
                told++;
            }
        }
        priceChanges.announced(priceChangeId);
        return new Announced(made, told, without);
    }

    private static Map<String, String> fields(PriceChange change, CustomerSummary customer,
            List<PriceChangeService.Affected> lines, Organisation org) {
        Formats f = Formats.of(customer.language());
        StringBuilder changes = new StringBuilder();
        for (PriceChangeService.Affected line : lines) {
            changes.append(changes.isEmpty() ? "" : "\n").append("- ").append(line.lineName()).append(": ")
                    .append(f.amount(line.oldPrice())).append(" → ").append(f.amount(line.newPrice()));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("CUSTOMERNAME", customer.name());
        fields.put("EFFECTIVEDATE", f.date(change.effectiveDate()));
        fields.put("CHANGES", changes.toString());
        fields.put("PERCENT", change.percent() == null ? "" : f.rate(change.percent()));
        fields.put("NOTE", change.note() == null ? "" : change.note());
        fields.put("COMPANY", org.name() == null ? "" : org.name());
        return fields;
    }

    /** The notices of one price change, by customer, as they stand. */
    public List<Notice> of(long priceChangeId) {
        return jdbc.sql("select * from notice where kind = ? and reference_id = ? order by id")
                .params(PRICE_CHANGE, priceChangeId).query((rs, row) -> new Notice(rs.getLong("id"),
                        rs.getLong("customer_id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("status"), rs.getInt("attempts"),
                        no.takt.platform.jdbc.Rows.time(rs, "sent_at"), rs.getString("last_error"))).list();
    }

    /** A notice as it stands. */
    public record Notice(long id, long customerId, String recipient, String subject, String body, String status,
                         int attempts, OffsetDateTime sentAt, String lastError) {
    }

    /**
     * Sends every notice due now, one at a time, each claimed at its own time (as deliveries are: one
     * claimed late in a long announcement must not look cut off to another instance); answers how
     * many were tried.
     */
    public int sendDue() {
        int tried = 0;
        while (true) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            Optional<Claimed> claimed = claim(now);
            if (claimed.isEmpty()) {
                return tried;
            }
            send(claimed.get(), now);
            tried++;
        }
    }

    private record Claimed(long id, String recipient, String sender, String senderName, String subject, String body,
                           int attempts) {
    }

    private Optional<Claimed> claim(OffsetDateTime now) {
        return transaction.execute(status -> {
            Optional<Claimed> due = jdbc.sql("""
                    select * from notice where (status = 'PENDING' and next_attempt_at <= ?)
                      or (status = 'SENDING' and sending_since < ?)
                    order by next_attempt_at, id limit 1 for update skip locked""")
                    .params(now, now.minus(sendingTimeout)).query((rs, row) -> new Claimed(rs.getLong("id"),
                            rs.getString("recipient"), rs.getString("sender"), rs.getString("sender_name"),
                            rs.getString("subject"), rs.getString("body"), rs.getInt("attempts") + 1)).optional();
            due.ifPresent(n -> jdbc.sql("update notice set status = 'SENDING', sending_since = ?,"
                    + " attempts = attempts + 1 where id = ?").params(now, n.id()).update());
            return due;
        });
    }

    private void send(Claimed n, OffsetDateTime now) {
        try {
            MailTransport.Sent sent = transport.send(message(n), "notice-" + n.id() + ".eml");
            transaction.executeWithoutResult(status -> jdbc.sql("update notice set status = 'SENT', sent_at = ?,"
                    + " file_name = ?, last_error = null, sending_since = null where id = ?")
                    .params(now, sent.file(), n.id()).update());
        } catch (Exception e) {
            String error = clip(e.getClass().getSimpleName() + ": " + e.getMessage(), 2000);
            log.warn("Notice {} to {} failed (attempt {}): {}", n.id(), n.recipient(), n.attempts(), error);
            boolean last = n.attempts() >= MAX_ATTEMPTS;
            transaction.executeWithoutResult(status -> jdbc.sql("update notice set status = ?, last_error = ?,"
                    + " next_attempt_at = ?, sending_since = null where id = ?").params(last ? "FAILED" : "PENDING",
                    error, last ? now : now.plusMinutes(1L << (n.attempts() - 1)), n.id()).update());
        }
    }

    private static MimeMessage message(Claimed n) throws MessagingException, UnsupportedEncodingException {
        String messageId = "<takt.notice." + n.id() + n.sender().substring(n.sender().indexOf('@')) + ">";
        MimeMessage message = new MimeMessage(SESSION) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        MimeMessageHelper mail = new MimeMessageHelper(message, false, "UTF-8");
        mail.setFrom(n.sender(), n.senderName());
        mail.setTo(n.recipient());
        mail.setSubject(n.subject());
        mail.setText(n.body());
        message.saveChanges();
        return message;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
