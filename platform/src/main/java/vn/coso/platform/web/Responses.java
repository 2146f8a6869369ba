package vn.coso.platform.web;

import java.net.URI;

import org.jboss.resteasy.reactive.RestResponse;

/** The two answers of every resource for a versioned record: 201 with Location and ETag, 200 with ETag. */
public final class Responses {

    private Responses() {
    }

    /** 201 Created at {@code collectionPath/id}, with the record and its ETag. */
    public static <T extends Versioned> RestResponse<T> created(String collectionPath, T record) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(collectionPath + "/" + record.id()))
                .entity(record).tag(Versions.etag(record.version())).build();
    }

    /** 200 with the record and its ETag. */
    public static <T extends Versioned> RestResponse<T> ok(T record) {
        return RestResponse.ResponseBuilder.ok(record).tag(Versions.etag(record.version())).build();
    }
}
