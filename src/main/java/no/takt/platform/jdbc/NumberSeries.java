package no.takt.platform.jdbc;

import java.util.function.LongPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gapless number series (customer numbers now; invoice and credit-note numbers later). The series
 * row stays locked until the caller's transaction ends, so a number is either used and committed or
 * never taken: no gaps, no duplicates, also with several Takt instances on one database.
 */
@Component
public class NumberSeries {

    private final JdbcClient jdbc;

    public NumberSeries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes {@code count} consecutive numbers and answers the first. Gapless only as long as the
     * caller's transaction uses every one of them before it commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long take(String series, int count) {
        long first = jdbc.sql("select next_value from number_series where name = ? for update")
                .param(series)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("No number series " + series));
        jdbc.sql("update number_series set next_value = ? where name = ?").params(first + count, series).update();
        return first;
    }

    /**
     * Takes the next number of the series, skipping numbers already taken by hand (which the
     * predicate reports).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String series, LongPredicate taken) {
        long candidate = jdbc.sql("select next_value from number_series where name = ? for update")
                .param(series)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("No number series " + series));
        while (taken.test(candidate)) {
            candidate++;
        }
        jdbc.sql("update number_series set next_value = ? where name = ?").params(candidate + 1, series).update();
        return candidate;
    }
}
