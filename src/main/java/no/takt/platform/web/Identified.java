package no.takt.platform.web;

/** Anything with the {@code id} every created resource has (PRODUCT.md §11). */
public interface Identified {
    long id();
}
