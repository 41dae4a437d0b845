package no.takt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPathsTest {

    record End(String type, Integer runs) {
    }

    record Billing(String mode, End endCriterion) {
    }

    record Line(@JsonUnwrapped Billing billing, String name) {
    }

    record Input(@JsonUnwrapped Billing billing, List<Line> lines, Address address) {
    }

    @Test
    void unwrappedPartsAreLeftOutOfThePathAndEverythingElseIsKept() {
        assertThat(JsonPaths.of(Input.class, "billing.mode")).isEqualTo("mode");
        assertThat(JsonPaths.of(Input.class, "billing.endCriterion.runs")).isEqualTo("endCriterion.runs");
        assertThat(JsonPaths.of(Input.class, "lines[2].billing.mode")).isEqualTo("lines[2].mode");
        assertThat(JsonPaths.of(Input.class, "address.city")).isEqualTo("address.city");
        assertThat(JsonPaths.of(Input.class, "unknown.thing")).isEqualTo("unknown.thing");
    }
}
