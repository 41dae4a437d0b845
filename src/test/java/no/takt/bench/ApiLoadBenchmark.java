package no.takt.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The API under load (issue 14: p99 at most 50 ms at 500 requests/s for a document, a customer and a
 * page of the document list over the run's documents — the list's own page of 20, the first and the
 * 101st, newest first and by number, and a page of 50 beside them), measured with {@code wrk} from Debian's
 * packages ({@code apt install wrk}; skipped with a note when it is not there): 55 connections, each
 * waiting 100 ms between requests (so about 500/s when a request takes 10 ms; the rate reached is
 * printed), 20 s per endpoint after 5 s not counted, with an API token. On PostgreSQL the tables are
 * vacuumed and analysed first, as autovacuum would soon after a run: measured while it works on the
 * run's million rows, the figures are autovacuum's. (The checkpoint after the vacuum may still be
 * writing during the first endpoints: Takt's database user may not ask for one.)
 */
final class ApiLoadBenchmark {

    private ApiLoadBenchmark() {
    }

    static void run(ConfigurableApplicationContext app, JdbcTemplate jdbc, String database) {
        if (!Boolean.parseBoolean(System.getProperty("bench.load", "true"))) {
            return;
        }
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            System.out.printf("%s: API load not measured: wrk is not installed (apt install wrk)%n", database);
            return;
        }
        String port = app.getEnvironment().getProperty("local.server.port");
        if (database.startsWith("PostgreSQL")) {
            jdbc.execute("vacuum analyze document, document_line, document_vat, customer");
        }
        System.gc(); // what the run left in the heap is not the API's

        String connections = System.getProperty("bench.load.connections", "55");
        long documents = jdbc.queryForObject("select count(*) from document", Long.class);
        long document = jdbc.queryForObject("select max(id) / 2 from document", Long.class);
        long customer = jdbc.queryForObject("select max(id) / 2 from customer", Long.class);
        String token = token(port);
        String seconds = System.getProperty("bench.load.seconds", "20");
        for (String path : List.of("/api/v1/documents/" + document, "/api/v1/customers/" + customer,
                "/api/v1/documents", "/api/v1/documents?page=100", "/api/v1/documents?type=INVOICE&sort=-number",
                "/api/v1/documents?type=INVOICE&sort=-number&size=50")) {
            try {
                Path script = Files.createTempFile("takt-wrk", ".lua");
                Files.writeString(script, """
                        wrk.headers["Authorization"] = "Bearer %s"
                        function delay()
                          return 100
                        end
                        done = function(summary, latency, requests)
                          io.write(string.format("RESULT %%d %%d %%.0f %%.1f %%.1f %%d\\n", summary.requests,
                            summary.errors.status + summary.errors.connect + summary.errors.read
                              + summary.errors.timeout, summary.requests / (summary.duration / 1e6),
                            latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
                        end
                        """.formatted(token));
                // 5 s first, not counted: the JIT compiles the endpoint's path
                wrk(script, "5", connections, port + path);
                String out = wrk(script, seconds, connections, port + path);
                Files.delete(script);
                String result = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElse("RESULT ? ? ? ? ? ?");
                String[] r = result.split(" ");
                System.out.printf("%s: GET %s over %d documents: %s requests (%s errors), %s/s, p50 %s ms, p99 %s ms,"
                        + " max %s ms%n", database, path, documents, r[1], r[2], r[3], r[4], r[5], r[6]);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String wrk(Path script, String seconds, String connections, String target)
            throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("/usr/bin/wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "-s",
                script.toString(),
                "http://localhost:" + target).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        return out;
    }

    private static String token(String port) {
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:benchmark".getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/api/v1/api-tokens")).header("Authorization", basic)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"bench-load\",\"role\":\"READONLY\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            java.util.regex.Matcher secret = java.util.regex.Pattern.compile("\"secret\":\"([^\"]+)\"")
                    .matcher(answer.body());
            if (!secret.find()) {
                throw new IllegalStateException(answer.statusCode() + " " + answer.body());
            }
            return secret.group(1);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
