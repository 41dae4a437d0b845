package no.takt.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.takt.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 12: price models on products and lines, through the API and a billing run. */
class PriceModelApiTest extends BillingFixtures {

    private static final Map<String, Object> GRADUATED = Map.of("type", "GRADUATED", "tiers", List.of(
            Map.of("upTo", 1000, "unitPrice", "1.00"), Map.of("unitPrice", "0.80", "flatFee", 25)));

    private long product(Map<String, Object> priceModel) {
        Map<String, Object> body = new HashMap<>(Map.of("productNumber", "P-" + unique(), "name", "Strøm",
                "unit", "kWh", "unitPrice", 0, "vatCode", "3"));
        if (priceModel != null) {
            body.put("priceModel", priceModel);
        }
        return post("/api/v1/products", body).id();
    }

    @Test
    void aProductKeepsItsModelAndAModelThatCannotPriceIsRefusedAtItsField() {
        long id = product(GRADUATED);
        JsonNode model = admin().get("/api/v1/products/" + id).json().path("priceModel");
        assertThat(model.path("type").asString()).isEqualTo("GRADUATED");
        assertThat(model.path("tiers")).hasSize(2);
        assertThat(model.path("tiers").get(1).path("upTo").isNull()).isTrue();
        assertThat(admin().get("/api/v1/products/" + product(null)).json().path("priceModel").isNull()).isTrue();
        Api.Response refused = admin().post("/api/v1/products", Map.of("productNumber", "P-" + unique(), "name", "x",
                "unitPrice", 0, "vatCode", "3", "priceModel", Map.of("type", "VOLUME", "tiers", List.of(
                        Map.of("upTo", 100, "unitPrice", 1), Map.of("upTo", 50, "unitPrice", 1),
                        Map.of("unitPrice", 1)))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("priceModel.tiers[1].upTo");
        assertThat(admin().post("/api/v1/products", Map.of("productNumber", "P-" + unique(), "name", "x",
                "unitPrice", 0, "vatCode", "3", "priceModel", Map.of("type", "PACKAGE"))).errorFields())
                .containsExactly("priceModel.packageSize");
    }

    /**
     * 1 250 kWh on a line of the tiered product: 1 000 × 1,00 + 250 × 0,80 + 25,00 = 1 225,00, billed
     * as three document lines; a line told to price per unit is one line.
     */
    @Test
    void aLineTakesItsProductsModelAndIsBilledAsALinePerTier() {
        organisation("922301956");
        Fixture f = subscription(1, Map.of());
        // a customer that receives EHF, so that the invoice is checked against PEPPOL BIS 3 as a whole
        JsonNode customer = admin().get("/api/v1/customers/" + f.customers().getFirst()).json();
        assertThat(admin().put("/api/v1/customers/" + f.customers().getFirst(), Map.of("name",
                customer.path("name").asString(), "organizationNumber", "987654325", "peppolId", "0192:987654325",
                "invoiceAddress", Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo"), "version",
                customer.path("version").asInt())).status()).isEqualTo(200);
        long strøm = product(GRADUATED);
        JsonNode line = post("/api/v1/subscriptions/" + f.subscriptionId() + "/lines", Map.of("productId", strøm,
                "quantity", 1250)).json();
        assertThat(line.path("priceModel").path("type").asString()).isEqualTo("GRADUATED");
        assertThat(line.path("sumExclVat").decimalValue()).isEqualByComparingTo("1225.00");
        JsonNode perUnit = post("/api/v1/subscriptions/" + f.subscriptionId() + "/lines", Map.of("productId", strøm,
                "quantity", 10, "unitPrice", "2.00", "priceModel", Map.of("type", "PER_UNIT"))).json();
        assertThat(perUnit.path("priceModel").isNull()).isTrue();
        assertThat(perUnit.path("sumExclVat").decimalValue()).isEqualByComparingTo("20.00");
        start(f);
        run("2026-01-01");

        JsonNode invoice = admin().get("/api/v1/documents/" + documents(f.subscriptionId()).getFirst().path("id")
                .asLong()).json();
        List<String> lines = invoice.path("lines").valueStream().map(l -> l.path("name").asString() + " "
                + l.path("description").asString() + " " + l.path("quantity").decimalValue().stripTrailingZeros()
                .toPlainString() + " × " + l.path("unitPrice").decimalValue().setScale(2) + " = "
                + l.path("sumExclVat").decimalValue().setScale(2)).toList();
        assertThat(lines).containsExactly("Lisens  1 × 499.00 = 499.00",
                "Strøm 1–1\u00a0000 1000 × 1.00 = 1000.00",
                "Strøm 1\u00a0001–1\u00a0250 250 × 0.80 = 200.00",
                "Strøm 1\u00a0001–1\u00a0250 fast beløp 1 × 25.00 = 25.00",
                "Strøm  10 × 2.00 = 20.00");
        assertThat(invoice.path("totalExclVat").decimalValue()).isEqualByComparingTo("1744.00");
        JsonNode validation = admin().get("/api/v1/documents/" + invoice.path("id").asLong() + "/ehf/validation")
                .json();
        assertThat(validation.path("valid").asBoolean()).as(validation.toString()).isTrue();
    }
}
