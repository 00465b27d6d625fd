package com.callannotator;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
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
    void packages_haveNoCycles() {
        slices().matching("com.callannotator.(*)..").should().beFreeOfCycles().check(main);
    }
}
