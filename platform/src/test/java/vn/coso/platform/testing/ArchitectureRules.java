package vn.coso.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The rules every module's production code keeps, checked by an {@code ArchitectureTest} in each module (so that
 * {@code ./mvnw verify} fails when one breaks). The layers are recognised by package ({@code ..rest..},
 * {@code ..service..}, {@code ..repository..}) and, in the small flat feature packages, by role: a class annotated
 * with {@code @Path} (and the records nested in it) is web, a {@code …Service} is a service, a {@code …Repository} a
 * repository.
 */
public final class ArchitectureRules {

    private static final Set<String> TIME_TYPES = Set.of("java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.Instant", "java.time.OffsetDateTime", "java.time.OffsetTime",
            "java.time.ZonedDateTime", "java.time.YearMonth", "java.time.Year", "java.time.MonthDay");

    /** A call that reads the system time instead of the one {@link Clock} bean; {@code now(clock)} is fine. */
    static final DescribedPredicate<JavaMethodCall> READS_SYSTEM_TIME = new DescribedPredicate<>(
            "reads the system time (now(), currentTimeMillis(), Clock.system…)") {
        @Override
        public boolean test(JavaMethodCall call) {
            String owner = call.getTarget().getOwner().getName();
            String name = call.getTarget().getName();
            if (owner.equals("java.lang.System") && name.equals("currentTimeMillis")) {
                return true;
            }
            if (owner.equals("java.time.Clock") && name.startsWith("system")) {
                return true;
            }
            if (TIME_TYPES.contains(owner) && name.equals("now")) {
                List<JavaClass> params = call.getTarget().getRawParameterTypes();
                return !(params.size() == 1 && params.get(0).isAssignableTo(Clock.class));
            }
            return false;
        }
    };

    /** The web layer: JAX-RS resources, the types nested in them, and everything in a {@code rest} package. */
    static final DescribedPredicate<JavaClass> WEB = new DescribedPredicate<>("web (a resource or a rest package)") {
        @Override
        public boolean test(JavaClass type) {
            return type.getPackageName().contains(".rest") || isResource(outermost(type));
        }
    };

    /** The service layer: a {@code service} package or a class named {@code …Service}. */
    static final DescribedPredicate<JavaClass> SERVICE = new DescribedPredicate<>("a service") {
        @Override
        public boolean test(JavaClass type) {
            return !WEB.test(type) && (type.getPackageName().endsWith(".service")
                    || outermost(type).getSimpleName().endsWith("Service"));
        }
    };

    /** The repository layer: a {@code repository} package or a class named {@code …Repository}. */
    static final DescribedPredicate<JavaClass> REPOSITORY = new DescribedPredicate<>("a repository") {
        @Override
        public boolean test(JavaClass type) {
            return !WEB.test(type) && (type.getPackageName().endsWith(".repository")
                    || outermost(type).getSimpleName().endsWith("Repository"));
        }
    };

    /** Words of the three services' domains; platform is the shared plumbing and holds none of them. */
    static final Pattern DOMAIN_WORDS = Pattern.compile(
            "Candidate|Dossier|Admission|Pipeline|Vote|Ceremony|Probation|Awareness|Membership|Opinion|Citizen"
                    + "|Dialogue|Schedule|Target|Indicator|Task|Report|Initiative|Category|Inspection|Programme");

    /**
     * Time is an input (ARCHITECTURE.md): only the clock producers ({@code Clocks}) touch the system clock; everything
     * else asks the {@link Clock} bean, so that tests can set it and the code works on any day of the year.
     */
    public static final ArchRule NO_SYSTEM_TIME = noClasses().that().doNotHaveSimpleName("Clocks")
            .should().callMethodWhere(READS_SYSTEM_TIME)
            .because("time is an input: ask the one Clock bean (vn.coso.platform.time.VietnamTime)");

    /** Resources call services, services call repositories; never the other way round. */
    public static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Web").definedBy(WEB)
            .layer("Service").definedBy(SERVICE)
            .layer("Repository").definedBy(REPOSITORY)
            .whereLayer("Web").mayNotBeAccessedByAnyLayer()
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Web")
            .whereLayer("Repository").mayOnlyBeAccessedByLayers("Service")
            .because("resources → services → repositories (ARCHITECTURE.md); a service taking or answering a web"
                    + " type cannot be called from a scheduler, a test or another service without HTTP");

    /** No service or repository depends on a web type, wherever it sits (including the flat packages). */
    public static final ArchRule NO_WEB_BELOW_RESOURCES = noClasses().that(SERVICE.or(REPOSITORY))
            .should().dependOnClassesThat(WEB)
            .because("the web layer maps requests to the service's own types and back, in one place per feature")
            // the gateway has neither services nor repositories
            .allowEmptyShould(true);

    /** Platform is shared plumbing: it depends on no service and names nothing of their domains. */
    public static final ArchRule PLATFORM_WITHOUT_DOMAIN = noClasses().that().resideInAPackage("vn.coso.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.coso.membership..", "vn.coso.planning..",
                    "vn.coso.dialogue..", "vn.coso.gateway..")
            .orShould().haveNameMatching(".*(" + DOMAIN_WORDS.pattern() + ").*")
            .because("ARCHITECTURE.md: platform holds no domain vocabulary");

    private ArchitectureRules() {
    }

    /** Features (the packages right under the module root) depend on each other without cycles. */
    public static ArchRule noCyclesBetweenFeatures(String packageRoot) {
        return slices().matching(packageRoot + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /** Every rule above that applies to the module under {@code packageRoot}, checked at once. */
    public static void checkAll(String packageRoot) {
        CompositeArchRule rules = CompositeArchRule.of(NO_SYSTEM_TIME).and(LAYERS).and(NO_WEB_BELOW_RESOURCES)
                .and(noCyclesBetweenFeatures(packageRoot));
        if (packageRoot.equals("vn.coso.platform")) {
            rules = rules.and(PLATFORM_WITHOUT_DOMAIN);
        }
        // every broken rule in one report, not only the first
        rules.check(productionClasses(packageRoot));
    }

    /** The production classes under a package root, without tests. */
    public static JavaClasses productionClasses(String packageRoot) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packageRoot);
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass current = type;
        Optional<JavaClass> enclosing = current.getEnclosingClass();
        while (enclosing.isPresent()) {
            current = enclosing.get();
            enclosing = current.getEnclosingClass();
        }
        return current;
    }

    private static boolean isResource(JavaClass type) {
        return type.isAnnotatedWith("jakarta.ws.rs.Path");
    }
}
