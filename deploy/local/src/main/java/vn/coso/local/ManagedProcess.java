package vn.coso.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child process of the stack with its log file. Stopping it stops its whole tree (Keycloak's kc.sh runs Java as
 * its child): SIGTERM first, SIGKILL for whatever still runs after the grace period.
 */
final class ManagedProcess {

    final String name;
    final Path log;
    private final Process process;
    /** When the process was started ({@link System#nanoTime}), to tell how long it took to be ready. */
    final long startedAt = System.nanoTime();

    private ManagedProcess(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
    }

    /**
     * The resident memory of the process and its children (Keycloak's kc.sh runs Java as its child), in MiB, from
     * {@code /proc}; -1 where there is no {@code /proc} (not Linux).
     */
    long residentMebibytes() {
        long kib = rssKib(process.pid());
        if (kib < 0) {
            return -1;
        }
        for (ProcessHandle child : process.descendants().toList()) {
            kib += Math.max(0, rssKib(child.pid()));
        }
        return kib / 1024;
    }

    private static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    static ManagedProcess start(String name, List<String> command, Map<String, String> env, Path workDir,
            Path logDir) throws IOException {
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        return new ManagedProcess(name, log, builder.start());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    int exitValue() {
        return process.exitValue();
    }

    void stop(Duration grace) {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                Stack.say("%s did not stop within %ds, killing it", name, grace.toSeconds());
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : tree) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }

    /** The last lines of the log, to explain a failed start. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
