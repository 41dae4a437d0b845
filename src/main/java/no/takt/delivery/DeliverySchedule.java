package no.takt.delivery;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sends due deliveries, and then due notices, every {@code takt.delivery.interval} (default 30 s), on
 * whichever instance is free.
 */
@Configuration
class DeliverySchedule {

    @Bean
    RecurringTask<Void> sendDueDeliveries(DeliverySender mail, Notices notices,
            @Value("${takt.delivery.interval:PT30S}") Duration interval) {
        return Tasks.recurring("send-due-deliveries", FixedDelay.of(interval))
                .execute((instance, context) -> {
                    mail.sendDue();
                    notices.sendDue();
                });
    }
}
