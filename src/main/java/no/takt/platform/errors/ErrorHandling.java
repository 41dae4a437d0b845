package no.takt.platform.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.takt.platform.JsonPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * One place that turns every failure into the right answer: problem+json for {@code /api/**}, the
 * error page for the UI. Bad input is never a 500.
 */
@ControllerAdvice
class ErrorHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final Problems problems;

    ErrorHandling(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> problem(ProblemException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return answer(e.status(), e.code(), e.args(), e.fieldProblems(), request, response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> stale(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return answer(HttpStatus.CONFLICT, "error.stale-version", List.of(), List.of(), request, response);
    }

    /** A unique key the service did not see coming (two requests at once): a conflict, not a crash. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e, HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        log.info("Integrity violation on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return answer(HttpStatus.CONFLICT, "error.conflict", List.of(), List.of(), request, response);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal", List.of(), List.of(), request, response);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return fieldErrors(e.getBindingResult(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                fields.add(FieldProblem.of(result.getMethodParameter().getParameterName(), "error.raw",
                        error.getDefaultMessage()))));
        return respond(HttpStatus.BAD_REQUEST, "error.invalid-input", fields, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A value Jackson read but could not make into its type (a date like 2026-02-30) has the
        // JacksonException with its path further up the chain than the cause that says why.
        JacksonException json = null;
        for (Throwable t = e; t != null && json == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
                json = j;
            }
        }
        if (json != null) {
            String field = json.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return respond(HttpStatus.BAD_REQUEST, "error.invalid-input",
                    List.of(FieldProblem.of(field, "error.invalid-format")), request);
        }
        return respond(HttpStatus.BAD_REQUEST, "error.unreadable-body", List.of(), request);
    }

    /** A query or path parameter that is not of its type ({@code from=x}, {@code type=FOO}): at its name. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m
                ? m.getName() : e.getPropertyName();
        return respond(HttpStatus.BAD_REQUEST, "error.invalid-input",
                List.of(FieldProblem.of(field == null ? "_global" : field, "error.invalid-format")), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            org.springframework.web.bind.MissingServletRequestParameterException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "error.invalid-input", List.of(FieldProblem.of(e.getParameterName(),
                "jakarta.validation.constraints.NotNull.message")), request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return respond(status, "error.http." + status.value(), List.of(), request);
    }

    private ResponseEntity<Object> fieldErrors(BindingResult result, WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        Class<?> target = result.getTarget() == null ? Object.class : result.getTarget().getClass();
        result.getFieldErrors().forEach(error -> fields.add(FieldProblem.of(JsonPaths.of(target, error.getField()),
                "error.raw", error.getDefaultMessage())));
        result.getGlobalErrors().forEach(error ->
                fields.add(FieldProblem.of(error.getObjectName(), "error.raw", error.getDefaultMessage())));
        return respond(HttpStatus.BAD_REQUEST, "error.invalid-input", fields, request);
    }

    private ResponseEntity<Object> respond(HttpStatusCode status, String code, List<FieldProblem> fields,
            WebRequest request) {
        ServletWebRequest servlet = (ServletWebRequest) request;
        try {
            return answer(status, code, List.of(), fields, servlet.getRequest(), servlet.getResponse());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** problem+json for the API; for pages, the servlet error page of that status. */
    private ResponseEntity<Object> answer(HttpStatusCode status, String code, List<?> args, List<FieldProblem> fields,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Problems.isApi(request) && response != null) {
            response.sendError(status.value());
            return null;
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.of(status, code, args, fields, request.getRequestURI()));
    }
}
