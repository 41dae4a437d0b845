package no.takt.platform.web;

import java.util.List;

/**
 * The menu of the web UI, grouped as PRODUCT.md is. Modules not built yet are listed as coming, so
 * users see where Takt is going.
 *
 * @param path    the page; for coming modules {@code /coming/<key>}
 * @param key     the message key suffix: {@code nav.<key>}
 * @param coming  not built yet
 * @param role    the least role that sees it
 */
public record Navigation(String group, List<Item> items) {

    public record Item(String key, String path, boolean coming, String role) {
    }

    public static final List<Navigation> MENU = List.of(
            new Navigation("billing", List.of(
                    item("subscriptions", "/subscriptions"), item("frequencies", "/frequencies"),
                    item("billing-runs", "/billing-runs"), item("forecast", "/forecast"),
                    item("documents", "/documents"), item("deliveries", "/deliveries"))),
            new Navigation("masterdata", List.of(
                    item("customers", "/customers"), item("customer-groups", "/customer-groups"),
                    item("products", "/products"), item("price-changes", "/price-changes"),
                    item("payment-terms", "/payment-terms"),
                    item("freight-terms", "/freight-terms"))),
            new Navigation("money", List.of(
                    item("payments", "/payments"), item("receivables", "/receivables"),
                    item("reminders", "/reminders"), item("usage", "/usage"),
                    item("revenue", "/revenue"), coming("reports"))),
            new Navigation("settings", List.of(
                    item("organisation", "/organisation"), item("employees", "/employees"),
                    item("bank-accounts", "/bank-accounts"), item("vat-codes", "/vat-codes"),
                    item("rates", "/rates"), item("accounting", "/accounting"))),
            new Navigation("admin", List.of(
                    admin("users", "/admin/users"), admin("api-tokens", "/admin/api-tokens"),
                    admin("audit", "/admin/audit"), new Item("api-docs", "/swagger-ui.html", false, "READONLY"))));

    /** The keys of modules that are announced but not built. */
    public static List<String> comingKeys() {
        return MENU.stream().flatMap(n -> n.items().stream()).filter(Item::coming).map(Item::key).toList();
    }

    private static Item item(String key, String path) {
        return new Item(key, path, false, "READONLY");
    }

    private static Item admin(String key, String path) {
        return new Item(key, path, false, "ADMIN");
    }

    private static Item coming(String key) {
        return new Item(key, "/coming/" + key, true, "READONLY");
    }
}
