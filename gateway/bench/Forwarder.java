import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;

/**
 * The JVM's floor for the gateway benchmark: the least a Vert.x reverse proxy can do. One HTTP server and one pooled
 * keep-alive client per event loop, no router, no checks: headers copied both ways, bodies streamed. Not part of coso;
 * gateway/bench/run starts it with the gateway's own Vert.x and Netty jars so that both run the same libraries.
 * Usage: java -cp 'gateway/target/quarkus-app/lib/main/*' gateway/bench/Forwarder.java listen-port origin-port
 */
public class Forwarder extends AbstractVerticle {

    static int listen;
    static int origin;

    public static void main(String[] args) {
        listen = Integer.parseInt(args[0]);
        origin = Integer.parseInt(args[1]);
        int loops = Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true).setEventLoopPoolSize(loops));
        vertx.deployVerticle(Forwarder::new, new DeploymentOptions().setInstances(loops))
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                })
                .onSuccess(id -> System.out.println("forwarding :" + listen + " -> :" + origin));
    }

    private HttpClient client;

    @Override
    public void start() {
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(64));
        vertx.createHttpServer().requestHandler(this::forward).listen(listen, "127.0.0.1");
    }

    private void forward(HttpServerRequest in) {
        in.pause();
        client.request(new RequestOptions().setMethod(in.method()).setHost("127.0.0.1").setPort(origin)
                .setURI(in.uri()))
                .onFailure(e -> in.response().setStatusCode(502).end())
                .onSuccess(out -> {
                    out.headers().setAll(in.headers());
                    out.headers().set("X-Forwarded-For", in.remoteAddress().hostAddress());
                    out.send(in).onFailure(e -> in.response().setStatusCode(502).end())
                            .onSuccess(answer -> {
                                in.response().setStatusCode(answer.statusCode());
                                in.response().headers().setAll(answer.headers());
                                in.response().headers().remove("Connection");
                                answer.pipeTo(in.response());
                            });
                });
    }
}
