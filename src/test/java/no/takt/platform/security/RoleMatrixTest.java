package no.takt.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.takt.support.Api;
import no.takt.support.IntegrationTest;
import no.takt.support.OpenApiOperations.Operation;
import no.takt.support.OpenApiOperations;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: every operation of the OpenAPI description, as each caller. Without credentials all are
 * 401; a READONLY user changes nothing (every write is 403) and reads all but the admin's lists; a
 * BILLING user reaches no admin action. Only refusals are sent for real, so nothing runs.
 */
class RoleMatrixTest extends IntegrationTest {

    /** The company's set-up, users, tokens, the audit log, billing runs and legal rates: the admin's. */
    private static final Pattern ADMIN = Pattern.compile("/api/v1/(organisation|vat-codes|employees|bank-accounts"
            + "|billing/runs|rates|users|api-tokens|audit|account-mapping)(/.*)?");
    /** What only an admin may even read. */
    private static final Pattern ADMIN_READS = Pattern.compile("/api/v1/(users|api-tokens|audit)(/.*)?");

    @Test
    void everyOperationRefusesWhoMayNotUseIt() {
        List<Operation> operations = OpenApiOperations.of(Api.anonymous(port).get("/v3/api-docs").json());
        assertThat(operations).hasSizeGreaterThan(100);
        Api readonly = token(Role.READONLY);
        Api billing = token(Role.BILLING);
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations) {
            boolean read = op.method().equals("GET");
            expect(wrong, "anonymous", Api.anonymous(port), op, 401);
            if (!read || ADMIN_READS.matcher(op.path("1")).matches()) {
                expect(wrong, "READONLY", readonly, op, 403);
            } else {
                allowed(wrong, "READONLY", readonly, op);
            }
            if (ADMIN.matcher(op.path("1")).matches() && (!read || ADMIN_READS.matcher(op.path("1")).matches())) {
                expect(wrong, "BILLING", billing, op, 403);
            } else if (read) {
                allowed(wrong, "BILLING", billing, op);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A caller with a token of the role (fast: no password hash checked per request). */
    private Api token(Role role) {
        return Api.bearer(port, admin().post("/api/v1/api-tokens", Map.of("name", unique("matrix"), "role",
                role.name())).json().path("secret").asString());
    }

    private static void expect(List<String> wrong, String who, Api caller, Operation op, int status) {
        Api.Response answer = caller.send(op.method(), op.path("1"), "{}", "application/json");
        if (answer.status() != status || !answer.contentType().startsWith("application/problem+json")) {
            wrong.add(who + " " + op.method() + " " + op.path("1") + " → " + answer.status());
        }
    }

    private static void allowed(List<String> wrong, String who, Api caller, Operation op) {
        int status = caller.send(op.method(), op.path("1"), null, null).status();
        if (status == 401 || status == 403 || status >= 500) {
            wrong.add(who + " " + op.method() + " " + op.path("1") + " → " + status);
        }
    }
}
