package no.takt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Takt: subscription billing for Nordic companies. */
@SpringBootApplication
public class TaktApplication {

    public static void main(String[] args) {
        SpringApplication.run(TaktApplication.class, args);
    }
}
