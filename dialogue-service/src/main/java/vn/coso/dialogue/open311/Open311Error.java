package vn.coso.dialogue.open311;

/**
 * A GeoReport v2 error: the HTTP status (404 for what does not exist, 400 for anything else) and a description for
 * the user, answered in the request's format as the specification's {@code errors} list.
 */
public class Open311Error extends RuntimeException {

    private final int status;

    public Open311Error(int status, String description) {
        super(description, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String description() {
        return getMessage();
    }

    static Open311Error missing(String argument) {
        return new Open311Error(400, argument + " was not provided");
    }

    static Open311Error invalid(String argument, String why) {
        return new Open311Error(400, argument + " is invalid: " + why);
    }

    static Open311Error notFound(String what) {
        return new Open311Error(404, what + " was not found");
    }
}
