package no.takt.payments.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The aged receivables' buckets: by days past the due date on the day reckoned. */
public enum Ageing {
    NOT_DUE, DAYS_1_30, DAYS_31_60, DAYS_61_90, OVER_90;

    public static Ageing of(LocalDate dueDate, LocalDate asOf) {
        long days = dueDate == null ? 0 : ChronoUnit.DAYS.between(dueDate, asOf);
        return days <= 0 ? NOT_DUE : days <= 30 ? DAYS_1_30 : days <= 60 ? DAYS_31_60 : days <= 90 ? DAYS_61_90
                : OVER_90;
    }
}
