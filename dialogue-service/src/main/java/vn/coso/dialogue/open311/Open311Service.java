package vn.coso.dialogue.open311;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.dialogue.opinion.Opinion;
import vn.coso.dialogue.opinion.OpinionStatus;
import vn.coso.dialogue.opinion.Topic;
import vn.coso.dialogue.opinion.repository.OpinionRepository;
import vn.coso.dialogue.opinion.service.OpinionIntake;
import vn.coso.dialogue.opinion.service.OpinionRequests;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.scope.UnitKind;
import vn.coso.platform.time.VietnamTime;

/**
 * Open311 GeoReport v2 over citizens' opinions: the topics are the services, a commune is a jurisdiction, a request is
 * an opinion submitted without an account and its service_request_id is the opinion's tracking code. The same rules
 * as the public endpoints: the text and the person are never answered back, only the state, the deadline and the
 * published reply; and since the tracking code is what lets its holder read the reply, requests are read by their
 * codes only, never listed. Location is required as the specification asks; coordinates are not kept (an address
 * the citizen wrote is kept with the text).
 */
@ApplicationScoped
public class Open311Service {

    /** The specification's limit of a description; also the opinion's. */
    static final int MAX_TEXT = 4000;
    static final int MAX_IDS = 100;
    static final String GROUP = "Kiến nghị, phản ánh";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A service (an opinion topic) as GET services lists it. */
    public record Service(String code, String name, String description, String group, String keywords) {
    }

    /** What POST requests answers. */
    public record Receipt(String serviceRequestId, String serviceNotice) {
    }

    /** A request as GET requests answers it: no text, no person, no place. */
    public record Request(String serviceRequestId, String status, String statusNotes, String serviceName,
            String serviceCode, String serviceNotice, OffsetDateTime requested, OffsetDateTime updated,
            OffsetDateTime expected) {
    }

    /** The arguments of POST requests, as the form carried them (blank is absent). */
    public record Submission(String jurisdictionId, String serviceCode, String lat, String lon, String addressString,
            String addressId, String email, String phone, String firstName, String lastName, String description) {
    }

    private final OpinionIntake intake;
    private final OpinionRepository opinions;
    private final UnitDirectory units;

    public Open311Service(OpinionIntake intake, OpinionRepository opinions, UnitDirectory units) {
        this.intake = intake;
        this.opinions = opinions;
        this.units = units;
    }

    /** Every topic as a service; a jurisdiction, when given, must be a commune. */
    public List<Service> services(String jurisdiction) {
        if (present(jurisdiction)) {
            commune(jurisdiction);
        }
        return Arrays.stream(Topic.values()).map(Open311Service::service).toList();
    }

    public Service service(String code, String jurisdiction) {
        if (present(jurisdiction)) {
            commune(jurisdiction);
        }
        return service(topic(code));
    }

    /** Every argument of a submission at most {@link #MAX_TEXT} characters, kept or not. */
    static void bounded(jakarta.ws.rs.core.MultivaluedMap<String, String> form) {
        if (form == null) {
            return;
        }
        form.forEach((name, values) -> values.forEach(value -> {
            if (value != null && value.length() > MAX_TEXT) {
                throw Open311Error.invalid(vn.coso.platform.web.TextRules.acceptable(name) && name.length() <= 100
                        ? name
                        : "an argument", "longer than " + MAX_TEXT + " characters");
            }
        }));
    }

    @Transactional
    public Receipt submit(Submission s) {
        if (!present(s.jurisdictionId())) {
            throw Open311Error.missing("jurisdiction_id");
        }
        UUID commune = commune(s.jurisdictionId());
        if (!present(s.serviceCode())) {
            throw Open311Error.missing("service_code");
        }
        Topic topic = topic(s.serviceCode());
        boolean coordinates = present(s.lat()) || present(s.lon());
        if (coordinates) {
            coordinate("lat", s.lat(), 90);
            coordinate("long", s.lon(), 180);
        } else if (!present(s.addressString()) && !present(s.addressId())) {
            throw Open311Error.missing("location (lat and long, address_string or address_id)");
        }
        if (!present(s.description())) {
            throw Open311Error.missing("description");
        }
        String text = s.description().strip()
                + (present(s.addressString()) ? "\n\nĐịa điểm: " + s.addressString().strip() : "");
        if (text.length() > MAX_TEXT) {
            throw Open311Error.invalid("description", "longer than " + MAX_TEXT + " characters with the address");
        }
        String name = join(" ", limit("last_name", s.lastName(), 99), limit("first_name", s.firstName(), 100));
        String contact = join("; ", limit("email", s.email(), 120), limit("phone", s.phone(), 40));
        Opinion o = intake.submitPublic(new OpinionRequests.Public(commune, null, name, contact, topic, text), null);
        return new Receipt(o.trackingCode, notice(o));
    }

