package no.takt.platform.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the {@code {"items": [...], ...paging}} shape of PRODUCT.md §11. A long list is
 * counted only so far ahead of the page ({@code totalExact} false: there are at least
 * {@code totalItems}), so that its pages cost the same over a million rows as over a thousand.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages, boolean totalExact) {

    public static <T> Page<T> of(List<T> items, PageQuery query, long totalItems) {
        return of(items, query, totalItems, true);
    }

    public static <T> Page<T> of(List<T> items, PageQuery query, long totalItems, boolean exact) {
        long pages = (totalItems + query.size() - 1) / query.size();
        return new Page<>(List.copyOf(items), query.page(), query.size(), totalItems, pages, exact);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages, totalExact);
    }

    /** The same paging with other items (the same ones, completed). */
    public <R> Page<R> with(List<R> newItems) {
        return new Page<>(newItems, page, size, totalItems, totalPages, totalExact);
    }

    /** Every item of a list read a page at a time: {@code page} answers page number n (from 0). */
    public static <T> void each(java.util.function.IntFunction<Page<T>> page, java.util.function.Consumer<T> each) {
        for (int n = 0; ; n++) {
            Page<T> read = page.apply(n);
            read.items().forEach(each);
            if (read.items().size() < read.size() || read.totalExact() && n + 1 >= read.totalPages()) {
                return;
            }
        }
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
