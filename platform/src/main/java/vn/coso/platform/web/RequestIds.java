package vn.coso.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/** The request id of the current request, kept in the logging MDC so that every log line carries it. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** What a client may send: short, printable, no separators that could forge log lines. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    public static boolean isSane(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches();
    }

    /** The client's id if it is sane, a fresh one otherwise. */
    public static String acceptOrGenerate(String candidate) {
        return isSane(candidate) ? candidate : UUID.randomUUID().toString();
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
