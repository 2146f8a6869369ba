package vn.coso.deploy;

import java.beans.Introspector;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a Kubernetes model object holds that its class does not know. The fabric8 model classes keep any field they
 * do not recognise (a misspelling, a field at the wrong level, a value of the wrong type) in their
 * {@code additionalProperties} instead of failing, which is what a lenient client wants and what a check of
 * hand-written manifests must not accept: this walks the parsed tree and names every such field by its path.
 */
final class StrictModel {

    private StrictModel() {
    }

    /** Paths such as {@code spec.template.spec.containers[0].readinessProb}; empty when everything is known. */
    static List<String> unknownFields(Object model) {
        List<String> found = new ArrayList<>();
        walk(model, "", found);
        return found;
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value == null || !(value instanceof Map<?, ?> || value instanceof Collection<?> || isModel(value))) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "[" + key + "]", found));
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (!isGetter(getter)) {
                continue;
            }
            Object child = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) child).keySet().forEach(key -> found.add(join(path, String.valueOf(key))));
            } else {
                walk(child, join(path, property(getter)), found);
            }
        }
    }

    private static boolean isModel(Object value) {
        return value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model") && !value.getClass().isEnum();
    }

    private static boolean isGetter(Method method) {
        // an interface's default getter (getPlural, getFullResourceName…) is computed, not a field of the document
        return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers()) && !method.isDefault()
                && method.getName().startsWith("get") && !method.getName().equals("getClass");
    }

    private static String property(Method getter) {
        return Introspector.decapitalize(getter.getName().substring(3));
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }
}
