package org.hemicycle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * What Spring Modulith does not check (ModularityTests checks the rest): a module's entities and repositories
 * stay in it, controllers go through services, and only the account module reads the security context.
 */
class ArchitectureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hemicycle");

    private static final DescribedPredicate<JavaClass> ENTITIES_AND_REPOSITORIES =
            DescribedPredicate.describe("entities and repositories",
                    type -> type.isAnnotatedWith(Entity.class) || type.isAssignableTo(Repository.class));

    @Test
    void entitiesAndRepositoriesAreUsedOnlyInsideTheirModule() {
        classes().that(ENTITIES_AND_REPOSITORIES).should(beUsedOnlyInsideTheirModule()).check(MAIN);
    }

    @Test
    void entitiesAndRepositoriesLiveInTheirModulesInternalPackage() {
        classes().that(ENTITIES_AND_REPOSITORIES).should().resideInAPackage("org.hemicycle.*.internal").check(MAIN);
    }

    @Test
    void controllersCallServicesNotRepositories() {
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(MAIN);
    }

    @Test
    void controllersLiveInTheirModulesWebPackage() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("org.hemicycle.*.web").check(MAIN);
    }

    @Test
    void onlyTheAccountModuleReadsTheSecurityContext() {
        noClasses().that().resideOutsideOfPackage("org.hemicycle.account..")
                .should().dependOnClassesThat().areAssignableTo(SecurityContextHolder.class)
                .because("services receive who acts as a parameter, which only account.web resolves")
                .check(MAIN);
    }

    /** Today's modules stay of a size one person can hold in mind: none over about a third of the code. */
    @Test
    void noModuleHoldsMoreThanAThirdOfTheMainCode() throws IOException {
        Path root = Path.of("src/main/java/org/hemicycle");
        Map<String, Long> linesByModule = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Path relative = root.relativize(file);
                String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : "(application)";
                linesByModule.merge(module, (long) Files.readAllLines(file).size(), Long::sum);
            }
        }
        long total = linesByModule.values().stream().mapToLong(Long::longValue).sum();
        linesByModule.forEach((module, lines) ->
                assertThat(100.0 * lines / total).as("share of the main code in %s (%d of %d lines)", module, lines, total)
                        .isLessThanOrEqualTo(35.0));
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirModule() {
        return new ArchCondition<>("be used only inside their own module") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String module = moduleOf(type);
                for (Dependency dependency : type.getDirectDependenciesToSelf()) {
                    if (!module.equals(moduleOf(dependency.getOriginClass()))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The module a class belongs to: the first package below org.hemicycle. */
    private static String moduleOf(JavaClass type) {
        String[] packages = type.getPackageName().split("\\.");
        return packages.length > 2 ? packages[2] : "";
    }
}
