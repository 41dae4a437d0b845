package no.takt.payments.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How a payment's amount is spread over a customer's open invoices (decision 0008): each invoice in
 * the order given (oldest due first) takes what is open of it, up to what is left of the payment;
 * what is left over is the customer's credit. A payment of exactly the open amount pays the invoice,
 * less leaves it partly paid, more pays it and leaves the rest as credit.
 */
public final class Spread {

    /** What can take money (an invoice; a reminder's charges): its id and what is open of it. */
    public record Open(long id, BigDecimal open) {
    }

    /** What goes to each invoice, and what is left as credit. */
    public record Result(List<Part> parts, BigDecimal credit) {
    }

    public record Part(long id, BigDecimal amount) {
    }

    private Spread() {
    }

    public static Result of(BigDecimal amount, List<Open> invoices) {
        BigDecimal left = amount;
        List<Part> parts = new ArrayList<>();
        for (Open invoice : invoices) {
            if (left.signum() <= 0) {
                break;
            }
            if (invoice.open().signum() > 0) {
                BigDecimal take = left.min(invoice.open());
                parts.add(new Part(invoice.id(), take));
                left = left.subtract(take);
            }
        }
        return new Result(List.copyOf(parts), left.max(BigDecimal.ZERO.setScale(amount.scale())));
    }
}
