package no.takt.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import no.takt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class NextRunDateTest extends IntegrationTest {

    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    PlatformTransactionManager transactions;

    /** A new installation has no active subscription: no next run, not an error on the start page. */
    @Test
    void withoutActiveSubscriptionsThereIsNoNextRun() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("update subscription set active = false").update();
            assertThat(subscriptions.nextRunDate()).isEmpty();
            status.setRollbackOnly();
        });
    }

    /** Asked more often than the pool has connections (the start page asks on every visit), it holds none. */
    @Test
    void askingForTheNextRunHoldsNoConnection() {
        for (int i = 0; i < 25; i++) {
            subscriptions.nextRunDate();
        }
        assertThat(jdbc.sql("select 1").query(Integer.class).single()).isEqualTo(1);
    }
}
