package no.takt.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import no.takt.platform.security.Role;
import no.takt.support.Api;
import no.takt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CatalogApiTest extends IntegrationTest {

    private static Map<String, Object> product(String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("productNumber", number);
        body.put("name", "Lisens " + number);
        body.put("unitPrice", "499.50");
        body.put("costPrice", 120);
        body.put("vatCode", "3");
        body.put("salesAccount", "3000");
        return body;
    }

    @Test
    void isSeededWithTheNorwegianSaftCodes() {
        JsonNode codes = admin().get("/api/v1/vat-codes?size=50&sort=code").json().path("items");
        Map<String, String> rates = new HashMap<>();
        codes.forEach(c -> rates.put(c.path("code").asString(), c.path("rate").decimalValue().stripTrailingZeros()
                .toPlainString()));
        assertThat(rates).containsEntry("3", "25").containsEntry("31", "15").containsEntry("33", "12")
                .containsEntry("5", "0").containsEntry("6", "0").containsEntry("52", "0");
    }

    @Test
    void createsAProductWithDefaultsAndAmountsWithTwoDecimals() {
        String number = "P-" + unique();
        Api.Response created = admin().post("/api/v1/products", product(number));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode p = created.json();
        assertThat(p.path("unitPrice").decimalValue()).isEqualByComparingTo("499.5");
        assertThat(created.body()).contains("\"unitPrice\":499.50").contains("\"stockOnHand\":0.00");
        assertThat(p.path("unit").asString()).isEqualTo("stk");
        assertThat(p.path("stockManaged").asBoolean()).isFalse();
        assertThat(p.path("active").asBoolean()).isTrue();
    }

    @Test
    void refusesANegativePriceWith400AndAnUnknownVatCodeWith422() {
        Map<String, Object> negative = product("P-" + unique());
        negative.put("unitPrice", -1);
        Api.Response bad = admin().post("/api/v1/products", negative);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("unitPrice");

        Map<String, Object> tooPrecise = product("P-" + unique());
        tooPrecise.put("unitPrice", "1.123456");
        assertThat(admin().post("/api/v1/products", tooPrecise).errorFields()).containsExactly("unitPrice");

        Map<String, Object> unknownVat = product("P-" + unique());
        unknownVat.put("vatCode", "99");
        Api.Response unprocessable = admin().post("/api/v1/products", unknownVat);
        assertThat(unprocessable.status()).isEqualTo(422);
        assertThat(unprocessable.errorFields()).containsExactly("vatCode");
    }

    @Test
    void refusesADuplicateProductNumberWith409() {
        String number = "P-" + unique();
        assertThat(admin().post("/api/v1/products", product(number)).status()).isEqualTo(201);
        Api.Response duplicate = admin().post("/api/v1/products", product(number));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorFields()).containsExactly("productNumber");
    }

    @Test
    void paymentTermsReferToAnExistingInvoiceFeeProduct() {
        long fee = admin().post("/api/v1/products", product("FEE-" + unique())).id();
        Api.Response terms = admin().post("/api/v1/payment-terms",
                Map.of("name", unique("14 dager"), "creditDays", 14, "invoiceFeeProductId", fee));
        assertThat(terms.status()).as(terms.toString()).isEqualTo(201);
        assertThat(terms.json().path("paymentForm").asString()).isEqualTo("BANK_TRANSFER");

        Api.Response unknown = admin().post("/api/v1/payment-terms",
                Map.of("name", unique("Bad"), "creditDays", 14, "invoiceFeeProductId", 98765432));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("invoiceFeeProductId");
        assertThat(admin().post("/api/v1/payment-terms", Map.of("name", unique("Neg"), "creditDays", -1)).status())
                .isEqualTo(400);
        assertThat(admin().post("/api/v1/payment-terms", Map.of("name", unique("Form"), "creditDays", 1,
                "paymentForm", "BITCOIN")).errorFields()).containsExactly("paymentForm");
    }

    @Test
    void freightTermsCarryAnOptionalFreightProduct() {
        long freight = admin().post("/api/v1/products", product("FRT-" + unique())).id();
        Api.Response terms = admin().post("/api/v1/freight-terms",
                Map.of("name", unique("Frakt"), "freightProductId", freight));
        assertThat(terms.status()).isEqualTo(201);
        assertThat(terms.json().path("freightProductId").asLong()).isEqualTo(freight);
    }

    @Test
    void onlyAnAdminChangesVatCodesAndTheirCodeIsFixed() {
        Map<String, Object> code = Map.of("code", "T" + unique() % 100000, "name", "Test", "rate", 25,
                "rateClass", "HIGH");
        assertThat(as(Role.BILLING).post("/api/v1/vat-codes", code).status()).isEqualTo(403);
        JsonNode created = admin().post("/api/v1/vat-codes", code).json();
        Api.Response renamed = admin().put("/api/v1/vat-codes/" + created.path("id").asLong(),
                Map.of("code", "OTHER", "name", "Test", "rate", 25, "rateClass", "HIGH"));
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.errorFields()).containsExactly("code");
    }
}
