package com.callannotator;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.callannotator.config.Config;
import com.callannotator.delivery.Timing;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundary of the core (docs/how-it-works.md): the core packages declare the ports they call
 * ({@code annotation.AnnotationDelivery}, {@code security.SigningTokens}) and import neither AWS nor the edges that
 * implement those ports; and no two packages depend on each other both ways.
 */
final class ArchitectureTest {

    /** The core: the webhook and the domain it works with, plus the log and metric vocabulary. */
    private static final String[] CORE = {"com.callannotator.webhook..", "com.callannotator.survey..",
        "com.callannotator.mapping..", "com.callannotator.security..", "com.callannotator.annotation..",
        "com.callannotator.observability.."};
    /** AWS, and the edges: they implement the core's ports, or wire them together. */
    private static final String[] EDGES = {"software.amazon..", "com.amazonaws..", "com.callannotator.delivery..",
        "com.callannotator.credentials..", "com.callannotator.twilio..", "com.callannotator.config..",
        "com.callannotator.events..", "com.callannotator.lambda..", "com.callannotator.cli..",
        "com.callannotator.aws.."};

    /** The edges whose classes only the composition root builds (the handlers get them built). */
    private static final String[] BUILT_BY_THE_ROOT = {"com.callannotator.delivery..",
        "com.callannotator.credentials..", "com.callannotator.twilio..", "com.callannotator.events.."};

    private static JavaClasses main;
    /** The function alone: main without the developer tools of src/tools/java (target/tools-classes). */
    private static JavaClasses function;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.callannotator");
        function = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/tools-classes/"))
                .importPackages("com.callannotator");
    }

    @Test
    void core_importsNeitherAwsNorEdges() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat(resideInAnyPackage(EDGES))
                .orShould().dependOnClassesThat().haveFullyQualifiedName(CallAnnotator.class.getName())
                .because("the core declares its ports; the edges implement them and CallAnnotator wires them")
                .check(main);
    }

    @Test
    void onlyTheCompositionRoot_readsConfigAndBuildsEdges() {
        String root = CallAnnotator.class.getName();
        noClasses().that().doNotHaveFullyQualifiedName(root).and().resideOutsideOfPackage("com.callannotator.config..")
                .should().dependOnClassesThat().haveFullyQualifiedName(Config.class.getName())
                .because("CallAnnotator alone reads Config (its constants are inlined and do not count)")
                .check(function);
        // Timing (clock, sleeps, jitter) is what the root is given, not what it builds.
        constructors().that().areDeclaredInClassesThat().resideInAnyPackage(BUILT_BY_THE_ROOT)
                .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(Timing.class.getName())
                .should().onlyBeCalled().byClassesThat(equivalentTo(CallAnnotator.class)
                        .or(equivalentTo(AwsClients.class)).or(resideInAnyPackage(BUILT_BY_THE_ROOT))
                        .or(resideInAPackage("com.callannotator.config..")))
                .because("CallAnnotator builds the edges (AwsClients the AWS ones, for it); the config package builds"
                        + " only their policies")
                .check(function);
    }

    @Test
    void packages_haveNoCycles() {
        slices().matching("com.callannotator.(*)..").should().beFreeOfCycles().check(main);
    }
}
