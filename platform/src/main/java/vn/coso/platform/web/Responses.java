package vn.coso.platform.web;

import java.net.URI;

import org.jboss.resteasy.reactive.RestResponse;

/** The two answers of every resource for a versioned record: 201 with Location and ETag, 200 with ETag. */
public final class Responses {

    /**
     * The success statuses of a resource method whose answer is not 200, for its OpenAPI document:
     * {@code @Extension(name = Responses.STATUSES, value = "201")} (or {@code "200,201"}); read by
     * {@link ProblemResponsesFilter}.
     */
    public static final String STATUSES = "x-coso-statuses";

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
