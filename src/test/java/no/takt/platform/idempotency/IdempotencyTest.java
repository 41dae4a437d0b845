package no.takt.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.takt.platform.security.Role;
import no.takt.support.Api;
import no.takt.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class IdempotencyTest extends IntegrationTest {

    @Test
    void aRepeatedCreateWithTheSameKeyCreatesOnceAndAnswersTheSame() {
        String name = unique("Idempotent");
        Api client = admin().with("Idempotency-Key", "key-" + unique());
        Api.Response first = client.post("/api/v1/customers", Map.of("name", name));
        Api.Response again = client.post("/api/v1/customers", Map.of("name", name));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(jdbc.sql("select count(*) from customer where name = ?").param(name).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        Api client = admin().with("Idempotency-Key", "key-" + unique());
        assertThat(client.post("/api/v1/customers", Map.of("name", unique("One"))).status()).isEqualTo(201);
        Api.Response other = client.post("/api/v1/customers", Map.of("name", unique("Two")));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
    }

    @Test
    void keysBelongToTheirCallerAndErrorsAreReplayedToo() {
        String key = "shared-" + unique();
        String name = unique("Caller");
        assertThat(admin().with("Idempotency-Key", key).post("/api/v1/customers", Map.of("name", name)).status())
                .isEqualTo(201);
        assertThat(as(Role.BILLING).with("Idempotency-Key", key).post("/api/v1/customers", Map.of("name", name))
                .status()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from customer where name = ?").param(name).query(Long.class).single())
                .isEqualTo(2);

        Api client = admin().with("Idempotency-Key", "bad-" + unique());
        assertThat(client.post("/api/v1/customers", Map.of("name", "")).status()).isEqualTo(400);
        assertThat(client.post("/api/v1/customers", Map.of("name", "")).header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void withoutAKeyEveryPostCreates() {
        String name = unique("NoKey");
        admin().post("/api/v1/customers", Map.of("name", name));
        admin().post("/api/v1/customers", Map.of("name", name));
        assertThat(jdbc.sql("select count(*) from customer where name = ?").param(name).query(Long.class).single())
                .isEqualTo(2);
    }
}
