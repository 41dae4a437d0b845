package no.takt.platform.errors;

import java.util.List;
import org.springframework.http.HttpStatus;

/** 400: the request itself is malformed or a field has an invalid value. */
public class BadInputException extends ProblemException {

    public BadInputException(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, "error.invalid-input", List.of(), problems);
    }

    public static BadInputException field(String field, String code, Object... args) {
        return new BadInputException(List.of(FieldProblem.of(field, code, args)));
    }
}
