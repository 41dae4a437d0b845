package no.takt.platform.web;

/**
 * The read-one, create and replace operations every master-data service offers, so the API and UI
 * controllers for them can be written once. Lists differ per entity (their filters) and stay with
 * each service.
 */
public interface CrudService<T extends Identified, I> {

    /** @throws no.takt.platform.errors.NotFoundException when there is none */
    T get(long id);

    T create(I input);

    /** Replaces the entity's fields; a stale {@code version} in the input is a conflict. */
    T update(long id, I input);
}
