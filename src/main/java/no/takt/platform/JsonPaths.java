package no.takt.platform;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A Java property path as the JSON names it: the parts of a record that are unwrapped in JSON
 * ({@code @JsonUnwrapped}) are left out, so a problem with {@code settings.basis.subject} is reported
 * at {@code subject}, where the client and the form have it. Used for validation problems and the
 * audit trail, so composing a record into parts changes no field name anyone sees.
 */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** The JSON path of a property path ({@code a.b[0].c}) on the type. */
    public static String of(Class<?> root, String javaPath) {
        List<String> out = new ArrayList<>();
        Class<?> type = root;
        for (String segment : javaPath.split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            RecordComponent component = component(type, name);
            if (component == null || !isUnwrapped(component)) {
                out.add(segment);
            }
            type = component == null ? null : elementType(component, bracket >= 0);
        }
        return String.join(".", out);
    }

    /** Whether the record component is unwrapped in JSON. */
    public static boolean isUnwrapped(RecordComponent component) {
        return component.getAccessor().isAnnotationPresent(JsonUnwrapped.class);
    }

    private static RecordComponent component(Class<?> type, String name) {
        if (type == null || !type.isRecord()) {
            return null;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static Class<?> elementType(RecordComponent component, boolean indexed) {
        if (indexed && Collection.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType p) {
            Type element = p.getActualTypeArguments()[0];
            return element instanceof Class<?> c ? c : null;
        }
        return component.getType();
    }
}
