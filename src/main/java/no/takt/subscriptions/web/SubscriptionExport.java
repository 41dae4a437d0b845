package no.takt.subscriptions.web;

import java.util.List;
import no.takt.platform.errors.Problems;
import no.takt.platform.web.Exports;
import no.takt.subscriptions.Subscription;

/** The subscription list's columns in a file, headed in the user's language (PRODUCT.md §9's columns). */
final class SubscriptionExport {

    private SubscriptionExport() {
    }

    static List<Exports.Column<Subscription>> columns(Problems m) {
        return List.of(
                new Exports.Column<>(m.message("field.id", List.of()), Exports.Kind.INTEGER, Subscription::id),
                new Exports.Column<>(m.message("field.subject", List.of()), Exports.Kind.TEXT, Subscription::subject),
                new Exports.Column<>(m.message("field.status", List.of()), Exports.Kind.TEXT,
                        s -> m.message("enum.Status." + s.status(), List.of())),
                new Exports.Column<>(m.message("field.recurrence", List.of()), Exports.Kind.TEXT, Subscription::recurrence),
                new Exports.Column<>(m.message("field.nextDate", List.of()), Exports.Kind.DATE, Subscription::nextDate),
                new Exports.Column<>(m.message("field.sumExclVat", List.of()), Exports.Kind.AMOUNT,
                        Subscription::sumExclVat),
                new Exports.Column<>(m.message("field.subscriberCount", List.of()), Exports.Kind.INTEGER,
                        Subscription::subscriberCount),
                new Exports.Column<>(m.message("field.activeSubscriberCount", List.of()), Exports.Kind.INTEGER,
                        Subscription::activeSubscriberCount),
                new Exports.Column<>(m.message("field.ordersProduced", List.of()), Exports.Kind.INTEGER,
                        s -> s.orders().ordersProduced()),
                new Exports.Column<>(m.message("field.firstOrderDate", List.of()), Exports.Kind.DATE,
                        s -> s.orders().firstOrderDate()),
                new Exports.Column<>(m.message("field.firstOrderNumber", List.of()), Exports.Kind.TEXT,
                        s -> s.orders().firstOrderNumber()),
                new Exports.Column<>(m.message("field.lastOrderDate", List.of()), Exports.Kind.DATE,
                        s -> s.orders().lastOrderDate()),
                new Exports.Column<>(m.message("field.lastOrderNumber", List.of()), Exports.Kind.TEXT,
                        s -> s.orders().lastOrderNumber()));
    }
}
