package no.takt.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import no.takt.platform.security.Role;
import no.takt.platform.validation.BankAccountNumbers;
import no.takt.support.Api;
import no.takt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrganisationApiTest extends IntegrationTest {

    @Test
    void anAdminReplacesTheOrganisationFactsWithTheDefaultBankAccountByNumber() {
        String account = freshAccountNumber();
        Api.Response bank = admin().post("/api/v1/bank-accounts", Map.of("name", unique("Drift"),
                "accountNumber", account));
        assertThat(bank.status()).as(bank.toString()).isEqualTo(201);
        assertThat(bank.json().path("currency").asString()).isEqualTo("NOK");

        JsonNode before = admin().get("/api/v1/organisation").json();
        Map<String, Object> facts = new HashMap<>();
        facts.put("name", "Fjordtakt AS");
        facts.put("organizationNumber", "922301956");
        facts.put("vatRegistered", true);
        facts.put("foretaksregisteret", true);
        facts.put("address", Map.of("street", "Storgata 1", "postcode", "0155", "city", "Oslo"));
        facts.put("email", "faktura@fjordtakt.no");
        facts.put("phone", "+47 22 00 10 00");
        facts.put("bankAccount", account);
        facts.put("version", before.path("version").asInt());
        Api.Response updated = admin().put("/api/v1/organisation", facts);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        JsonNode o = updated.json();
        assertThat(o.path("bankAccount").asString()).isEqualTo(account);
        assertThat(o.path("foretaksregisteret").asBoolean()).isTrue();
        assertThat(o.path("address").path("city").asString()).isEqualTo("Oslo");

        facts.put("organizationNumber", "922301957");
        facts.put("version", o.path("version").asInt());
        Api.Response bad = admin().put("/api/v1/organisation", facts);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("organizationNumber");

        facts.put("organizationNumber", "922301956");
        facts.put("bankAccount", "12345678903");
        assertThat(admin().put("/api/v1/organisation", facts).errorFields()).containsExactly("bankAccount");

        assertThat(as(Role.BILLING).put("/api/v1/organisation", facts).status()).isEqualTo(403);
        assertThat(as(Role.READONLY).get("/api/v1/organisation").status()).isEqualTo(200);
    }

    /** A valid Norwegian account number no other test uses. */
    private static String freshAccountNumber() {
        String account = null;
        while (account == null) {
            account = BankAccountNumbers.norwegian("1506" + String.format("%06d", unique() % 1_000_000));
        }
        return account;
    }

    @Test
    void bankAccountsAreCheckedWithMod11AndIbanMod97() {
        Api.Response bad = admin().post("/api/v1/bank-accounts", Map.of("name", "Feil", "accountNumber",
                "86011117948", "iban", "NO9386011117948"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("accountNumber", "iban");
    }

    @Test
    void employeesHaveUniqueInitials() {
        String initials = "E" + (unique() % 100000);
        Api.Response created = admin().post("/api/v1/employees", Map.of("name", "Kari Nordmann",
                "initials", initials.toLowerCase(), "email", "kari@example.no"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("initials").asString()).isEqualTo(initials);
        Api.Response duplicate = admin().post("/api/v1/employees", Map.of("name", "Kari Hansen", "initials", initials));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorFields()).containsExactly("initials");
    }
}
