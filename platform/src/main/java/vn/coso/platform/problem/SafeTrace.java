package vn.coso.platform.problem;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A stack trace fit for the logs: exception classes and frames, never messages. Messages may carry personal data
 * (a parser echoing the request body, a constraint naming a value, a careless string concatenation), and logs must
 * not (DOMAIN.md §5). Frames and classes are enough to find the line; the request id finds the request.
 */
public final class SafeTrace {

    static final int MAX_FRAMES = 25;

    private SafeTrace() {
    }

    public static String of(Throwable error) {
        StringBuilder out = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable current = error;
        boolean first = true;
        while (current != null && seen.add(current)) {
            out.append(first ? "" : "\nCaused by: ").append(current.getClass().getName());
            StackTraceElement[] frames = current.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
                out.append("\n\tat ").append(frames[i]);
            }
            if (frames.length > MAX_FRAMES) {
                out.append("\n\t... ").append(frames.length - MAX_FRAMES).append(" more");
            }
            first = false;
            current = current.getCause();
        }
        return out.toString();
    }
}
