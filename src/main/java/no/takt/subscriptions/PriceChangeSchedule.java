package no.takt.subscriptions;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import no.takt.platform.TaktProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies the price changes whose date has come, daily with db-scheduler ({@code
 * takt.price-changes.apply-time}, 00:10 by default, in {@code takt.zone}), before the billing run. The
 * run bills by the effective date whether a change is applied or not; applying writes the new prices
 * into the lines (and the audit trail) so the subscription shows them.
 */
@Configuration
class PriceChangeSchedule {

    @Bean
    RecurringTask<Void> dailyPriceChanges(PriceChangeService changes, TaktProperties properties,
            @Value("${takt.price-changes.apply-time:00:10}") LocalTime time) {
        return Tasks.recurring("apply-price-changes", Schedules.daily(properties.zone(), time))
                .execute((instance, context) -> changes.applyDue());
    }
}
