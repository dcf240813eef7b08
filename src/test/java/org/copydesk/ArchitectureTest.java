package org.copydesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;

/**
 * The features depend one way. A step plugs its decisions into review rather than review calling the step, so a
 * new step never means editing the packages below it.
 */
@AnalyzeClasses(packages = "org.copydesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Lowest first: each package may use those before it, never one after it. */
    static final List<String> LAYERS = List.of("domain", "text", "platform", "web", "security", "workflow", "audit", "ingest",
            "review", "triage", "factcheck", "publish", "admin", "portal", "startup");

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("org.copydesk.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule packagesDependOnlyOnThoseBelow = layers();

    @ArchTest
    static final ArchRule entitiesKnowNoControlOrBoundary = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..");

    @ArchTest
    static final ArchRule controlsKnowNoBoundary = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..");

    private static ArchRule layers() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String layer : LAYERS) {
            architecture = architecture.layer(layer).definedBy("org.copydesk." + layer + "..");
        }
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            architecture = architecture.whereLayer(LAYERS.get(i))
                    .mayOnlyBeAccessedByLayers(LAYERS.subList(i + 1, LAYERS.size()).toArray(String[]::new));
        }
        return architecture.whereLayer(LAYERS.get(LAYERS.size() - 1)).mayNotBeAccessedByAnyLayer();
    }
}
