package vn.coso.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from the {@code org.keycloak:keycloak-quarkus-dist} zip that the build copies to
 * {@code deploy/local/target/keycloak}, unpacked once under the stack's home, started in development mode against
 * the stack's PostgreSQL with the {@code coso} realm imported (an existing realm is kept as it is).
 */
final class Keycloak {

    static final String VERSION = "26.5.6";

    private Keycloak() {
    }

    static Path install(Path root, Path home) throws IOException {
        Path dir = home.resolve("keycloak-" + VERSION);
        if (Files.isRegularFile(dir.resolve("bin/kc.sh"))) {
            return dir;
        }
        Path zip = root.resolve("deploy/local/target/keycloak/keycloak-quarkus-dist-" + VERSION + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution missing: " + zip + " (run ./mvnw package)");
        }
        Stack.say("Unpacking Keycloak %s (first start only)…", VERSION);
        Path tmp = home.resolve("keycloak-unpacking");
        deleteTree(tmp);
        unzip(zip, tmp);
        Path unpacked = tmp.resolve("keycloak-" + VERSION);
        for (String script : List.of("kc.sh", "kcadm.sh", "kcreg.sh")) {
            Path p = unpacked.resolve("bin").resolve(script);
            if (Files.exists(p)) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.move(unpacked, dir);
        deleteTree(tmp);
        return dir;
    }

    /** Puts the realm in Keycloak's import folder, with the console's address moved to the gateway's port. */
    static void stageRealm(Path root, Path keycloakDir, Ports ports) throws IOException {
        String realm = Files.readString(root.resolve("deploy/keycloak/coso-realm.json"));
        realm = realm.replace("http://localhost:8080", "http://localhost:" + ports.gateway());
        Path imports = keycloakDir.resolve("data/import");
        Files.createDirectories(imports);
        Files.writeString(imports.resolve("coso-realm.json"), realm);
    }

    static List<String> command(Path keycloakDir, Ports ports, Database db) {
        List<String> cmd = new ArrayList<>();
        cmd.add(keycloakDir.resolve("bin/kc.sh").toString());
        cmd.add("start-dev");
        cmd.add("--http-port=" + ports.keycloak());
        cmd.add("--http-management-port=" + ports.keycloakManagement());
        cmd.add("--db=postgres");
        cmd.add("--db-url=" + db.jdbcUrl("keycloak"));
        cmd.add("--db-username=" + Database.USER);
        cmd.add("--db-password=" + Database.PASSWORD);
        cmd.add("--import-realm");
        cmd.add("--health-enabled=true");
        return cmd;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = z.getNextEntry()) != null) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(z, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
