package vn.coso.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Keeps the caller's {@code X-Request-Id} (or makes one), puts it in the MDC for the JSON logs and returns it on the
 * response, so that a line in a citizen's bug report can be found in the logs of every service it crossed.
 */
public class RequestIdFilter {

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String id = RequestIds.acceptOrGenerate(request.getHeaderString(RequestIds.HEADER));
        MDC.put(RequestIds.MDC_KEY, id);
        request.setProperty(RequestIds.MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(RequestIds.MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, id);
        }
    }
}
