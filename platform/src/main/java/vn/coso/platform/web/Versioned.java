package vn.coso.platform.web;

import java.util.UUID;

/** A representation of a versioned record: its id (for Location) and version (for ETag). */
public interface Versioned {

    UUID id();

    long version();
}
