package no.takt.platform.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the {@code {"items": [...], ...paging}} shape of PRODUCT.md §11. */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> Page<T> of(List<T> items, PageQuery query, long totalItems) {
        long pages = (totalItems + query.size() - 1) / query.size();
        return new Page<>(List.copyOf(items), query.page(), query.size(), totalItems, pages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }

    /** Every item of a list read a page at a time: {@code page} answers page number n (from 0). */
    public static <T> void each(java.util.function.IntFunction<Page<T>> page, java.util.function.Consumer<T> each) {
        for (int n = 0; ; n++) {
            Page<T> read = page.apply(n);
            read.items().forEach(each);
            if (n + 1 >= read.totalPages()) {
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
