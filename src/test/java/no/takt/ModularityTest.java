package no.takt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The architecture of docs/architecture.md, kept by tests rather than by good intentions. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(TaktApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("no.takt");

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void nothingReadsTheSystemClockExceptThroughTheInjectedClock() {
        noClasses().should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("dates are computed from the injected Clock (DEVELOPERS.md), so tests and forecasts can move time")
                .check(CLASSES);
    }

    @Test
    void theBillingCoreIsPlainJava() {
        noClasses().that().resideInAnyPackage("no.takt.billing.core..", "no.takt.documents.core..",
                "no.takt.payments.core..", "no.takt.time..", "no.takt.money..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .because("pricing, periods, KID and special fields are pure functions of their inputs (DEVELOPERS.md)")
                .check(CLASSES);
    }

    @Test
    void moneyIsNeverAFloatingPointNumber() {
        noFields().should().haveRawType(double.class).orShould().haveRawType(float.class)
                .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class)
                .because("amounts are BigDecimal with explicit scale and rounding")
                .check(CLASSES);
    }

    @Test
    void controllersGoThroughServicesNotSql() {
        noClasses().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .because("the rules, transactions and audit trail are the services'; a repository only reads and writes rows")
                .check(CLASSES);
    }

    @Test
    void aModuleThatImportsWhatItsDeclaredDependenciesDoNotAllowFailsVerification() {
        // probe.modules.lower (test sources) declares no dependencies but imports probe.modules.upper, as a forbidden
        // import in Takt would: verify() refuses it, so a declaration in a package-info is kept, not just written.
        assertThatThrownBy(() -> ApplicationModules.of("probe.modules", location -> true).verify())
                .hasMessageContaining("lower").hasMessageContaining("upper");
    }
}
