package no.takt.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

class BillingScheduleTest extends BillingFixtures {

    @Autowired
    @Qualifier("dailyBillingRun")
    RecurringTask<Void> daily;

    @Test
    void theDailyRunIsAtEightInTheMorningOsloTime() {
        assertThat(daily.getName()).isEqualTo(BillingSchedule.DAILY);
        assertThat(daily.schedulableInstance("recurring").getNextExecutionTime(Instant.parse("2026-11-23T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-24T07:00:00Z"));
        assertThat(daily.schedulableInstance("recurring").getNextExecutionTime(Instant.parse("2026-06-01T03:00:00Z")))
                .isEqualTo(Instant.parse("2026-06-01T06:00:00Z"));
    }

    @Test
    void theScheduledTaskRunsBillingForTodayAsTheScheduler() {
        long before = jdbc.sql("select count(*) from billing_run where run_trigger = 'SCHEDULER'").query(Long.class)
                .single();
        daily.executeRecurringly(daily.instance("recurring"), null);
        assertThat(jdbc.sql("select count(*) from billing_run where run_trigger = 'SCHEDULER' and status = 'COMPLETED'"
                + " and started_by = 'scheduler'").query(Long.class).single()).isEqualTo(before + 1);
    }
}
