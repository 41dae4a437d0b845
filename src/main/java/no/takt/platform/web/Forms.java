package no.takt.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.takt.platform.JsonPaths;
import no.takt.platform.errors.FieldProblem;
import no.takt.platform.errors.ProblemException;
import no.takt.platform.errors.Problems;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds HTML form posts to the same input records the API takes, and runs them through the same
 * validation and services, so the UI and the API can never disagree about what is valid.
 *
 * <p>Form field names are the JSON names, nested with dots ({@code invoiceAddress.city}), list
 * items with their index ({@code lines[0].name}; gaps close up). A hidden
 * {@code _name} field gives the value to use when {@code name} is absent: {@code false} for an
 * unticked checkbox, {@code []} for a multi-select with nothing selected. Blank fields are null.
 *
 * <p>The template gets {@code values} (field → value as text, or a list of texts for multi-selects,
 * to fill the form) and {@code errors}
 * (field → message; {@code _global} for problems of the whole form).
 */
@Component
public class Forms {

    public static final String GLOBAL = "_global";

    private final JsonMapper json;
    private final Validator validator;
    private final Problems problems;

    public Forms(JsonMapper json, Validator validator, Problems problems) {
        this.json = json.rebuild().enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY).build();
        this.validator = validator;
        this.problems = problems;
    }

    /** What a form action does with a valid input: answers the view to go to (usually a redirect). */
    @FunctionalInterface
    public interface Action<T> {
        String perform(T input);
    }

    /**
     * Binds and validates the post; when valid, performs the action. Any problem — a value of the
     * wrong type, a constraint, a rule the service enforces — shows the form again with the values
     * as typed and a message at each field.
     */
    public <T> String submit(MultiValueMap<String, String> params, Class<T> type, Model model, String view,
            Action<T> action) {
        Map<String, Object> values = values(params);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            T input = json.convertValue(nest(values), type);
            for (ConstraintViolation<T> violation : validator.validate(input)) {
                errors.putIfAbsent(JsonPaths.of(type, violation.getPropertyPath().toString()),
                        violation.getMessage());
            }
            if (errors.isEmpty()) {
                return action.perform(input);
            }
        } catch (JacksonException e) {
            errors.put(path(e), problems.message("error.invalid-format", List.of()));
        } catch (ProblemException e) {
            for (FieldProblem p : e.fieldProblems()) {
                errors.putIfAbsent(p.field(), problems.message(p.code(), p.args()));
            }
            if (e.fieldProblems().isEmpty()) {
                errors.put(GLOBAL, problems.message(e.code(), e.args()));
            }
        }
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return view;
    }

    /**
     * The post with the named fields' decimals as typed in Norway and Denmark ("1 250,50", with
     * spaces or no-break spaces between thousands) written as the input record reads them ("1250.50").
     */
    public static MultiValueMap<String, String> nordicDecimals(MultiValueMap<String, String> form,
            java.util.function.Predicate<String> decimalField) {
        MultiValueMap<String, String> out = new org.springframework.util.LinkedMultiValueMap<>();
        form.forEach((name, values) -> out.put(name, decimalField.test(name)
                ? values.stream().map(v -> v == null ? null : v.replaceAll("[\\s\\u00a0\\u202f]", "")
                        .replace(',', '.')).toList()
                : values));
        return out;
    }

    /** The input the post describes, if it binds and validates; for live previews that show nothing on errors. */
    public <T> java.util.Optional<T> tryBind(MultiValueMap<String, String> params, Class<T> type) {
        try {
            T input = json.convertValue(nest(values(params)), type);
            return validator.validate(input).isEmpty() ? java.util.Optional.of(input) : java.util.Optional.empty();
        } catch (JacksonException e) {
            return java.util.Optional.empty();
        }
    }

    /** Puts an existing entity's values into the model, for an edit form. */
    public void fill(Model model, Object entity) {
        Map<String, Object> flat = new LinkedHashMap<>();
        if (entity != null) {
            flatten("", json.convertValue(entity, Map.class), flat);
        }
        model.addAttribute("values", flat);
        model.addAttribute("errors", Map.of());
    }

    private static Map<String, Object> values(MultiValueMap<String, String> params) {
        Map<String, String> fallbacks = new LinkedHashMap<>();
        params.forEach((name, list) -> {
            if (name.startsWith("_") && !name.equals("_csrf")) {
                fallbacks.put(name.substring(1), list.getFirst());
            }
        });
        Map<String, Object> values = new LinkedHashMap<>();
        params.forEach((name, list) -> {
            if (!name.startsWith("_")) {
                List<String> present = list.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
                boolean multiple = "[]".equals(fallbacks.get(name)) || present.size() > 1;
                values.put(name, multiple ? present : present.isEmpty() ? null : present.getFirst());
            }
        });
        fallbacks.forEach((name, fallback) -> {
            if (values.get(name) == null) {
                values.put(name, "[]".equals(fallback) ? List.of() : fallback);
            }
        });
        return values;
    }

    private static final java.util.regex.Pattern INDEXED = java.util.regex.Pattern.compile("(.+)\\[(\\d+)]");

    /** Dotted names as nested maps; {@code name[i]} as the i-th item of a list (kept in a sorted map until the end). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> nest(Map<String, Object> flat) {
        Map<String, Object> root = new LinkedHashMap<>();
        flat.forEach((name, value) -> {
            String[] parts = name.split("\\.");
            Map<Object, Object> node = (Map<Object, Object>) (Map<?, ?>) root;
            for (int i = 0; i < parts.length; i++) {
                java.util.regex.Matcher indexed = INDEXED.matcher(parts[i]);
                boolean last = i == parts.length - 1;
                if (indexed.matches()) {
                    Map<Object, Object> items = (Map<Object, Object>) node.computeIfAbsent(indexed.group(1),
                            k -> new java.util.TreeMap<Integer, Object>());
                    Integer index = Integer.valueOf(indexed.group(2));
                    if (last) {
                        items.put(index, value);
                    } else {
                        node = (Map<Object, Object>) items.computeIfAbsent(index, k -> new LinkedHashMap<>());
                    }
                } else if (last) {
                    node.put(parts[i], value);
                } else {
                    node = (Map<Object, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
                }
            }
        });
        return (Map<String, Object>) listed(root);
    }

    /** The sorted maps of list items as lists. */
    private static Object listed(Object node) {
        if (node instanceof java.util.TreeMap<?, ?> items) {
            return items.values().stream().map(Forms::listed).toList();
        }
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, listed(v)));
            return copy;
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, Map<String, Object> into) {
        map.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                flatten(prefix + key + ".", (Map<String, Object>) nested, into);
            } else if (value instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map) {
                for (int i = 0; i < list.size(); i++) {
                    flatten(prefix + key + "[" + i + "].", (Map<String, Object>) list.get(i), into);
                }
            } else if (value instanceof List<?> list) {
                into.put(prefix + key, list.stream().map(String::valueOf).toList());
            } else {
                into.put(prefix + key, value == null ? null : String.valueOf(value));
            }
        });
    }

    private static String path(JacksonException e) {
        List<String> names = new ArrayList<>();
        e.getPath().forEach(ref -> {
            if (ref.getPropertyName() != null) {
                names.add(ref.getPropertyName());
            } else if (ref.getIndex() >= 0 && !names.isEmpty()) {
                names.set(names.size() - 1, names.getLast() + "[" + ref.getIndex() + "]");
            }
        });
        return names.isEmpty() ? GLOBAL : names.stream().collect(Collectors.joining("."));
    }
}
