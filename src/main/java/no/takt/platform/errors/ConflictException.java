package no.takt.platform.errors;

import java.util.List;
import org.springframework.http.HttpStatus;

/** 409: the request conflicts with the current state (a duplicate key, a stale version). */
public class ConflictException extends ProblemException {

    public ConflictException(String code, Object... args) {
        super(HttpStatus.CONFLICT, code, List.of(args), List.of());
    }

    private ConflictException(List<FieldProblem> problems) {
        super(HttpStatus.CONFLICT, "error.conflict", List.of(), problems);
    }

    public static ConflictException field(String field, String code, Object... args) {
        return new ConflictException(List.of(FieldProblem.of(field, code, args)));
    }

    public static ConflictException staleVersion() {
        return new ConflictException("error.stale-version");
    }
}
