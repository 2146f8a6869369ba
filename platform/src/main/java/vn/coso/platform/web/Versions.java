package vn.coso.platform.web;

import jakarta.ws.rs.core.EntityTag;

import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.problem.ProblemType;

/**
 * ETags are the record's version number ({@code "3"}). An update must send {@code If-Match} with the version it read:
 * none is 428, another one is 412, so two secretaries editing the same dossier never overwrite each other silently.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} header names, after checking it matches {@code current}. */
    public static void requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.of(ProblemType.PRECONDITION_REQUIRED).build();
        }
        String value = ifMatch.trim();
        if ("*".equals(value)) {
            // "any version" is exactly the silent overwrite If-Match exists to prevent
            throw ProblemException.of(ProblemType.PRECONDITION_REQUIRED).detail("if-match.star").build();
        }
        for (String candidate : value.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(Long.toString(current))) {
                return;
            }
        }
        throw ProblemException.of(ProblemType.PRECONDITION_FAILED).header("ETag", etag(current).toString()).build();
    }
}
