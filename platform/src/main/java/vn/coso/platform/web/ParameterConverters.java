package vn.coso.platform.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Parameters of type enum, boolean, integer, UUID and date: a value that does not convert is a 400 saying what is expected,
 * not the 404 that JAX-RS answers by default for a query parameter it cannot convert.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    /** A parameter value that does not convert; the problem mapper answers 400 with what was expected. */
    public static class InvalidValue extends BadRequestException {

        private static final long serialVersionUID = 1L;

        private final String expected;

        InvalidValue(String expected) {
            super((String) null);
            this.expected = expected;
        }

        /** The accepted values or format. */
        public String expected() {
            return expected;
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return converter(s -> (T) Enum.valueOf(type, s), allowed);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return converter(s -> (T) Integer.valueOf(s), "integer");
        }
        if (rawType == Long.class || rawType == long.class) {
            return converter(s -> (T) Long.valueOf(s), "integer");
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return converter(s -> switch (s) {
                case "true" -> (T) Boolean.TRUE;
                case "false" -> (T) Boolean.FALSE;
                default -> throw new IllegalArgumentException("not a boolean");
            }, "true, false");
        }
        if (rawType == UUID.class) {
            return converter(s -> (T) UUID.fromString(s), "UUID");
        }
        if (rawType == LocalDate.class) {
            return converter(s -> {
                LocalDate d = LocalDate.parse(s);
                if (!TextRules.plausible(d)) {
                    throw new IllegalArgumentException("implausible");
                }
                return (T) d;
            }, "yyyy-MM-dd, " + TextRules.MIN_YEAR + "–" + TextRules.MAX_YEAR);
        }
        if (rawType == OffsetDateTime.class) {
            return converter(s -> (T) OffsetDateTime.parse(s), "yyyy-MM-ddTHH:mm:ss+07:00");
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(Function<String, T> parse, String expected) {
        return new ParamConverter<T>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (IllegalArgumentException | DateTimeParseException invalid) {
                    throw new InvalidValue(expected);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
            }
        };
    }
}
