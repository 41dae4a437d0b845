package no.takt.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.takt.support.Api;
import no.takt.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class ContactsApiTest extends IntegrationTest {

    private long customer() {
        return admin().post("/api/v1/customers", Map.of("name", unique("Kontakt AS"))).id();
    }

    private Api.Response contact(long customer, String name, boolean isDefault) {
        return admin().post("/api/v1/customers/" + customer + "/contacts",
                Map.of("name", name, "email", "person@example.no", "phone", "+47 22 00 00 00",
                        "defaultYourReference", isDefault));
    }

    @Test
    void keepsAtMostOneDefaultYourReferencePerCustomer() {
        long customer = customer();
        long first = contact(customer, "Kari", true).id();
        Api.Response second = contact(customer, "Ola", true);
        assertThat(second.status()).isEqualTo(201);

        var list = admin().get("/api/v1/customers/" + customer + "/contacts").json().path("items");
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.valueStream().filter(c -> c.path("defaultYourReference").asBoolean()).map(c -> c.path("id").asLong()))
                .containsExactly(second.id());
        assertThat(admin().get("/api/v1/customers/" + customer + "/contacts/" + first).json()
                .path("defaultYourReference").asBoolean()).isFalse();
    }

    @Test
    void aContactOfAnotherCustomerIsNotFound() {
        long mine = customer();
        long other = customer();
        long contact = contact(mine, "Kari", false).id();
        assertThat(admin().get("/api/v1/customers/" + other + "/contacts/" + contact).status()).isEqualTo(404);
        assertThat(admin().put("/api/v1/customers/" + other + "/contacts/" + contact, Map.of("name", "X")).status())
                .isEqualTo(404);
        assertThat(admin().delete("/api/v1/customers/" + other + "/contacts/" + contact).status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/customers/99999999/contacts").status()).isEqualTo(404);
    }

    @Test
    void validatesAndDeletes() {
        long customer = customer();
        Api.Response bad = admin().post("/api/v1/customers/" + customer + "/contacts",
                Map.of("name", "", "email", "nope", "phone", "call me"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("name", "email", "phone");

        long contact = contact(customer, "Kari", true).id();
        assertThat(admin().delete("/api/v1/customers/" + customer + "/contacts/" + contact).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/customers/" + customer + "/contacts/" + contact).status()).isEqualTo(404);
        assertThat(contact(customer, "Ola", true).status()).isEqualTo(201);
    }
}
