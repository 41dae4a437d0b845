package no.takt.platform.errors;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request that cannot be served as asked. Rendered as RFC 9457 problem+json by the API and as a
 * form error or error page by the UI; the message is a code resolved in the user's language.
 */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient List<Object> args;
    private final transient List<FieldProblem> fieldProblems;

    protected ProblemException(HttpStatus status, String code, List<Object> args, List<FieldProblem> fieldProblems) {
        super(code + (fieldProblems.isEmpty() ? "" : " " + fieldProblems));
        this.status = status;
        this.code = code;
        this.args = List.copyOf(args);
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
