package no.takt.platform.audit;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.takt.platform.JsonPaths;

/**
 * Flattens a record into field → text, nested records as {@code invoiceAddress.city} (those unwrapped
 * in JSON under their own names), so any two versions of an entity can be compared field by field
 * for the audit log with the names the API uses.
 */
final class RecordFields {

    /** Bookkeeping fields that change on every write and say nothing about the entity. */
    private static final Set<String> SKIPPED = Set.of("id", "version", "createdAt", "createdBy", "modifiedAt",
            "modifiedBy");

    private RecordFields() {
    }

    static Map<String, String> of(Record value) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (value != null) {
            flatten("", value, fields);
        }
        return fields;
    }

    private static void flatten(String prefix, Record value, Map<String, String> into) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (prefix.isEmpty() && SKIPPED.contains(component.getName())) {
                continue;
            }
            Object v = read(component, value);
            String name = prefix + component.getName();
            if (v instanceof Record nested) {
                flatten(JsonPaths.isUnwrapped(component) ? prefix : name + ".", nested, into);
            } else {
                into.put(name, text(v));
            }
        }
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(RecordFields::text).collect(Collectors.joining(", "));
        }
        String s = v.toString();
        return s.length() > 4000 ? s.substring(0, 3997) + "..." : s;
    }
}
