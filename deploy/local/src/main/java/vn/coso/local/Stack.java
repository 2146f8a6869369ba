package vn.coso.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code ./stack up | down | status}: the whole system on one machine with nothing but a JDK 17 (see
 * {@link Launcher}). Options: {@code --home DIR} (default {@code .stack}), {@code --port-offset N} (default 0, or
 * {@code COSO_PORT_OFFSET}) to run a second stack beside the first.
 */
public final class Stack {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Stack() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Options options = Options.parse(args);
        int code = switch (options.command()) {
            case "up" -> new Launcher(options).up();
            case "down" -> down(options);
            case "status" -> status(options);
            default -> usage();
        };
        System.exit(code);
    }

    record Options(String command, Path root, Path home, Ports ports) {

        static Options parse(String[] args) {
            String command = "up";
            Path root = Path.of("").toAbsolutePath();
            Path home = null;
            String envOffset = System.getenv("COSO_PORT_OFFSET");
            int offset = envOffset == null || envOffset.isBlank() ? 0 : Integer.parseInt(envOffset.trim());
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--home" -> home = Path.of(args[++i]).toAbsolutePath();
                    case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                    case "--port-offset" -> offset = Integer.parseInt(args[++i]);
                    default -> command = args[i];
                }
            }
            return new Options(command, root, home != null ? home : root.resolve(".stack"), new Ports(offset));
        }

        Path pidFile() {
            return home.resolve("stack.pid");
        }
    }

    static int usage() {
        say("usage: ./stack [up|down|status] [--port-offset N] [--home DIR]");
        return 64;
    }

    static int down(Options options) throws IOException {
        Optional<ProcessHandle> launcher = runningLauncher(options);
        if (launcher.isEmpty()) {
            say("coso is not running.");
            return 0;
        }
        say("Stopping coso (pid %d)…", launcher.get().pid());
        launcher.get().destroy();
        try {
            launcher.get().onExit().get(120, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            say("The launcher did not stop within 120 s; see %s", options.home().resolve("logs"));
            return 1;
        }
        say("coso stopped.");
        return 0;
    }

    static int status(Options options) throws IOException {
        Optional<ProcessHandle> launcher = runningLauncher(options);
        if (launcher.isEmpty()) {
            say("coso is not running.");
            return 3;
        }
        Ports p = options.ports();
        say("coso is running (pid %d):", launcher.get().pid());
        boolean allUp = true;
        allUp &= line("Keycloak", "http://localhost:" + p.keycloak() + "/realms/coso/.well-known/openid-configuration");
        allUp &= line("planning-service", "http://localhost:" + p.planning() + "/q/health/ready");
        allUp &= line("membership-service", "http://localhost:" + p.membership() + "/q/health/ready");
        allUp &= line("dialogue-service", "http://localhost:" + p.dialogue() + "/q/health/ready");
        allUp &= line("gateway", "http://localhost:" + p.gateway() + "/q/health/ready");
        return allUp ? 0 : 1;
    }

    private static boolean line(String name, String url) {
        boolean up = isUp(url);
        say("  %-20s %s", name, up ? "UP" : "DOWN");
        return up;
    }

    static Optional<ProcessHandle> runningLauncher(Options options) throws IOException {
        Path pid = options.pidFile();
        if (!Files.isRegularFile(pid)) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static boolean isUp(String url) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** True when something already listens on the port (on loopback or on any address). */
    static boolean inUse(int port) {
        for (InetAddress address : new InetAddress[]{InetAddress.getLoopbackAddress(), null}) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(address == null ? new InetSocketAddress(port) : new InetSocketAddress(address, port));
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    static void say(String format, Object... args) {
        System.out.println(args.length == 0 ? format : String.format(format, args));
        System.out.flush();
    }
}
