package no.takt.subscriptions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import no.takt.customers.CustomerSummary;
import no.takt.money.LineTerms;
import no.takt.money.SubscriberTerms;
import no.takt.platform.Address;

/**
 * The rules PRODUCT.md §3–4 and seed 003 give for billing one subscriber, in one place for the start
 * summary, the forecast and the billing run.
 */
public final class SubscriptionRules {

    private SubscriptionRules() {
    }

    /**
     * Why a subscriber's customer is never billed as things stand, or null (PRODUCT.md §4): the
     * subscriber is paused, the customer is gone or inactive, or the customer is billed by an earlier
     * entry of the same subscription. Dates are the periods' business, not this.
     */
    public static String skipReason(SubscriptionInput s, Subscriber subscriber, CustomerSummary customer,
            Set<Long> customersBilled) {
        if (!subscriber.active()) {
            return "INACTIVE_SUBSCRIBER";
        }
        if (customer == null) {
            return "NO_CUSTOMER";
        }
        if (!customer.active()) {
            return "INACTIVE_CUSTOMER";
        }
        if (!s.sameCustomerMoreThanOnce() && customersBilled.contains(customer.id())) {
            return "SAME_CUSTOMER";
        }
        return null;
    }

    /** Why a subscriber's customer is not billed on the date, or null when it is (PRODUCT.md §4). */
    public static String skipReason(SubscriptionInput s, Subscriber subscriber, CustomerSummary customer,
            LocalDate date, Set<Long> customersBilled) {
        String reason = skipReason(s, subscriber, customer, customersBilled);
        if (reason != null) {
            return reason;
        }
        if (subscriber.startDate() != null && subscriber.startDate().isAfter(date)) {
            return "NOT_STARTED";
        }
        if (subscriber.endDate() != null && subscriber.endDate().isBefore(date)) {
            return "ENDED";
        }
        return null;
    }

    /** Documents go by e-mail when the subscriber says so, or, where it says nothing, the subscription. */
    public static boolean sendsByEmail(SubscriptionInput s, Subscriber subscriber) {
        return subscriber.sendByEmail() != null ? subscriber.sendByEmail() : s.sendByEmail();
    }

    /**
     * An invoice may be made when the settings say invoice and the addresses they require are valid;
     * otherwise only an editable sales order (seed 003: "Gyldige fakturaadresser og leveringsadresser").
     */
    public static boolean invoiceAllowed(SubscriptionInput s, CustomerSummary customer) {
        return s.processingStep() != Settings.ProcessingStep.SALES_ORDER
                && addressesAllowInvoice(s, customer.invoiceAddress(), deliveryAddress(customer));
    }

    /** Whether these invoice and delivery addresses are what the subscription's address formats require. */
    public static boolean addressesAllowInvoice(SubscriptionInput s, Address invoice, Address delivery) {
        boolean invoiceOk = s.invoiceAddressFormat() != Settings.InvoiceAddressFormat.REQUIRED || invoice.isValid();
        boolean deliveryOk = switch (s.deliveryAddressFormat()) {
            case REQUIRED_DELIVERY_OR_INVOICE -> delivery.isValid() || invoice.isValid();
            case REQUIRED_DELIVERY -> delivery.isValid();
            case REQUIRED_INVOICE -> invoice.isValid();
            default -> true;
        };
        return invoiceOk && deliveryOk;
    }

    /** The customer's delivery address when valid, else its visiting address. */
    public static Address deliveryAddress(CustomerSummary customer) {
        return customer.deliveryAddress().isValid() ? customer.deliveryAddress() : customer.visitingAddress();
    }

    /** The delivery address a document shows, as the subscription's format says (empty when left out). */
    public static Address documentDeliveryAddress(SubscriptionInput s, CustomerSummary customer) {
        return switch (s.deliveryAddressFormat()) {
            case OMIT -> Address.EMPTY;
            case REQUIRED_INVOICE, IF_PRESENT_INVOICE -> customer.invoiceAddress();
            case REQUIRED_DELIVERY, IF_PRESENT_DELIVERY -> deliveryAddress(customer);
            default -> deliveryAddress(customer).isValid() ? deliveryAddress(customer) : customer.invoiceAddress();
        };
    }

    /**
     * The subscriber's values as pricing takes them: the special discounts only until they expire
     * (the subscriber's own end date, or the subscription's rule: a date, or N runs for the subscriber).
     */
    public static SubscriberTerms subscriberTerms(SubscriptionInput s, Subscriber subscriber, LocalDate date,
            int runsSoFar) {
        DiscountExpiry expiry = s.specialDiscountExpiry();
        boolean expired = subscriber.specialDiscountEndDate() != null && date.isAfter(subscriber.specialDiscountEndDate())
                || expiry.type() == Settings.DiscountExpiryType.DATE && date.isAfter(expiry.date())
                || expiry.type() == Settings.DiscountExpiryType.AFTER_RUNS && runsSoFar >= expiry.runs();
        boolean vatFree = subscriber.vatOverride() != null || s.vatMode() == Settings.VatMode.EXPORT;
        return new SubscriberTerms(subscriber.quantityFactor(), subscriber.specialUnitPrice(),
                subscriber.specialPercentDiscount(), subscriber.specialCashDiscount(), expired, vatFree);
    }

    /** An order line as pricing takes it, with its own VAT rate. */
    public static LineTerms lineTerms(SubscriptionLine line, BigDecimal vatRate) {
        return new LineTerms(line.quantity(), line.unitPrice(), line.costPrice(), line.percentDiscount(),
                line.cashDiscount(), vatRate, line.lockedQuantity(), line.lockedUnitPrice(),
                line.lockedPercentDiscount(), line.lockedCashDiscount());
    }
}
