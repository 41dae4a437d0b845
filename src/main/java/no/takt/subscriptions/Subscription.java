package no.takt.subscriptions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.takt.platform.audit.Stamps;
import no.takt.platform.web.Identified;

/**
 * A subscription as read: its order basis and settings (unwrapped into the same JSON object), and
 * what is derived from them — status, next run date, the recurrence in words, the standard order
 * sum, subscriber counts, and the orders produced so far.
 *
 * @param active  started and not deactivated (change it with the start and deactivate actions)
 * @param nextDate the next run date on or after today; null when the subscription has ended
 */
public record Subscription(long id, @JsonUnwrapped SubscriptionInput settings, boolean active, Status status,
                           LocalDate nextDate, String recurrence, BigDecimal sumExclVat, long subscriberCount,
                           long activeSubscriberCount, @JsonUnwrapped Orders orders, @JsonUnwrapped Stamps stamps)
        implements Identified {

    /** The orders and invoices billing runs have produced for the subscription, and the first and last of them. */
    public record Orders(long ordersProduced, LocalDate firstOrderDate, String firstOrderNumber, LocalDate lastOrderDate,
                         String lastOrderNumber) {

        public static final Orders NONE = new Orders(0, null, null, null, null);
    }

    /** ACTIVE and INACTIVE by the flag; ENDED once no run date is left; TEMPLATE for templates, which never run. */
    public enum Status { ACTIVE, INACTIVE, ENDED, TEMPLATE }

    public int version() {
        return settings.version();
    }

    public String subject() {
        return settings.basis().subject();
    }

    /** The subject as the next document will have it, as far as its date tells ("Lisens Januar" for "Lisens @MONTHSTRING@"). */
    public String nextSubject() {
        return no.takt.documents.core.SpecialFields.renderCalendar(subject(), nextDate, settings.print().language());
    }
}
