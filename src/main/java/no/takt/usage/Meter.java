package no.takt.usage;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import no.takt.platform.audit.Stamps;
import no.takt.platform.web.Identified;
import no.takt.usage.core.Aggregation;

/** A meter (billable metric): what usage events of one kind add up to per customer and period. */
public record Meter(long id, String code, String name, String unit, Aggregation aggregation, String property,
                    boolean active, int version, @JsonUnwrapped Stamps stamps) implements Identified {
}
