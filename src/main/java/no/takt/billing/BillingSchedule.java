package no.takt.billing;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import no.takt.platform.TaktProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The daily run, with db-scheduler: cluster-safe, so of several Takt instances exactly one starts it
 * at {@code takt.billing.run-time} in {@code takt.zone} — and then each instance is asked, through
 * a one-time task per run, to help with the run's chunks. A recovery task takes over runs left
 * running by an instance that stopped.
 */
@Configuration
class BillingSchedule {

    static final String DAILY = "daily-billing-run";
    static final String HELPER = "billing-run-helper";
    static final String RECOVERY = "billing-run-recovery";

    /** Published when a run is planned, so other instances can join it. */
    record RunPlanned(long runId) {
    }

    @Bean
    RecurringTask<Void> dailyBillingRun(BillingRunService runs, TaktProperties properties, Clock clock,
            @Value("${takt.billing.run-time:08:00}") LocalTime time) {
        return Tasks.recurring(DAILY, Schedules.daily(properties.zone(), time))
                .execute((instance, context) -> runs.run(LocalDate.now(clock), BillingRun.Trigger.SCHEDULER));
    }

    /** Every minute, one instance takes over the runs that instances which stopped left running. */
    @Bean
    RecurringTask<Void> billingRunRecovery(BillingRunService runs) {
        return Tasks.recurring(RECOVERY, Schedules.fixedDelay(java.time.Duration.ofMinutes(1)))
                .execute((instance, context) -> runs.recover());
    }

    @Bean
    OneTimeTask<Long> billingRunHelper(BillingRunService runs) {
        return Tasks.oneTime(HELPER, Long.class).execute((instance, context) -> runs.work(instance.getData()));
    }

    /** Schedules the helper task of each planned run (nothing when db-scheduler is off, as in the tests). */
    @org.springframework.stereotype.Component
    static class Helpers {

        private final ObjectProvider<SchedulerClient> scheduler;
        private final OneTimeTask<Long> billingRunHelper;
        private final Clock clock;

        Helpers(ObjectProvider<SchedulerClient> scheduler, OneTimeTask<Long> billingRunHelper, Clock clock) {
            this.scheduler = scheduler;
            this.billingRunHelper = billingRunHelper;
            this.clock = clock;
        }

        @EventListener
        void askOthersToHelp(RunPlanned planned) {
            scheduler.ifAvailable(client -> client.scheduleIfNotExists(
                    billingRunHelper.instance("run-" + planned.runId(), planned.runId()), Instant.now(clock)));
        }
    }
}
