package vn.coso.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.problem.ProblemType;

/**
 * Input hygiene before any resource runs: a JSON body must be strict UTF-8 (no overlong forms, no encoded surrogates)
 * without a byte order mark, and every path and query parameter acceptable text of at most
 * {@link TextRules#MAX_PARAMETER} characters, repeated at most {@link TextRules#MAX_PARAMETER_VALUES} times
 * ({@link TextRules}). A refusal is a
 * 400 problem that names the parameter, never its value.
 */
@Provider
public class InputHygiene implements ReaderInterceptor {

    @ServerRequestFilter
    public void parameters(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            String name = TextRules.acceptable(p.getKey()) ? p.getKey() : "?";
            if (p.getValue().size() > TextRules.MAX_PARAMETER_VALUES) {
                throw ProblemException.badRequest(name, "param.too-many-values");
            }
            for (String value : p.getValue()) {
                if (value != null && value.length() > TextRules.MAX_PARAMETER) {
                    throw ProblemException.badRequest(name, "param.too-long");
                }
                if (value != null && !TextRules.acceptable(value)) {
                    throw ProblemException.badRequest(name, "param.invalid-text");
                }
            }
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            byte[] body = context.getInputStream().readAllBytes();
            if (!strictUtf8(body)) {
                throw ProblemException.of(ProblemType.MALFORMED_REQUEST).detail("malformed-encoding").build();
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    static boolean strictUtf8(byte[] body) {
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
