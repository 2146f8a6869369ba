package vn.coso.platform.web;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON as the contract says, strictly: decimals are written as plain numbers ({@code 21}, {@code 90.75}); a value
 * of the wrong JSON type is refused rather than coerced ({@code "12"} for a number, {@code 1.5} for an integer,
 * {@code 3} for a text or an enum); text must be acceptable and at most {@link TextRules#MAX_TEXT} characters long
 * ({@link TextRules}); dates lie between 1900 and 2100.
 * Each refusal is a 400 naming the field, and nothing reaches the database.
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    /** A text field holding characters nobody types (NUL, controls, a lone surrogate). */
    public static final class InvalidText extends InvalidFormatException {

        private static final long serialVersionUID = 1L;

        InvalidText(JsonParser p) {
            super(p, "text with characters that are not allowed", null, String.class);
        }
    }

    /** A text field longer than any the services keep ({@link TextRules#MAX_TEXT}). */
    public static final class TextTooLong extends InvalidFormatException {

        private static final long serialVersionUID = 1L;

        TextTooLong(JsonParser p) {
            super(p, "text longer than " + TextRules.MAX_TEXT + " characters", null, String.class);
        }
    }

    /** A date outside 1900–2100. */
    public static final class ImplausibleDate extends InvalidFormatException {

        private static final long serialVersionUID = 1L;

        ImplausibleDate(JsonParser p) {
            super(p, "date outside 1900-2100", null, LocalDate.class);
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType numeric : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(numeric).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        SimpleModule strict = new SimpleModule("coso-strict-input");
        strict.addDeserializer(String.class, new StrictText());
        strict.addDeserializer(LocalDate.class, new PlausibleDate());
        mapper.registerModule(strict);
    }

    /** Only JSON strings, and only acceptable ones. */
    static final class StrictText extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        StrictText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            if (text.length() > TextRules.MAX_TEXT) {
                throw new TextTooLong(p);
            }
            if (!TextRules.acceptable(text)) {
                throw new InvalidText(p);
            }
            return text;
        }
    }

    /** ISO dates of the years the services deal with. */
    static final class PlausibleDate extends LocalDateDeserializer {

        private static final long serialVersionUID = 1L;

        PlausibleDate() {
            super();
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            LocalDate date = super.deserialize(p, ctxt);
            if (date != null && !TextRules.plausible(date)) {
                throw new ImplausibleDate(p);
            }
            return date;
        }
    }
}
