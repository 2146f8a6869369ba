package vn.coso.local;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fixed local addresses of ARCHITECTURE.md, all shifted by one offset so that a second stack can run beside. */
record Ports(int offset) {

    int gateway() {
        return 8080 + offset;
    }

    /** The gateway's own Quarkus server (console, health, metrics), on the loopback address behind its data path. */
    int gatewayInternal() {
        return 8079 + offset;
    }

    int membership() {
        return 8081 + offset;
    }

    int planning() {
        return 8082 + offset;
    }

    int dialogue() {
        return 8083 + offset;
    }

    int keycloak() {
        return 8180 + offset;
    }

    /** Keycloak's management interface (health, metrics); its default 9000 is shifted too. */
    int keycloakManagement() {
        return 9180 + offset;
    }

    int postgres() {
        return 5433 + offset;
    }

    /** Every port the stack listens on, named for error messages. */
    Map<Integer, String> all() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(postgres(), "PostgreSQL");
        ports.put(keycloak(), "Keycloak");
        ports.put(keycloakManagement(), "Keycloak management");
        ports.put(planning(), "planning-service");
        ports.put(membership(), "membership-service");
        ports.put(dialogue(), "dialogue-service");
        ports.put(gateway(), "gateway");
        ports.put(gatewayInternal(), "gateway (internal)");
        return ports;
    }
}
