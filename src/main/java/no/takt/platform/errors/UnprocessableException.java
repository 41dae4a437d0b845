package no.takt.platform.errors;

import java.util.List;
import org.springframework.http.HttpStatus;

/** 422: well-formed, but it breaks a business rule (an unknown reference, a missing precondition). */
public class UnprocessableException extends ProblemException {

    public UnprocessableException(List<FieldProblem> problems) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "error.unprocessable", List.of(), problems);
    }

    public UnprocessableException(String code, Object... args) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, code, List.of(args), List.of());
    }

    public static UnprocessableException field(String field, String code, Object... args) {
        return new UnprocessableException(List.of(FieldProblem.of(field, code, args)));
    }
}
