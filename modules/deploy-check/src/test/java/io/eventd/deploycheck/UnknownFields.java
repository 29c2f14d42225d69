package io.eventd.deploycheck;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * fabric8's model classes keep fields they do not know in {@code additionalProperties} instead of failing:
 * a misspelt {@code readinesProbe} would bind silently. This walks a bound object and lists every such field.
 */
final class UnknownFields {
    private UnknownFields() {
    }

    static void requireNone(Object bound, String what) {
        List<String> found = new ArrayList<>();
        walk(bound, what, found);
        if (!found.isEmpty()) {
            throw new IllegalArgumentException("unknown fields (not in the Kubernetes model): " + found);
        }
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, found));
        } else if (value != null && value.getClass().getName().startsWith("io.fabric8.")) {
            walkModel(value, path, found);
        }
    }

    private static void walkModel(Object model, String path, List<String> found) {
        for (Method getter : model.getClass().getMethods()) {
            if (!isPropertyGetter(getter)) {
                continue;
            }
            Object value = invoke(getter, model);
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) value).keySet().forEach(k -> found.add(path + "." + k));
            } else {
                walk(value, path + "." + propertyName(getter), found);
            }
        }
    }

    private static boolean isPropertyGetter(Method m) {
        return m.getName().startsWith("get") && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                && m.getDeclaringClass() != Object.class && !m.getName().equals("getClass");
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }
}
