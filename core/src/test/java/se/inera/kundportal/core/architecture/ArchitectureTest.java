package se.inera.kundportal.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The core is plain Java (no AWS SDK, Lambda or Jackson types, in code or pom) and its packages form no cycles. */
class ArchitectureTest {
    private static final String[] FORBIDDEN_PACKAGES = {"software.amazon..", "com.amazonaws..",
            "com.fasterxml.jackson.."};
    private static final String[] FORBIDDEN_GROUPS = {"software.amazon", "com.amazonaws", "com.fasterxml.jackson"};

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.inera.kundportal.core");

    @Test
    void coreClassesWereFound() {
        // guards the rule below against passing vacuously on an empty import
        assertThat(CORE.containPackage("se.inera.kundportal.core.order")).isTrue();
        assertThat(CORE.size()).isGreaterThan(50);
    }

    @Test
    void coreDependsOnNoAwsLambdaOrJacksonClass() {
        noClasses().that().resideInAPackage("se.inera.kundportal.core..")
                .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN_PACKAGES)
                .because("the domain must run and be tested without AWS; adapters live in functions/")
                .check(CORE);
    }

    @Test
    void corePomDeclaresNoAwsLambdaOrJacksonDependency() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(corePom().toFile());
        NodeList dependencies = pom.getElementsByTagName("dependency");
        assertThat(dependencies.getLength()).as("the pom was read").isGreaterThan(0);
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String groupId = dependency.getElementsByTagName("groupId").item(0).getTextContent().strip();
            for (String forbidden : FORBIDDEN_GROUPS) {
                assertThat(groupId).as("core/pom.xml dependency groupId").doesNotStartWith(forbidden);
            }
        }
    }

    @Test
    void mainDomainDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("se.inera.kundportal.core..")
                .should().dependOnClassesThat().resideOutsideOfPackages("se.inera.kundportal.core..", "java..")
                .because("core has no runtime dependencies at all")
                .check(CORE);
    }

    @Test
    void corePackagesDependOnEachOtherWithoutCycles() {
        // A cycle between two areas means neither can be understood or changed alone; the shared kernel
        // (error, validation, common) sits below everything and depends on nothing above it.
        slices().matching("se.inera.kundportal.core.(*)..").should().beFreeOfCycles()
                .because("core's areas form layers: kernel, value types, use cases")
                .check(CORE);
    }

    private static Path corePom() throws IOException {
        // surefire runs in the module directory; the property is set by the parent pom as a fallback
        Path here = Path.of("pom.xml");
        if (Files.exists(here) && Files.readString(here).contains("<artifactId>kundportal-core</artifactId>")) {
            return here;
        }
        return Path.of(System.getProperty("kundportal.project.dir", "."), "core", "pom.xml");
    }
}
