package org.civicsim.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.and;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layers of the code (STYLE.md: "the GUI, the command line and the file formats at the edges,
 * never inside the model"): a scenario is read without anything else of ours, the model is built
 * from a scenario alone, only the GUI draws on screen, only the budget game serves the web, and no
 * two packages need each other. The same rules are run on a small tree that breaks each of them, so
 * that the test is seen to fail.
 */
class LayersTest {
  /**
   * The four rules for the packages under {@code root} ({@code org.civicsim} for the real code).
   */
  record Layers(String root) {
    String of(String layer) {
      return root + "." + layer + "..";
    }

    ArchRule scenarioStandsAlone() {
      return noClasses()
          .that()
          .resideInAPackage(of("scenario"))
          .should()
          .dependOnClassesThat(
              and(resideInAPackage(root + ".."), not(resideInAPackage(of("scenario")))))
          .as("the scenario depends on nothing else of ours");
    }

    ArchRule modelNeedsOnlyTheScenario() {
      return noClasses()
          .that()
          .resideInAPackage(of("model"))
          .should()
          .dependOnClassesThat(
              and(
                  resideInAPackage(root + ".."),
                  not(resideInAnyPackage(of("model"), of("scenario")))))
          .as("the model depends on the scenario alone");
    }

    ArchRule onlyTheGuiDisplays() {
      return noClasses()
          .that()
          .resideInAPackage(root + "..")
          .and()
          .resideOutsideOfPackage(of("gui"))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javax.swing..", "sim.display..", "sim.portrayal..")
          .as("only the GUI uses Swing or MASON's display classes");
    }

    ArchRule onlyTheGameServes() {
      return noClasses()
          .that()
          .resideInAPackage(root + "..")
          .and()
          .resideOutsideOfPackage(of("game"))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
          .as("only the budget game uses the web server");
    }

    ArchRule noCycles() {
      return slices()
          .matching(root + ".(*)..")
          .should()
          .beFreeOfCycles()
          .as("no two packages depend on each other");
    }

    List<ArchRule> all() {
      return List.of(
          scenarioStandsAlone(),
          modelNeedsOnlyTheScenario(),
          onlyTheGuiDisplays(),
          onlyTheGameServes(),
          noCycles());
    }
  }

  private static final Layers CIVICSIM = new Layers("org.civicsim");

  /** The compiled main code (read from its folder: scanning the whole class path is slow). */
  private static final JavaClasses CODE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(Path.of("target/classes"));

  /**
   * A tree in which the scenario reads a file format, the model writes one and serves a web page,
   * io needs the scenario back (a cycle), and io opens a Swing window.
   */
  private static final Layers BROKEN = new Layers("org.civicsim.architecture.broken");

  private static final JavaClasses BROKEN_CODE =
      new ClassFileImporter()
          .importPath(Path.of("target/test-classes/org/civicsim/architecture/broken"));

  @Test
  void theScenarioDependsOnNothingElseOfOurs() {
    CIVICSIM.scenarioStandsAlone().check(CODE);
  }

  @Test
  void theModelDependsOnTheScenarioAlone() {
    CIVICSIM.modelNeedsOnlyTheScenario().check(CODE);
  }

  @Test
  void onlyTheGuiDrawsOnScreen() {
    CIVICSIM.onlyTheGuiDisplays().check(CODE);
  }

  @Test
  void onlyTheBudgetGameServesTheWeb() {
    CIVICSIM.onlyTheGameServes().check(CODE);
  }

  @Test
  void noTwoPackagesDependOnEachOther() {
    CIVICSIM.noCycles().check(CODE);
  }

  @Test
  void everyRuleFailsOnATreeThatBreaksIt() {
    for (ArchRule rule : BROKEN.all()) {
      assertThrows(AssertionError.class, () -> rule.check(BROKEN_CODE), rule.getDescription());
    }
  }
}
