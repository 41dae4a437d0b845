package no.takt.payments;

import no.takt.documents.core.ReminderNotice;
import no.takt.payments.core.ReminderRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organisation's reminder choices within the law (decision 0008), as properties: the days after
 * the due date of the first reminder and the deadline given (both at least the law's 14 in Norway, 10
 * in Denmark), the Norwegian second step, and whether business debtors are charged the standard
 * compensation.
 */
@Component
class ReminderSettings {

    private final ReminderRules.Settings rules;

    ReminderSettings(@Value("${takt.reminders.first-after-days:14}") int firstAfterDays,
            @Value("${takt.reminders.deadline-days:14}") int deadlineDays,
            @Value("${takt.reminders.second-step:COLLECTION_NOTICE}") ReminderNotice secondStep,
            @Value("${takt.reminders.standard-compensation:false}") boolean standardCompensation) {
        this.rules = new ReminderRules.Settings(firstAfterDays, deadlineDays, secondStep, standardCompensation);
    }

    ReminderRules.Settings rules() {
        return rules;
    }
}
