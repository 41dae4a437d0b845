package no.takt.platform.audit;

import java.time.OffsetDateTime;

/** When and by whom a row was created or last changed (PRODUCT.md §2: "Created/last modified"). */
public record Stamp(OffsetDateTime at, String by) {
}