    /**
     * The requests of the given codes, comma-separated, in that order (unknown codes are left out). The specification lets
     * service_request_id override every other argument, so status, service_code and the dates change nothing here;
     * without ids nothing is listed, as each code gives access to its reply.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Request> requests(String ids) {
        if (!present(ids)) {
            throw new Open311Error(400, "service_request_id was not provided: requests are read by their codes "
                    + "only, as each code gives access to its reply");
        }
        Set<String> codes = list(ids);
        if (codes.size() > MAX_IDS) {
            throw Open311Error.invalid("service_request_id", "more than " + MAX_IDS + " ids");
        }
        // in the order asked
        List<String> asked = List.copyOf(codes);
        return requests(opinions.byTrackingCodes(codes).stream()
                .sorted(Comparator.comparingInt(o -> asked.indexOf(o.trackingCode))).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Request request(String code) {
        return requests(opinions.byTrackingCodes(List.of(code))).stream().findFirst()
                .orElseThrow(() -> Open311Error.notFound("service_request_id " + code));
    }

    private List<Request> requests(List<Opinion> found) {
        Map<UUID, Instant> changed = opinions.lastChanged(found.stream().map(o -> o.id).toList());
        List<Request> requests = new ArrayList<>();
        for (Opinion o : found) {
            boolean closed = o.status == OpinionStatus.CLOSED || o.status == OpinionStatus.ANSWERED_ON_SPOT;
            String reply = !closed ? null : o.status == OpinionStatus.ANSWERED_ON_SPOT ? o.answer : o.reply;
            Instant updated = changed.getOrDefault(o.id, o.createdAt);
            requests.add(new Request(o.trackingCode, closed ? "closed" : "open", reply, o.topic.title(),
                    o.topic.name(), closed ? null : notice(o), at(o.createdAt), at(updated),
                    o.dueOn == null
                            ? null
                            : o.dueOn.atTime(LocalTime.of(23, 59, 59)).atZone(VietnamTime.ZONE)
                                    .toOffsetDateTime()));
        }
        return requests;
    }

    private static Service service(Topic t) {
        return new Service(t.name(), t.title(), t.title() + ". " + GROUP + " của công dân gửi Đảng ủy, chính quyền "
                + "xã; được trả lời trong thời hạn luật định, theo dõi bằng mã ý kiến.", GROUP, t.title());
    }

    private static Topic topic(String code) {
        try {
            return Topic.valueOf(code.strip());
        } catch (IllegalArgumentException unknown) {
            throw Open311Error.notFound("service_code " + code.strip());
        }
    }

    private UUID commune(String jurisdiction) {
        UUID id;
        try {
            id = UUID.fromString(jurisdiction.strip());
        } catch (IllegalArgumentException notAnId) {
            throw Open311Error.notFound("jurisdiction_id " + jurisdiction.strip());
        }
        if (!units.is(id, UnitKind.COMMUNE_COMMITTEE)) {
            throw Open311Error.notFound("jurisdiction_id " + id);
        }
        return id;
    }

    private static String notice(Opinion o) {
        return o.dueOn == null
                ? "Ý kiến đã được tiếp nhận."
                : "Ý kiến đã được tiếp nhận; hạn trả lời " + DAY.format(o.dueOn) + ".";
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(VietnamTime.ZONE).toOffsetDateTime();
    }

    private static void coordinate(String name, String value, int bound) {
        if (!present(value)) {
            throw Open311Error.missing(name);
        }
        try {
            BigDecimal v = new BigDecimal(value.strip());
            if (v.abs().compareTo(BigDecimal.valueOf(bound)) > 0) {
                throw Open311Error.invalid(name, "outside ±" + bound);
            }
        } catch (NumberFormatException notANumber) {
            throw Open311Error.invalid(name, "not a number");
        }
    }

    private static String limit(String name, String value, int max) {
        if (!present(value)) {
            return null;
        }
        if (value.strip().length() > max) {
            throw Open311Error.invalid(name, "longer than " + max + " characters");
        }
        return value.strip();
    }

    private static String join(String separator, String a, String b) {
        return a == null ? b : b == null ? a : a + separator + b;
    }

    private static Set<String> list(String commaSeparated) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : commaSeparated.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
