package no.takt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.takt.platform.errors.BadInputException;
import org.junit.jupiter.api.Test;

class PageQueryTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        PageQuery query = PageQuery.of(null, null, " ", " ");
        assertThat(query).isEqualTo(new PageQuery(0, 20, null, null));
    }

    @Test
    void rejectsNegativePagesAndOversizedPages() {
        assertThatThrownBy(() -> PageQuery.of(-1, 1000, null, null))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).fieldProblems())
                        .extracting(p -> p.field()).containsExactly("page", "size"));
    }

    @Test
    void countsPages() {
        Page<String> page = Page.of(List.of("a", "b"), PageQuery.of(2, 2, null, null), 5);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isFalse();
        assertThat(Page.of(List.of(), PageQuery.of(0, 20, null, null), 0).totalPages()).isZero();
    }
}
