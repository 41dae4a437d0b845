package no.takt.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import no.takt.platform.errors.BadInputException;
import org.junit.jupiter.api.Test;

class SortSpecTest {

    private final SortSpec sorts = new SortSpec(Map.of("name", "c.name", "customerNumber", "customer_number"), "name");

    @Test
    void ordersByTheMappedColumnAndThenTheIdForStablePages() {
        assertThat(sorts.orderBy(null, "id")).isEqualTo(" order by c.name asc, id asc");
        assertThat(sorts.orderBy("customerNumber", "id")).isEqualTo(" order by customer_number asc, id asc");
        assertThat(sorts.orderBy("-name", "id")).isEqualTo(" order by c.name desc, id desc");
        assertThat(sorts.orderBy("name,desc", "id")).isEqualTo(" order by c.name desc, id desc");
        assertThat(sorts.orderBy("name,ASC", "id")).isEqualTo(" order by c.name asc, id asc");
    }

    @Test
    void refusesFieldsThatAreNotSortableSoNoSqlCanBeInjected() {
        assertThatThrownBy(() -> sorts.orderBy("name; drop table customer", "id"))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).fieldProblems().getFirst().field()).isEqualTo("sort"));
    }
}
