package no.takt.platform.errors;

import java.util.List;

/**
 * What is wrong with one field of a request: a message code (resolved in the caller's language)
 * and its arguments.
 */
public record FieldProblem(String field, String code, List<Object> args) {

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args));
    }
}
