package no.takt.payments;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import no.takt.platform.TaktProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily reminder run, with db-scheduler: cluster-safe (one instance runs it), after the billing
 * run ({@code takt.reminders.run-time}, 09:00 by default, in {@code takt.zone}). Run twice it reminds
 * once: each invoice and step is a unique key.
 */
@Configuration
class ReminderSchedule {

    @Bean
    RecurringTask<Void> dailyReminderRun(Reminders reminders, TaktProperties properties, Clock clock,
            @Value("${takt.reminders.run-time:09:00}") LocalTime time) {
        return Tasks.recurring("daily-reminder-run", Schedules.daily(properties.zone(), time))
                .execute((instance, context) -> reminders.run(LocalDate.now(clock), false, null));
    }
}
