package no.takt.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;
import no.takt.platform.Address;
import org.junit.jupiter.api.Test;

class RecordFieldsTest {

    record Sample(long id, String name, BigDecimal price, Address address, List<Long> groupIds, int version) {
    }

    @Test
    void flattensNestedRecordsAndSkipsBookkeepingFields() {
        var fields = RecordFields.of(new Sample(7, "Fjord", new BigDecimal("499.0000"),
                new Address("Gate 1", "0150", "Oslo", null), List.of(3L, 4L), 12));
        assertThat(fields).containsExactly(entry("name", "Fjord"), entry("price", "499"),
                entry("address.street", "Gate 1"), entry("address.postcode", "0150"), entry("address.city", "Oslo"),
                entry("address.country", null), entry("groupIds", "3, 4"));
    }

    record Terms(String currency, Integer creditDays) {
    }

    record Composed(String subject, @JsonUnwrapped Terms terms, Address address) {
    }

    @Test
    void partsUnwrappedInJsonKeepTheirOwnNamesSoComposingARecordChangesNoAuditField() {
        assertThat(RecordFields.of(new Composed("Lisens", new Terms("NOK", 14), Address.EMPTY)).keySet())
                .startsWith("subject", "currency", "creditDays", "address.street");
    }
}
