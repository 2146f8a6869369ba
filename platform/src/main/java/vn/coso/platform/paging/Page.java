package vn.coso.platform.paging;

import java.util.List;
import java.util.function.Function;

import org.jboss.resteasy.reactive.RestResponse;

/** One page of a list and the total count, answered as a JSON array with {@code X-Total-Count}. */
public record Page<T>(List<T> items, long total) {

    public static final String TOTAL_COUNT = "X-Total-Count";

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total);
    }

    public RestResponse<List<T>> toResponse() {
        return RestResponse.ResponseBuilder.ok(items).header(TOTAL_COUNT, total).build();
    }
}
