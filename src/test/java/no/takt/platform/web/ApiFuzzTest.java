package no.takt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.takt.support.Api;
import no.takt.support.IntegrationTest;
import no.takt.support.OpenApiOperations.Operation;
import no.takt.support.OpenApiOperations;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 14: every POST and PUT of the OpenAPI description, sent seeded bad input — wrong types,
 * missing and null fields, huge strings, control characters, dates that are none or far off, deep
 * JSON, wrong content types, path ids that are letters or huge, enum values with blanks. Every
 * answer is below 500; every error is problem+json; a refused request changes nothing (the row
 * counts of every table stay as they were); and what is certainly invalid is refused.
 */
class ApiFuzzTest extends IntegrationTest {

    /** Fixed in the suite; {@code -Dfuzz.seed=… -Dfuzz.cases=…} to look further. */
    private static final long SEED = Long.getLong("fuzz.seed", 14);
    private static final int CASES_PER_OPERATION = Integer.getInteger("fuzz.cases", 30);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Operations on the whole database or the company's set-up (a run, the organisation, the legal
     * rates, a payment placed on whatever it matches, a price change of every line): a request that happened to be valid would change
     * what other tests rely on, so they get only requests that cannot be valid. Everything else is
     * sent to ids that do not exist, so a body that happens to be valid creates, and changes nothing.
     */
    private static final Set<String> ONLY_REFUSED = Set.of("/api/v1/billing/runs", "/api/v1/reminders/runs",
            "/api/v1/organisation", "/api/v1/payment-files", "/api/v1/documents/invoice-orders", "/api/v1/rates",
            "/api/v1/payments", "/api/v1/deliveries/print-queue/printed", "/api/v1/price-changes");

    /** An id no row has. */
    private static final String NO_SUCH_ID = "987654321";

    /** Tables whose rows change without a request (the scheduler's, the idempotency store's). */
    private static final Set<String> NOT_COUNTED = Set.of("flyway_schema_history", "scheduled_tasks",
            "idempotency_key", "event_publication", "spring_session", "spring_session_attributes");

    /**
     * One request: what is sent, and whether it must be refused; {@code structural} when the body as a
     * whole is not what the operation reads (its type, its syntax, its path), so it cannot happen to be valid.
     */
    record Case(String what, String method, String path, String body, String contentType, boolean mustBeRefused,
                boolean structural) {

        Case(String what, String method, String path, String body, String contentType, boolean mustBeRefused) {
            this(what, method, path, body, contentType, mustBeRefused, mustBeRefused);
        }
    }

    private JsonNode components;

    @Test
    void everyPostAndPutAnswersBadInputWithAProblemBelow500AndChangesNothing() {
        JsonNode api = adminByToken().get("/v3/api-docs").json();
        components = api.path("components").path("schemas");
        List<Operation> operations = OpenApiOperations.of(api, "POST", "PUT");
        assertThat(operations).hasSizeGreaterThan(40);
        List<String> tables = tables();
        Random random = new Random(SEED);
        Api client = adminByToken();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation operation : operations) {
            for (Case c : cases(operation, random)) {
                String before = counts(tables);
                Api.Response answer = c.body() == null && c.contentType() == null
                        ? client.send(c.method(), c.path(), null, null)
                        : client.send(c.method(), c.path(), c.body(), c.contentType());
                sent++;
                String where = c.method() + " " + c.path() + " [" + c.what() + "] → " + answer.status();
                if (answer.status() >= 500) {
                    failures.add(where + " " + clip(answer.body()));
                } else if (answer.status() >= 400) {
                    if (!answer.contentType().startsWith("application/problem+json")) {
                        failures.add(where + " not problem+json: " + answer.contentType());
                    }
                    if (!counts(tables).equals(before)) {
                        failures.add(where + " changed the database");
                    }
                } else if (c.mustBeRefused()) {
                    failures.add(where + " accepted");
                }
            }
        }
        assertThat(failures).as("of %d requests", sent).isEmpty();
        assertThat(sent).isGreaterThan(operations.size() * CASES_PER_OPERATION / 2);
    }

    /** The cases for one operation: always-invalid ones, then mutations of a sample body. */
    private List<Case> cases(Operation op, Random random) {
        String path = op.path(NO_SUCH_ID);
        List<Case> cases = new ArrayList<>();
        boolean refusedOnly = ONLY_REFUSED.contains(op.path());
        for (String badId : List.of("abc", "99999999999999999999999", "-1", "1.5")) {
            if (op.path().contains("{")) {
                cases.add(new Case("id " + badId, op.method(), op.path(badId), "{}",
                        "application/json", badId.equals("abc") || badId.equals("1.5")
                        || badId.startsWith("9")));
            }
        }
        if (!op.json()) {
            cases.add(new Case("wildcard type", op.method(), path, "{}", "*/*", true));
            cases.add(new Case("multipart without boundary", op.method(), path, "x", "multipart/form-data", true));
            return cases;
        }
        cases.add(new Case("wildcard type", op.method(), path, "{}", "*/*", true));
        cases.add(new Case("text/plain", op.method(), path, "{}", "text/plain", true));
        cases.add(new Case("multipart without boundary", op.method(), path, "{}", "multipart/form-data", true));
        cases.add(new Case("not JSON", op.method(), path, "{\"a\":", "application/json", true));
        cases.add(new Case("deep JSON", op.method(), path, "[".repeat(3000) + "]".repeat(3000),
                "application/json", true));
        cases.add(new Case("control character", op.method(), path, "{\"name\":\"a\u0001b\"}", "application/json",
                false));
        JsonNode sample = sample(op.schema(), 0);
        if (op.schema().isMissingNode() || !(sample instanceof ObjectNode object)) {
            cases.add(new Case("no body", op.method(), path, null, null, false));
            return refusedOnly ? refusedCases(cases) : cases;
        }
        cases.add(new Case("empty object", op.method(), path, "{}", "application/json", false));
        cases.add(new Case("array", op.method(), path, "[" + object + "]", "application/json", true));
        cases.add(new Case("null", op.method(), path, "null", "application/json", false));
        List<String[]> leaves = new ArrayList<>();
        leaves(object, "", leaves, resolve(op.schema()), 0);
        while (cases.size() < CASES_PER_OPERATION && !leaves.isEmpty()) {
            String[] leaf = leaves.get(random.nextInt(leaves.size()));
            Mutation mutation = mutation(leaf[1], random);
            ObjectNode mutated = object.deepCopy();
            set(mutated, leaf[0], mutation.value());
            cases.add(new Case(leaf[0] + " = " + mutation.what(), op.method(), path, mutated.toString(),
                    "application/json", mutation.invalid(), false));
        }
        return refusedOnly ? refusedCases(cases) : cases;
    }

    private static List<Case> refusedCases(List<Case> cases) {
        return cases.stream().filter(Case::structural).toList();
    }

    record Mutation(String what, JsonNode value, boolean invalid) {
    }

    /** A bad value for a field of the kind ({@code string}, {@code date}, {@code integer}, {@code enum} …). */
    private static Mutation mutation(String kind, Random random) {
        int pick = random.nextInt(9);
        return switch (pick) {
            case 0 -> new Mutation("null", NODES.nullNode(), false);
            case 1 -> new Mutation("huge string", NODES.stringNode("x".repeat(100_000)), !kind.equals("string"));
            case 2 -> new Mutation("object", NODES.objectNode().put("a", 1), !kind.equals("object"));
            case 3 -> new Mutation("array", NODES.arrayNode().add(1), !kind.equals("array"));
            case 4 -> new Mutation("blank", NODES.stringNode(" "), kind.equals("date") || kind.equals("integer")
                    || kind.equals("number") || kind.equals("enum"));
            case 5 -> new Mutation("control character", NODES.stringNode("a\u0007b"), true);
            case 6 -> switch (kind) {
                case "date" -> new Mutation("far date", NODES.stringNode(random.nextBoolean() ? "+99999-01-01"
                        : "2099-12-31"), false);
                case "enum" -> new Mutation("enum with a blank", NODES.stringNode("ADMIN "), true);
                default -> new Mutation("letters", NODES.stringNode("abc"), kind.equals("integer")
                        || kind.equals("number") || kind.equals("date") || kind.equals("boolean"));
            };
            case 7 -> new Mutation("huge number", NODES.numberNode(new java.math.BigDecimal("1e400")),
                    !kind.equals("number") && !kind.equals("string"));
            default -> new Mutation("not a date", NODES.stringNode("2026-13-45"), kind.equals("date")
                    || kind.equals("integer") || kind.equals("number") || kind.equals("enum"));
        };
    }

    /** A plausible value for the schema: every property filled in, to a depth of four. */
    private JsonNode sample(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (s.isMissingNode() || depth > 4) {
            return NODES.nullNode();
        }
        if (s.has("enum")) {
            return s.path("enum").get(0);
        }
        String type = s.path("type").asString("object");
        return switch (type) {
            case "string" -> switch (s.path("format").asString("")) {
                case "date" -> NODES.stringNode("2026-01-01");
                case "date-time" -> NODES.stringNode("2026-01-01T00:00:00Z");
                case "email" -> NODES.stringNode("a@b.no");
                default -> NODES.stringNode("x");
            };
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(sample(s.path("items"), depth + 1));
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
                    object.set(p.getKey(), sample(p.getValue(), depth + 1));
                }
                yield object;
            }
        };
    }

    /** The schema behind a {@code $ref}, or the first of an {@code allOf}/{@code oneOf}. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10; i++) {
            if (s.has("$ref")) {
                s = components.path(s.path("$ref").asString().replace("#/components/schemas/", ""));
            } else if (s.has("allOf")) {
                s = s.path("allOf").get(0);
            } else if (s.has("oneOf")) {
                s = s.path("oneOf").get(0);
            } else {
                return s;
            }
        }
        return s;
    }

    /** Every leaf of the sample with its path ({@code a.b}) and kind. */
    private void leaves(JsonNode node, String prefix, List<String[]> found, JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (node instanceof ObjectNode object && depth < 4) {
            for (Iterator<String> names = object.propertyNames().iterator(); names.hasNext(); ) {
                String name = names.next();
                leaves(object.get(name), prefix.isEmpty() ? name : prefix + "." + name, found,
                        s.path("properties").path(name), depth + 1);
            }
            if (!prefix.isEmpty()) {
                found.add(new String[] {prefix, "object"});
            }
            return;
        }
        String kind = s.has("enum") ? "enum" : "date".equals(s.path("format").asString("")) ? "date"
                : s.path("type").asString("string");
        found.add(new String[] {prefix, kind});
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        if (path.isEmpty()) {
            return;
        }
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            if (!(node.get(parts[i]) instanceof ObjectNode next)) {
                return;
            }
            node = next;
        }
        node.set(parts[parts.length - 1], value);
    }

    private List<String> tables() {
        return jdbc.sql("select table_name from information_schema.tables where lower(table_schema) = 'public'"
                + " and table_type in ('BASE TABLE', 'TABLE')").query(String.class).list().stream()
                .map(String::toLowerCase).filter(t -> !NOT_COUNTED.contains(t)).sorted().toList();
    }

    /** The row count of every table, as one text. */
    private String counts(List<String> tables) {
        StringBuilder all = new StringBuilder();
        for (String table : tables) {
            all.append(jdbc.sql("select count(*) from " + table).query(Long.class).single()).append(',');
        }
        return all.toString();
    }

    private static String clip(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) : text;
    }
}
