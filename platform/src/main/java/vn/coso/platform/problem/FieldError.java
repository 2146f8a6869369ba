package vn.coso.platform.problem;

/** One invalid field of a request: a JSON path such as {@code votes[0].yes} and a readable message. */
public record FieldError(String field, String message) {
}
