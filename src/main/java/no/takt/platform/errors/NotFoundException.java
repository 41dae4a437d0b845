package no.takt.platform.errors;

import java.util.List;
import org.springframework.http.HttpStatus;

/** 404: no such resource (or not one the caller may see through this path). */
public class NotFoundException extends ProblemException {

    public NotFoundException(String entity, Object id) {
        super(HttpStatus.NOT_FOUND, "error.not-found", List.of(entity, String.valueOf(id)), List.of());
    }
}
