package vn.coso.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/** The rules every module's production code keeps, checked by a test of each module. */
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

    /**
     * Time is an input (ARCHITECTURE.md): only the clock producers ({@code Clocks}) touch the system clock; everything
     * else asks the {@link Clock} bean, so that tests can set it and the code works on any day of the year.
     */
    public static final ArchRule NO_SYSTEM_TIME = noClasses().that().doNotHaveSimpleName("Clocks")
            .should().callMethodWhere(READS_SYSTEM_TIME)
            .because("time is an input: ask the one Clock bean (vn.coso.platform.time.VietnamTime)");

    private ArchitectureRules() {
    }

    /** The production classes under a package root, without tests. */
    public static JavaClasses productionClasses(String packageRoot) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packageRoot);
    }
}
