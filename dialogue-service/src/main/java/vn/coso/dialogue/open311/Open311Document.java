package vn.coso.dialogue.open311;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The two formats of GeoReport v2, from one tree of ordered fields: XML as the specification prints it (no
 * namespace, an empty element for an absent value, a list as repeated child elements inside its plural), and JSON by
 * its Spark convention (the root list an array, absent values null). Text is UTF-8 in both.
 */
final class Open311Document {

    static final String XML = "text/xml; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /** Repeated child elements of one name, inside an element of the field's name. */
    record Items(String element, List<?> values) {
    }

    private Open311Document() {
    }

    /** An ordered object: field names and values (strings, numbers, booleans, dates, nested objects, Items). */
    static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** A list answer: {@code <root><item>…</item>…</root>} or a JSON array. */
    static Response list(int status, String format, String root, String item, List<Map<String, Object>> objects,
            ObjectMapper json) {
        if ("json".equals(format)) {
            return Response.status(status).type(JSON).entity(json(objects, json)).build();
        }
        return Response.status(status).type(XML).entity(xml(root, new Items(item, objects))).build();
    }

    /** A single object: {@code <root>…</root>} or a JSON object. */
    static Response single(String format, String root, Map<String, Object> object, ObjectMapper json) {
        if ("json".equals(format)) {
            return Response.ok(json(object, json)).type(JSON).build();
        }
        return Response.ok(xml(root, object)).type(XML).build();
    }

    static Response error(String format, Open311Error e, ObjectMapper json) {
        return list(e.status(), "xml".equals(format) ? "xml" : "json", "errors", "error",
                List.of(object("code", e.status(), "description", e.description())), json);
    }

    private static String json(Object value, ObjectMapper json) {
        try {
            return json.writeValueAsString(jsonValue(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object jsonValue(Object value) {
        if (value instanceof Items items) {
            return items.values().stream().map(Open311Document::jsonValue).toList();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Open311Document::jsonValue).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, jsonValue(v)));
            return copy;
        }
        return value instanceof OffsetDateTime t ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t) : value;
    }

    private static String xml(String root, Object content) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            element(xml, root, content);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Items items) {
            for (Object item : items.values()) {
                element(xml, items.element(), item);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> field : map.entrySet()) {
                element(xml, (String) field.getKey(), field.getValue());
            }
        } else if (value instanceof OffsetDateTime t) {
            xml.writeCharacters(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
        } else {
            xml.writeCharacters(String.valueOf(value));
        }
        xml.writeEndElement();
    }
}
