package no.takt.platform.web;

import no.takt.platform.errors.FieldProblems;
import no.takt.platform.errors.BadInputException;

/**
 * Offset paging as every list of the API and UI takes it: {@code page} (from 0), {@code size}
 * (1–500), {@code sort} ({@code name}, {@code -name} or {@code name,desc}) and a free-text {@code q}.
 */
public record PageQuery(int page, int size, String sort, String q) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;

    public static PageQuery of(Integer page, Integer size, String sort, String q) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        new FieldProblems()
                .check(p >= 0, "page", "error.page")
                .check(s >= 1 && s <= MAX_SIZE, "size", "error.size", MAX_SIZE)
                .throwIfAny(BadInputException::new);
        return new PageQuery(p, s, blankToNull(sort), blankToNull(q));
    }

    public static PageQuery firstPage(int size) {
        return new PageQuery(0, size, null, null);
    }

    public long offset() {
        return (long) page * size;
    }

    /** The same query on another page, for the UI's page links. */
    public PageQuery withPage(int other) {
        return new PageQuery(other, size, sort, q);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
