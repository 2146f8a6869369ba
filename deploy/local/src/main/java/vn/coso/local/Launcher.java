package vn.coso.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts PostgreSQL, Keycloak, the three services and the gateway in that order, waits until each is ready, and stops
 * them all (in reverse order, whole process trees) on Ctrl-C, SIGTERM or {@code ./stack down}. A lock file makes a
 * second {@code up} on the same home a no-op.
 */
final class Launcher {

    static final Duration KEYCLOAK_START = Duration.ofMinutes(5);
    static final Duration SERVICE_START = Duration.ofMinutes(2);
    static final Duration STOP_GRACE = Duration.ofSeconds(30);
    static final String DEMO_ACCOUNTS = "demo-admin, demo-organizer, demo-secretary, demo-leader, demo-officer, "
            + "demo-handler, demo-supervisor, demo-inspector, demo-citizen";

    private final Stack.Options options;
    private final Ports ports;
    private final Path logs;
    private final Deque<ManagedProcess> started = new ConcurrentLinkedDeque<>();
    private Database database;
    private volatile boolean stopped;

    Launcher(Stack.Options options) {
        this.options = options;
        this.ports = options.ports();
        this.logs = options.home().resolve("logs");
    }

    int up() throws Exception {
        Files.createDirectories(options.home());
        FileChannel channel = FileChannel.open(options.home().resolve("stack.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            Stack.say("coso is already running (pid %s); nothing to do. Stop it with ./stack down.",
                    Stack.runningLauncher(options).map(p -> Long.toString(p.pid())).orElse("?"));
            return 0;
        }
        StalePostgres.stopIfRunning(options.home().resolve("postgres"));
        for (Map.Entry<Integer, String> port : ports.all().entrySet()) {
            if (Stack.inUse(port.getKey())) {
                Stack.say("Port %d (%s) is already in use. Stop whatever listens there, or run with --port-offset N.",
                        port.getKey(), port.getValue());
                return 2;
            }
        }
        Files.writeString(options.pidFile(), Long.toString(ProcessHandle.current().pid()));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "coso-stack-stop"));

        long t0 = System.nanoTime();
        try {
            start();
        } catch (Exception e) {
            Stack.say("coso could not start: %s", e.getMessage());
            stopAll();
            return 1;
        }
        banner(Duration.ofNanos(System.nanoTime() - t0));
        new CountDownLatch(1).await(); // until Ctrl-C / SIGTERM: the shutdown hook stops everything
        return 0;
    }

    private final Map<ManagedProcess, Duration> readyAfter = new LinkedHashMap<>();

    private void start() throws Exception {
        Stack.say("Starting PostgreSQL on %d…", ports.postgres());
        database = Database.start(options.home().resolve("postgres"), ports.postgres());

        Path keycloakDir = Keycloak.install(options.root(), options.home());
        Keycloak.stageRealm(options.root(), keycloakDir, ports);
        Stack.say("Starting Keycloak on %d…", ports.keycloak());
        ManagedProcess keycloak = launch("keycloak", Keycloak.command(keycloakDir, ports, database),
                Map.of("JAVA_HOME", System.getProperty("java.home"), "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m"));
        awaitReady(keycloak, "http://localhost:" + ports.keycloak() + "/realms/coso/.well-known/openid-configuration",
                KEYCLOAK_START);

        Stack.say("Starting planning-service on %d…", ports.planning());
        awaitReady(service("planning-service", ports.planning(), Map.of(
                "quarkus.flyway.placeholders.demo", "true",
                "quarkus.oidc-client.auth-server-url", realmUrl(),
                "quarkus.rest-client.membership-statistics.url", "http://localhost:" + ports.membership(),
                "quarkus.rest-client.dialogue-statistics.url", "http://localhost:" + ports.dialogue())),
                ports.planning());

        Stack.say("Starting membership-service on %d and dialogue-service on %d…", ports.membership(),
                ports.dialogue());
        Map<String, String> feed = Map.of(
                "quarkus.rest-client.unit-feed.url", "http://localhost:" + ports.planning(),
                "quarkus.oidc-client.auth-server-url", realmUrl(),
                "coso.units.feed.every", "15s");
        Map<String, String> withDemo = new java.util.HashMap<>(feed);
        withDemo.put("quarkus.flyway.placeholders.demo", "true");
        ManagedProcess membership = service("membership-service", ports.membership(), withDemo);
        ManagedProcess dialogue = service("dialogue-service", ports.dialogue(), withDemo);
        awaitReady(membership, ports.membership());
        awaitReady(dialogue, ports.dialogue());

        Stack.say("Starting the gateway on %d…", ports.gateway());
        awaitReady(java("gateway", Map.of(
                "coso.gateway.port", Integer.toString(ports.gateway()),
                "quarkus.http.port", Integer.toString(ports.gatewayInternal()),
                "quarkus.oidc.auth-server-url", realmUrl(),
                "coso.gateway.console.realm-url", realmUrl(),
                "coso.gateway.upstreams.membership", "http://localhost:" + ports.membership(),
                "coso.gateway.upstreams.planning", "http://localhost:" + ports.planning(),
                "coso.gateway.upstreams.dialogue", "http://localhost:" + ports.dialogue())), ports.gateway());
    }

    private String realmUrl() {
        return "http://localhost:" + ports.keycloak() + "/realms/coso";
    }

    private ManagedProcess service(String name, int port, Map<String, String> extra) throws IOException {
        String database = name.substring(0, name.indexOf('-'));
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.http.port", Integer.toString(port));
        props.put("quarkus.http.host", "127.0.0.1");
        props.put("quarkus.datasource.jdbc.url", this.database.jdbcUrl(database));
        props.put("quarkus.datasource.username", Database.USER);
        props.put("quarkus.datasource.password", Database.PASSWORD);
        props.put("quarkus.oidc.auth-server-url", realmUrl());
        props.putAll(extra);
        return java(name, props);
    }

    private ManagedProcess java(String module, Map<String, String> props) throws IOException {
        Path jar = options.root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw package (./stack does it for you)");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xms32m");
        cmd.add("-Xmx256m");
        cmd.add("-XX:+UseSerialGC");
        cmd.addAll(classDataSharing(module, jar));
        // an address the HTTP layer cannot decode is answered by the platform's guard with a problem, not a bare 400
        cmd.add("-Dvertx.disableURIValidation=true");
        props.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-jar");
        cmd.add(jar.toString());
        return launch(module, cmd, Map.of());
    }

    /**
     * Class-data sharing for a faster start: the first start of a build records the classes it loaded into
     * {@code .stack/cds/<module>.jsa} when the stack stops (the JVM's dynamic archive); later starts map them instead
     * of loading them again. A rebuilt jar gets a new archive; a JVM that cannot use one just starts without it.
     */
    private List<String> classDataSharing(String module, Path jar) throws IOException {
        Path dir = options.home().resolve("cds");
        Files.createDirectories(dir);
        Path archive = dir.resolve(module + ".jsa");
        if (Files.isRegularFile(archive)
                && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
        }
        Files.deleteIfExists(archive);
        // the dump lists thousands of classes it skips: a warning each, of no use in the log
        return List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds*=off");
    }

    private ManagedProcess launch(String name, List<String> command, Map<String, String> env) throws IOException {
        ManagedProcess process = ManagedProcess.start(name, command, env, options.root(), logs);
        started.push(process);
        return process;
    }

    private void awaitReady(ManagedProcess process, int port) throws InterruptedException {
        awaitReady(process, "http://localhost:" + port + "/q/health/ready", SERVICE_START);
    }

    private void awaitReady(ManagedProcess process, String url, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(process.name + " exited with code " + process.exitValue()
                        + "; last lines of " + process.log + ":\n" + process.tail(30));
            }
            if (Stack.isUp(url)) {
                readyAfter.put(process, Duration.ofNanos(System.nanoTime() - process.startedAt));
                return;
            }
            // a tenth of a second: the time to ready is reported, and should not be rounded up by the polling
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException(process.name + " was not ready within " + timeout.toSeconds() + " s; see "
                + process.log + ":\n" + process.tail(30));
    }

    /** Stops every process started, newest first, then PostgreSQL. Safe to call twice. */
    synchronized void stopAll() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (!started.isEmpty() || database != null) {
            Stack.say("Stopping coso…");
        }
        ManagedProcess process;
        while ((process = started.poll()) != null) {
            process.stop(STOP_GRACE);
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException | RuntimeException e) {
                Stack.say("PostgreSQL did not stop cleanly: %s", e.getMessage());
            }
            database = null;
        }
        try {
            Files.deleteIfExists(options.pidFile());
        } catch (IOException ignored) {
            // the lock, not the pid file, decides whether a stack runs
        }
        Stack.say("coso stopped.");
    }

    /** How long each part took from its start to its readiness, and its resident memory once ready. */
    private String startup() {
        StringBuilder s = new StringBuilder();
        readyAfter.forEach((process, took) -> {
            long rss = process.residentMebibytes();
            // Quarkus says how long its own start took, from the JVM's start: more precise than the polling
            java.util.regex.Matcher quarkus = java.util.regex.Pattern.compile("started in ([0-9.]+)s")
                    .matcher(process.tail(400));
            String own = "";
            while (quarkus.find()) {
                own = " (Quarkus: started in " + quarkus.group(1) + " s)";
            }
            s.append(String.format(java.util.Locale.ROOT, "    %-19s ready %5.1f s after its start%s%s%n",
                    process.name, took.toMillis() / 1000.0, own, rss < 0 ? "" : ", " + rss + " MiB resident"));
        });
        return s.toString();
    }

    private void banner(Duration took) {
        Stack.say("Time to ready and memory of each part:%n%s", startup());
        String gw = "http://localhost:" + ports.gateway();
        Stack.say(
                """

                              coso is ready (%d s).

                                gateway             %s   (/api/membership, /api/planning, /api/dialogue)
                        console             %s/q/swagger-ui   (Authorize: log in with a demo account)
                                planning-service    http://localhost:%d   Swagger UI: /q/swagger-ui   OpenAPI: /q/openapi
                                membership-service  http://localhost:%d   Swagger UI: /q/swagger-ui   OpenAPI: /q/openapi
                                dialogue-service    http://localhost:%d   Swagger UI: /q/swagger-ui   OpenAPI: /q/openapi
                                Keycloak            http://localhost:%d   realm coso (development realm)
                                PostgreSQL          localhost:%d   user coso/coso, databases planning, membership, dialogue, keycloak
                                logs                %s

                              Demo accounts (development realm only; password = user name):
                                %s

                              Get a token and call the API through the gateway:
                                TOKEN=$(curl -s -d grant_type=password -d client_id=coso-cli -d username=demo-organizer \\
                                  -d password=demo-organizer %s/protocol/openid-connect/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                                curl -H "Authorization: Bearer $TOKEN" %s/api/planning/units

                              Stop with Ctrl-C or ./stack down.
                              """,
                took.toSeconds(), gw, gw, ports.planning(), ports.membership(), ports.dialogue(), ports.keycloak(),
                ports.postgres(), logs, DEMO_ACCOUNTS, realmUrl(), gw);
    }
}
