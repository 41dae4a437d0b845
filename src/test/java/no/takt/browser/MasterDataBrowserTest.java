package no.takt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.takt.platform.security.Role;
import org.junit.jupiter.api.Test;

class MasterDataBrowserTest extends BrowserTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void logInCreateACustomerAndFindItInTheList() {
        logIn("admin", ADMIN_PASSWORD);
        page.getByRole(AriaRole.LINK, named("Kunder").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Kunder"))).isVisible();
        page.getByRole(AriaRole.LINK, named("Ny kunde")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Ny kunde"))).isVisible();

        String name = unique("Nettleser AS");
        page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Organisasjonsnr.").fill("923 609 017");
        page.getByLabel("E-postadresse fakturaer").fill("faktura@nettleser.no");
        page.locator("[id='invoiceAddress.postcode']").fill("0155");
        page.locator("[id='invoiceAddress.city']").fill("Oslo");
        page.getByRole(AriaRole.BUTTON, named("Lagre")).click();
        assertThat(page.locator("#organizationNumber-error")).containsText("Ugyldig organisasjonsnummer");
        assertThat(page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true))).hasValue(name);
        screenshot("customer-form-error");

        page.getByLabel("Organisasjonsnr.").fill("923 609 016");
        page.getByRole(AriaRole.BUTTON, named("Lagre")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Lagret.");
        assertThat(page.getByRole(AriaRole.HEADING, named(name))).isVisible();

        page.getByRole(AriaRole.LINK, named("Ny kontaktperson")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Ny kontaktperson"))).isVisible();
        page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("Kari Nordmann");
        page.getByLabel("E-post", new Page.GetByLabelOptions().setExact(true)).fill("kari@nettleser.no");
        page.getByLabel("Standard Deres ref.").check();
        page.getByRole(AriaRole.BUTTON, named("Lagre")).click();
        assertThat(page.locator("#contacts")).containsText("Kari Nordmann");
        screenshot("customer-card");

        admin().post("/api/v1/customers", java.util.Map.of("name", unique("Annen kunde")));
        page.getByRole(AriaRole.LINK, named("Kunder").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Kunder"))).isVisible();
        assertThat(page.locator("#results tbody tr")).not().hasCount(1);
        // the page size sends its form when chosen (a script of Takt's: the CSP allows no inline handler)
        page.getByLabel("Per side").selectOption("50");
        page.waitForURL(java.util.regex.Pattern.compile(".*size=50.*"));
        // typed as a person types: the list follows the search box without a submit
        page.getByRole(AriaRole.SEARCHBOX).pressSequentially(name, new com.microsoft.playwright.Locator
                .PressSequentiallyOptions().setDelay(20));
        assertThat(page.locator("#results tbody tr")).hasCount(1);
        assertThat(page.locator("#results")).containsText("923609016");
        screenshot("customer-list");
    }

    @Test
    void theLanguageSwitchChangesEveryText() {
        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/products");
        assertThat(page.getByRole(AriaRole.HEADING, named("Produkter"))).isVisible();
        page.getByRole(AriaRole.LINK, named("English")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Products"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("New product"))).isVisible();
        page.getByRole(AriaRole.LINK, named("Dansk")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Varer"))).isVisible();
        page.navigate("/customers");
        assertThat(page.getByRole(AriaRole.HEADING, named("Kunder"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("Ny kunde"))).isVisible();
    }

    @Test
    void aProductFormShowsWhatIsWrong() {
        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/products/new?lang=en");
        page.getByLabel("Product no.").fill("UI-" + unique());
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Lisens");
        page.getByLabel("Unit price").fill("-5");
        page.getByRole(AriaRole.BUTTON, named("Save")).click();
        assertThat(page.locator(".field.invalid")).containsText("Must be 0 or more.");
        page.getByLabel("Unit price").fill("499");
        page.getByLabel("VAT code").selectOption("31");
        page.getByRole(AriaRole.BUTTON, named("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
        assertThat(page.getByLabel("VAT code")).hasValue("31");
    }

    @Test
    void aReadOnlyUserSeesButCannotChange() {
        logInAs(Role.READONLY);
        page.navigate("/customers");
        assertThat(page.getByRole(AriaRole.HEADING, named("Kunder"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("Ny kunde"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, named("Brukere"))).hasCount(0);
        page.navigate("/admin/users");
        assertThat(page.getByRole(AriaRole.HEADING)).containsText("403");
    }

    @Test
    void anAdminCreatesAnApiTokenAndSeesItOnce() {
        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/admin/api-tokens");
        String name = unique("regnskap");
        page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByRole(AriaRole.BUTTON, named("Opprett nøkkel")).click();
        assertThat(page.getByTestId("token-secret")).containsText("takt_");
        screenshot("api-token");
        page.reload();
        assertThat(page.getByTestId("token-secret")).hasCount(0);
        assertThat(page.locator("#results")).containsText(name);
    }

    /** The API description is public (decision 0009's companion in README): Swagger UI works under the CSP. */
    @Test
    void swaggerUiShowsTheApiWithoutLogin() {
        page.navigate("/swagger-ui.html");
        assertThat(page.locator(".swagger-ui .info .title")).containsText("Takt");
        assertThat(page.locator(".opblock-tag").first()).isVisible();
    }
}
