package no.takt.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The operations of Takt's OpenAPI description ({@code /v3/api-docs}), for tests that try every one. */
public final class OpenApiOperations {

    private OpenApiOperations() {
    }

    /**
     * One operation: its method (upper case), its path as described ({@code /api/v1/documents/{id}}),
     * the schema of its JSON body (missing when it takes none) and whether it takes JSON at all.
     */
    public record Operation(String method, String path, JsonNode schema, boolean json) {

        /** The path with every path parameter replaced by this text. */
        public String path(String id) {
            return path.replaceAll("\\{[^}]+}", id);
        }
    }

    /** The operations with one of these methods (all when none are given), in the description's order. */
    public static List<Operation> of(JsonNode api, String... methods) {
        Set<String> wanted = Set.of(methods);
        List<Operation> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (String method : path.getValue().propertyNames()) {
                if (!wanted.isEmpty() && !wanted.contains(method.toUpperCase())) {
                    continue;
                }
                JsonNode content = path.getValue().path(method).path("requestBody").path("content");
                found.add(new Operation(method.toUpperCase(), path.getKey(),
                        content.path("application/json").path("schema"),
                        !content.path("application/json").isMissingNode()));
            }
        }
        return found;
    }
}
