package no.takt.platform;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shared clock: every read of "now" goes through it, so tests and forecasts can move time. */
@Configuration
@EnableConfigurationProperties(TaktProperties.class)
class PlatformConfiguration {

    @Bean
    Clock clock(TaktProperties properties) {
        return Clock.system(properties.zone());
    }
}
