package no.takt.platform.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details with the field errors of PRODUCT.md §11
 * ({@code errors: [{field, message}]}), messages in the caller's language.
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final JsonMapper json;

    public Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** The message in the user's language; whole numbers (numbers, ids, counts) are written without grouping. */
    public String message(String code, List<?> args) {
        Object[] values = args.stream().map(a -> a instanceof Long || a instanceof Integer ? a.toString() : a)
                .toArray();
        return messages.getMessage(code, values, code, LocaleContextHolder.getLocale());
    }

    /** What is wrong, for a page: its fields' messages where it has any, else its own. */
    public List<String> messages(ProblemException e) {
        return e.fieldProblems().isEmpty() ? List.of(message(e.code(), e.args()))
                : e.fieldProblems().stream().map(p -> message(p.code(), p.args())).toList();
    }

    /** The same in one line. */
    public String describe(ProblemException e) {
        return String.join(" ", messages(e));
    }

    public ProblemDetail of(HttpStatusCode status, String code, List<?> args, List<FieldProblem> fields, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(code, args));
        problem.setInstance(URI.create(path));
        if (!fields.isEmpty()) {
            problem.setProperty("errors", fields.stream().map(this::fieldError).toList());
        }
        return problem;
    }

    public ProblemDetail of(ProblemException e, String path) {
        return of(e.status(), e.code(), e.args(), e.fieldProblems(), path);
    }

    private Map<String, String> fieldError(FieldProblem p) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", p.field());
        error.put("message", message(p.code(), p.args()));
        return error;
    }

    /** Writes a problem straight to the response, for filters that answer before any controller. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String code)
            throws IOException {
        ProblemDetail problem = of(status, code, List.of(), List.of(), request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
