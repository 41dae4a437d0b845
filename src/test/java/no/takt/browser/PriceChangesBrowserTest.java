package no.takt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 12: the page "Prisendringer": schedule a change on its form, find it in the list, cancel it. */
class PriceChangesBrowserTest extends BrowserTest {

    @Test
    void aPriceChangeIsScheduledOnItsFormListedAndCancelled() {
        String tag = String.valueOf(unique());
        admin().post("/api/v1/products", Map.of("productNumber", "I-" + tag, "name", "Indeks " + tag,
                "unitPrice", 100, "vatCode", "3"));
        LocalDate next = LocalDate.now(ZoneId.of("Europe/Oslo")).withDayOfMonth(1).plusMonths(1);
        logIn("admin", ADMIN_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prisendringer").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Prisendringer");
        page.locator("#new-price-change").click();
        assertThat(page.getByLabel("Gjelder fra")).hasValue(next.toString());
        page.getByLabel("Produkt (tomt: alle produktlinjer)").selectOption(new SelectOption().setLabel("Indeks " + tag));
        page.getByLabel("Ny enhetspris").fill("120");
        page.getByLabel("Prosent", new Page.GetByLabelOptions().setExact(true)).fill("3,1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
        // both a price and a percentage: the form is kept and says so at the field
        assertThat(page.locator("#unitPrice-error")).containsText("enten en ny enhetspris eller en prosent");
        page.getByLabel("Ny enhetspris").fill("");
        page.getByLabel("Merknad").fill("Indeksregulering " + tag);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
        assertThat(page.locator("h1")).containsText("Prisendring fra");
        // no subscription has the product: nobody to tell, but the page says so
        assertThat(page.getByLabel("Emne")).hasValue("Nye priser fra @EFFECTIVEDATE@");
        page.locator("#announce-price-change").click();
        assertThat(page.locator(".flash")).containsText("Varslet til 0 kunder");

        page.navigate("/price-changes?q=" + tag);
        assertThat(page.locator("#price-changes tbody tr")).hasCount(1);
        assertThat(page.locator("#price-changes tbody tr").first()).containsText("Indeks " + tag);
        assertThat(page.locator("#price-changes tbody tr").first()).containsText("3,1");
        assertThat(page.locator("#price-changes tbody tr").first()).containsText("Planlagt");
        screenshot("price-changes");
        page.locator("#price-changes tbody tr a").first().click();
        page.locator("#cancel-price-change").click();
        assertThat(page.locator(".flash")).containsText("avlyst");
        page.navigate("/price-changes?q=" + tag);
        assertThat(page.locator("#price-changes tbody tr")).hasCount(0);
    }
}
