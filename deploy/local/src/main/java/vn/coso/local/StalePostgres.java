package vn.coso.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL is started by pg_ctl and so is not a child of the launcher: if a launcher was killed with SIGKILL, its
 * server outlives it and holds the port and the data directory. The next {@code up} (which holds the lock, so no
 * other launcher owns that server) stops it first.
 */
final class StalePostgres {

    private StalePostgres() {
    }

    static void stopIfRunning(Path dataDir) throws IOException, InterruptedException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        Stack.say("Stopping a PostgreSQL left running by an earlier launcher (pid %d)…", server.get().pid());
        // SIGINT is PostgreSQL's "fast" shutdown: clients are gone anyway
        new ProcessBuilder("kill", "-INT", Long.toString(server.get().pid())).inheritIO().start().waitFor();
        server.get().onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(t -> null).join();
    }
}
