import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Public opinion submissions from one address, through the gateway, for N seconds with C clients: how many the
 * gateway lets through before its per-address limit holds, how many it refuses (429), and how fast it answers.
 * Usage: java PublicSubmissions.java <gateway-url> <commune-id> [seconds] [clients]
 */
public class PublicSubmissions {

    public static void main(String[] args) throws Exception {
        String url = args[0] + "/api/dialogue/public/opinions";
        String body = "{\"communeId\":\"" + args[1] + "\",\"topic\":\"LAND\",\"text\":\"Đề nghị đo đạc lại ranh giới\"}";
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentHashMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong acceptedFirstSecond = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        Thread[] threads = new Thread[clients];
        for (int t = 0; t < clients; t++) {
            threads[t] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                        if (r.statusCode() == 201 && System.nanoTime() - start < 1_000_000_000L) {
                            acceptedFirstSecond.incrementAndGet();
                        }
                    } catch (Exception e) {
                        statuses.computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet();
                    }
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long total = statuses.values().stream().mapToLong(AtomicLong::get).sum();
        long accepted = statuses.getOrDefault(201, new AtomicLong()).get();
        long refused = statuses.getOrDefault(429, new AtomicLong()).get();
        System.out.printf("%d s, %d clients, one address: %d answers (%.0f per second), %d accepted (%d in the first "
                + "second), %d refused with 429, others %s%n", seconds, clients, total, total / (double) seconds,
                accepted, acceptedFirstSecond.get(), refused, statuses);
    }
}
