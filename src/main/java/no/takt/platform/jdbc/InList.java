package no.takt.platform.jdbc;

import java.util.List;
import java.util.function.Consumer;

/** Queries with {@code in (:ids)} over many values, a slice at a time, so no statement grows unbounded. */
public final class InList {

    /** Values per statement: well within what PostgreSQL and H2 take, and few round trips. */
    public static final int SIZE = 1000;

    private InList() {
    }

    /** Runs the query once per slice of at most {@link #SIZE} values (not at all for none). */
    public static <T> void inSlices(List<T> values, Consumer<List<T>> query) {
        for (int i = 0; i < values.size(); i += SIZE) {
            query.accept(values.subList(i, Math.min(values.size(), i + SIZE)));
        }
    }
}
