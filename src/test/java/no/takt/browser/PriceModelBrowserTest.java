package no.takt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Issue 12: a price model on the product form, with what an example quantity would cost as it is typed. */
class PriceModelBrowserTest extends BrowserTest {

    @Test
    void aTieredProductShowsWhatAQuantityWouldCostAndKeepsAWrongTierAtItsField() {
        String tag = String.valueOf(unique());
        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/products/new");
        page.getByLabel("Produktnr.").fill("S-" + tag);
        page.getByLabel("Navn").fill("Strøm " + tag);
        page.getByLabel("Enhetspris").fill("0");
        page.getByLabel("Modell").selectOption("GRADUATED");
        page.getByLabel("Trinn 1: Til og med").fill("1000");
        page.getByLabel("Trinn 1: pris").fill("1,00");
        page.getByLabel("Trinn 2: pris").fill("0,80");
        page.getByLabel("Trinn 2: Fast beløp").fill("25");
        page.getByLabel("Eksempel: Antall").fill("1250");
        assertThat(page.getByTestId("price-example")).hasText("1 225,00");
        screenshot("price-model");

        page.getByLabel("Trinn 2: Til og med").fill("500");
        page.getByLabel("Trinn 3: pris").fill("0,50");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
        assertThat(page.locator("td.invalid .error")).hasText("Hvert trinn går høyere enn det før.");
        assertThat(page.getByLabel("Trinn 2: Til og med")).hasValue("500");
        page.getByLabel("Trinn 2: Til og med").fill("");
        page.getByLabel("Trinn 3: pris").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
        assertThat(page.locator("h1")).containsText("Strøm " + tag);
        assertThat(page.getByLabel("Modell")).hasValue("GRADUATED");
        assertThat(page.getByLabel("Trinn 1: Til og med")).hasValue("1000,00");
    }
}
