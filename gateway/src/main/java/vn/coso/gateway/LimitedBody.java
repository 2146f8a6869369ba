package vn.coso.gateway;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body without a declared length (chunked), streamed on to the service while it stays within the limit;
 * past the limit the stream stops and {@code exceeded} runs (the gateway answers 413 and resets the upstream request).
 */
final class LimitedBody implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private final long limit;
    private final Runnable exceeded;
    private long seen;
    private boolean stopped;

    LimitedBody(ReadStream<Buffer> source, long limit, Runnable exceeded) {
        this.source = source;
        this.limit = limit;
        this.exceeded = exceeded;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (stopped) {
                return;
            }
            seen += chunk.length();
            if (seen > limit) {
                stopped = true;
                exceeded.run();
            } else {
                handler.handle(chunk);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        source.endHandler(v -> {
            if (!stopped && handler != null) {
                handler.handle(v);
            }
        });
        return this;
    }
}
