package org.hemicycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.EventType;
import org.springframework.modulith.core.SpringBean;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies the module boundaries and keeps their documentation current: Spring Modulith's Documenter writes the
 * diagrams and module canvases, and the modules table of docs/ARCHITECTURE.md is generated here from the same
 * model, so that it shows what the code is, not what someone last wrote.
 */
class ModularityTests {

    private static final Path ARCHITECTURE = Path.of("docs/ARCHITECTURE.md");
    private static final Path DIAGRAM = Path.of("docs/modules.puml");
    private static final String START = "<!-- modules:start -->";
    private static final String END = "<!-- modules:end -->";

    private final ApplicationModules modules = ApplicationModules.of(HemicycleApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    /**
     * Rewrites the generated parts of the documentation. When they differ from what was committed, the test
     * fails once, so that a change to the structure cannot land with the old picture.
     */
    @Test
    void theArchitectureDocumentShowsTheModulesAsTheyAre() throws IOException {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
        String diagram = inStableOrder(Files.readString(Path.of("target/spring-modulith-docs/components.puml")));
        String document = Files.readString(ARCHITECTURE);
        String refreshed = document.substring(0, document.indexOf(START) + START.length()) + "\n" + modulesTable()
                + document.substring(document.indexOf(END));
        boolean current = refreshed.equals(document) && Files.exists(DIAGRAM) && Files.readString(DIAGRAM).equals(diagram);
        Files.writeString(ARCHITECTURE, refreshed, StandardCharsets.UTF_8);
        Files.writeString(DIAGRAM, diagram, StandardCharsets.UTF_8);
        assertThat(current).as("docs/ARCHITECTURE.md and docs/modules.puml were out of date: refreshed now, commit them")
                .isTrue();
    }

    /** The Documenter lists components and relations in no fixed order: sorted, an unchanged structure reads the same. */
    private static String inStableOrder(String diagram) {
        List<String> lines = new ArrayList<>(diagram.lines().toList());
        int start = 0;
        while (start < lines.size()) {
            String kind = kindOf(lines.get(start));
            int end = start;
            while (kind != null && end + 1 < lines.size() && kind.equals(kindOf(lines.get(end + 1)))) {
                end++;
            }
            Collections.sort(lines.subList(start, end + 1));
            start = end + 1;
        }
        return String.join("\n", lines) + "\n";
    }

    private static String kindOf(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Rel(") || trimmed.startsWith("Component(") ? trimmed.substring(0, trimmed.indexOf('(')) : null;
    }

    private String modulesTable() {
        StringBuilder table = new StringBuilder("""
                <!-- Written by ModularityTests from Spring Modulith's model of the code: edit the code, not this table. -->
                | Module | API: services (and what it declares for others to provide) | Publishes | Listens to | Uses |
                |---|---|---|---|---|
                """);
        List<ApplicationModule> ordered = modules.stream()
                .sorted(Comparator.comparing((ApplicationModule module) -> uses(module).size())
                        .thenComparing(ApplicationModule::getDisplayName))
                .toList();
        for (ApplicationModule module : ordered) {
            table.append("| **").append(module.getDisplayName()).append("** `")
                    .append(module.getBasePackage().getName().replace("org.hemicycle.", "")).append("` | ")
                    .append(join(Stream.concat(
                            module.getSpringBeans().stream().filter(SpringBean::isApiBean)
                                    .map(bean -> bean.getType().getSimpleName()),
                            declaredForOthers(module).map(port -> "*" + port + "*"))))
                    .append(" | ")
                    .append(join(module.getPublishedEvents().stream().map(EventType::getType).map(JavaClass::getSimpleName)))
                    .append(" | ")
                    .append(join(module.getEventsListenedTo(modules).stream().map(JavaClass::getSimpleName)))
                    .append(" | ")
                    .append(join(uses(module).stream()))
                    .append(" |\n");
        }
        return table.toString();
    }

    /** Interfaces of a module's API that another module implements: what it needs without depending on it. */
    private Stream<String> declaredForOthers(ApplicationModule module) {
        return module.getBasePackage().stream()
                .filter(type -> type.isInterface() && type.getPackageName().equals(module.getBasePackage().getName()))
                .filter(type -> type.getAllSubclasses().stream().anyMatch(implementation ->
                        !implementation.isInterface() && !module.contains(implementation)))
                .map(JavaClass::getSimpleName);
    }

    private List<String> uses(ApplicationModule module) {
        return module.getDirectDependencies(modules).uniqueModules()
                .map(ApplicationModule::getDisplayName).sorted().toList();
    }

    private static String join(Stream<String> names) {
        String joined = names.distinct().sorted().collect(Collectors.joining(", "));
        return joined.isEmpty() ? "—" : joined;
    }
}
