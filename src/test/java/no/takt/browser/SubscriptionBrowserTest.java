package no.takt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubscriptionBrowserTest extends BrowserTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void buildASubscriptionWithTwoLinesAndThreeSubscribersOneWithOverridesAndStartIt() {
        String tag = String.valueOf(unique());
        String frequency = "Månedlig " + tag;
        admin().post("/api/v1/frequencies", Map.of("name", frequency, "unit", "MONTH", "dayOfMonth", 1,
                "startDate", "2026-01-01"));
        String seller = "Selger " + tag;
        admin().post("/api/v1/employees", Map.of("name", seller));
        admin().post("/api/v1/products", Map.of("productNumber", "L-" + tag, "name", "Lisens " + tag,
                "unitPrice", 499, "costPrice", 120, "vatCode", "3"));
        admin().post("/api/v1/products", Map.of("productNumber", "S-" + tag, "name", "Support " + tag,
                "unitPrice", 1500, "vatCode", "3"));
        for (String c : new String[] {"Alfa", "Beta", "Gamma"}) {
            admin().post("/api/v1/customers", Map.of("name", c + " " + tag + " AS", "invoiceEmail", "f@" + c + ".no",
                    "invoiceAddress", Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo")));
        }

        logIn("admin", ADMIN_PASSWORD);
        page.getByRole(AriaRole.LINK, named("Abonnementer").setExact(true)).click();
        page.getByRole(AriaRole.LINK, named("Nytt abonnement")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Nytt abonnement"))).isVisible();
        String subject = "Programvare " + tag;
        field("Emne").fill(subject);
        field("Frekvens").selectOption(new SelectOption().setLabel(frequency));
        field("Vår ref.").selectOption(new SelectOption().setLabel(seller));
        field("Selger").selectOption(new SelectOption().setLabel(seller));
        page.getByRole(AriaRole.BUTTON, named("Lagre")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Lagret.");
        assertThat(page.getByRole(AriaRole.HEADING, named(subject))).isVisible();

        addLine("Lisens " + tag, "2", "998,00", "1 247,50");
        addLine("Support " + tag, "1", "1 500,00", "1 875,00");
        assertThat(page.locator("#line-table tbody tr")).hasCount(2);
        screenshot("subscription-lines");
        // An existing line opens with its values and when and by whom it was made.
        page.locator("#line-table a", new Page.LocatorOptions().setHasText("Lisens " + tag)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Lisens " + tag))).isVisible();
        assertThat(field("Antall")).hasValue(java.util.regex.Pattern.compile("^2([.,]0+)?$"));
        assertThat(page.locator(".meta").first()).containsText("admin");
        page.goBack();

        page.getByRole(AriaRole.LINK, named("Abonnenter (0)")).click();
        addSubscriber("Alfa " + tag + " AS", null);
        addSubscriber("Beta " + tag + " AS", null);
        addSubscriber("Gamma " + tag + " AS", "10/3");
        assertThat(page.locator("#results tbody tr")).hasCount(3);
        assertThat(page.locator("#results tbody tr").nth(2)).containsText("spesialverdier");
        screenshot("subscription-subscribers");
        page.locator("#results tbody tr").nth(2).getByRole(AriaRole.LINK).first().click();
        assertThat(page.locator("h1")).containsText("Gamma " + tag);
        assertThat(field("Antallsfaktor")).hasValue("3,333333333333");
        assertThat(page.locator(".meta").last()).containsText("admin");
        page.goBack();

        page.getByRole(AriaRole.LINK, named("Start abonnement")).click();
        assertThat(page.locator("#start-summary tbody tr")).hasCount(3);
        // Alfa: 2 × 499 + 1 500; Gamma: factor 10/3 and 20 % off: (6.6667 × 499 + 3.3333 × 1 500) × 0.8 = 2 661.35 + 3 999.96
        assertThat(page.locator("#start-summary tbody tr").nth(0)).containsText("2 498,00");
        assertThat(page.locator("#start-summary tbody tr").nth(2)).containsText("6 661,31");
        screenshot("subscription-start");
        page.getByRole(AriaRole.BUTTON, named("Start abonnement")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Abonnementet er startet.");
        assertThat(page.locator(".subscription-header .badge")).hasText("Aktiv");

        page.getByRole(AriaRole.LINK, named("Historikk")).click();
        assertThat(page.locator("#results")).containsText("Abonnent");
        assertThat(page.locator("#results")).containsText("Aktiv endret fra nei til ja");

        page.getByRole(AriaRole.BUTTON, named("Lag kopi")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Dette er kopien. Den er inaktiv.");
        assertThat(page.getByRole(AriaRole.HEADING, named("Kopi av " + subject))).isVisible();
        assertThat(page.locator("#line-table tbody tr")).hasCount(2);
        assertThat(page.getByRole(AriaRole.LINK, named("Abonnenter (3)"))).isVisible();
    }

    private void addLine(String product, String quantity, String sum, String sumInclVat) {
        page.getByRole(AriaRole.LINK, named("Ny ordrelinje")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Ny ordrelinje"))).isVisible();
        field("Katalogprodukt").selectOption(new SelectOption().setLabel(product));
        field("Antall").fill(quantity);
        // the sums follow the form while it is filled in, with the product's price, before it is saved
        assertThat(page.getByTestId("line-sum")).hasText(sum);
        assertThat(page.getByTestId("line-sum-incl")).hasText(sumInclVat);
        page.getByRole(AriaRole.BUTTON, named("Lagre")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Lagret.");
    }

    private void addSubscriber(String customer, String factor) {
        page.getByRole(AriaRole.LINK, named("Ny abonnent")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Ny abonnent"))).isVisible();
        page.getByLabel("Finn kunde").pressSequentially(customer.substring(0, 8),
                new Locator.PressSequentiallyOptions().setDelay(20));
        field("Kunde").selectOption(new SelectOption().setLabel(
                page.locator("#customerId option", new Page.LocatorOptions().setHasText(customer)).first()
                        .textContent().trim()));
        // from the next run date, so that no part period is billed whatever day the test runs
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        field("Startdato").fill((today.getDayOfMonth() == 1 ? today : today.withDayOfMonth(1).plusMonths(1))
                .toString());
        if (factor != null) {
            field("Antallsfaktor").fill(factor);
            field("Spesiell prosentrabatt").fill("20");
        }
        page.getByRole(AriaRole.BUTTON, named("Lagre")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Lagret.");
    }
}
