package no.takt.billing;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Sizes the connection pool from the run's threads (issue 14): each worker holds one connection,
 * its chunk's transaction (nothing inside a chunk takes a second), and the request or task that
 * started the run, the helper task and the web and outbox need some besides. A pool smaller than
 * that starved a run of more than about five threads on the default ten connections; a pool set
 * larger is left as it is.
 */
@Component
class PoolSizing implements BeanPostProcessor, Ordered {

    /** Connections besides the workers': the caller, the helper task, web requests and the outbox. */
    static final int RESERVE = 4;

    private static final Logger log = LoggerFactory.getLogger(PoolSizing.class);

    private final int threads;

    PoolSizing(@Value("${takt.billing.threads:0}") int threads) {
        this.threads = BillingRunService.threads(threads);
    }

    static int needed(int threads) {
        return threads + RESERVE;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool && pool.getMaximumPoolSize() < needed(threads)) {
            log.info("Connection pool raised from {} to {} for {} billing threads", pool.getMaximumPoolSize(),
                    needed(threads), threads);
            pool.setMaximumPoolSize(needed(threads));
        }
        return bean;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
