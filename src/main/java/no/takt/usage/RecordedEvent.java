package no.takt.usage;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A usage event as recorded: its meter's reading of it ({@code quantity} or {@code value}) and its properties (JSON). */
public record RecordedEvent(long id, String transactionId, long customerId, long meterId, OffsetDateTime timestamp,
                            BigDecimal quantity, String value, String properties) {
}
