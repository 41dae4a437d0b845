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
        this.json = json.rebuild().enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .addModule(new tools.jackson.databind.module.SimpleModule("takt-form-decimals")
                        .addDeserializer(java.math.BigDecimal.class, new TypedDecimal()))
                .build();
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
            T input = bind(values, type, errors);
            if (input != null) {
                for (ConstraintViolation<T> violation : validator.validate(input)) {
                    errors.putIfAbsent(JsonPaths.of(type, violation.getPropertyPath().toString()),
                            violation.getMessage());
                }
            }
            if (errors.isEmpty()) {
                return action.perform(input);
            }
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
     * The input the values make, with every value that is not of its field's type ("tusen" for an
     * amount) noted as that field's error and left out, so that one such error hides no other: the
     * rest are bound and validated as if that field were empty. Null when what is left cannot be
     * bound at all.
     */
    private <T> T bind(Map<String, Object> values, Class<T> type, Map<String, String> errors) {
        Map<String, Object> left = new LinkedHashMap<>(values);
        for (int attempt = 0; attempt <= values.size(); attempt++) {
            try {
                return json.convertValue(nest(left), type);
            } catch (JacksonException e) {
                String field = path(e);
                errors.putIfAbsent(field, problems.message("error.invalid-format", List.of()));
                if (left.get(field) == null) {
                    return null;
                }
                left.put(field, null);
            }
        }
        return null;
    }

    /**
     * Decimals as people type them in the user's language: "1 500,50" or "1.500,50" (spaces,
     * no-break spaces or points between thousands) in Norwegian and Danish, "1,500.50" in English; a
     * lone point is read as the decimal mark in any language. Only fields of type BigDecimal, so a name like "1,5" stays text.
     */
    static final class TypedDecimal extends tools.jackson.databind.deser.std.StdScalarDeserializer<java.math.BigDecimal> {

        TypedDecimal() {
            super(java.math.BigDecimal.class);
        }

        @Override
        public java.math.BigDecimal deserialize(tools.jackson.core.JsonParser p,
                tools.jackson.databind.DeserializationContext ctxt) {
            if (p.currentToken() != tools.jackson.core.JsonToken.VALUE_STRING) {
                return p.getDecimalValue();
            }
            String text = p.getString();
            String plain = text.replaceAll("[\\s\\u00a0\\u202f]", "");
            if ("en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage())) {
                plain = plain.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?") ? plain.replace(",", "") : plain;
            } else if (plain.matches("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d*)?")) {
                plain = plain.replace(".", "").replace(',', '.');
            } else if (plain.indexOf(',') == plain.lastIndexOf(',') && plain.indexOf('.') < 0) {
                plain = plain.replace(',', '.');
            }
            try {
                return plain.isEmpty() ? null : new java.math.BigDecimal(plain);
            } catch (NumberFormatException e) {
                return (java.math.BigDecimal) ctxt.handleWeirdStringValue(java.math.BigDecimal.class, text,
                        "not a number");
            }
        }
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

    /** Puts an existing entity's values into the model, for an edit form (decimals in the user's language). */
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
            } else if (value instanceof java.math.BigDecimal decimal) {
                into.put(prefix + key, no.takt.platform.text.Formats.of(
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()).decimal(decimal));
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
