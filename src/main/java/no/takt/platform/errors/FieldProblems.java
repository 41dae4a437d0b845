package no.takt.platform.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Collects every field problem of a request, so the caller hears about all of them at once. */
public final class FieldProblems {

    private final List<FieldProblem> problems = new ArrayList<>();

    public FieldProblems add(String field, String code, Object... args) {
        problems.add(FieldProblem.of(field, code, args));
        return this;
    }

    public FieldProblems check(boolean ok, String field, String code, Object... args) {
        return ok ? this : add(field, code, args);
    }

    /**
     * Adds what is wrong with a range of dates or months at its fields: {@code from} or {@code to}
     * missing, or the end before the start (checked only when both are there).
     */
    public <T extends Comparable<? super T>> FieldProblems range(T from, T to) {
        check(from != null, "from", "jakarta.validation.constraints.NotNull.message")
                .check(to != null, "to", "jakarta.validation.constraints.NotNull.message");
        return from == null || to == null ? this : check(to.compareTo(from) >= 0, "to", "error.end-before-start");
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws the exception made from the problems, if there are any. */
    public void throwIfAny(Function<List<FieldProblem>, ? extends ProblemException> exception) {
        if (!problems.isEmpty()) {
            throw exception.apply(List.copyOf(problems));
        }
    }
}
