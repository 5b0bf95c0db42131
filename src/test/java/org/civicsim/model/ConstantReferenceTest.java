package org.civicsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.scenario.Constant;
import org.civicsim.scenario.GeneratedDocs;
import org.junit.jupiter.api.Test;

/** docs/ODD.md section 10 is generated from the constants the model declares in its code. */
class ConstantReferenceTest {

  @Test
  void theModelDescriptionListsEveryConstantAsTheCodeDoes() throws Exception {
    String odd = Files.readString(Path.of("docs/ODD.md"));
    int a = odd.indexOf(ConstantReference.START);
    int b = odd.indexOf(ConstantReference.END);
    assertTrue(a >= 0 && b > a, "docs/ODD.md section 10 lost its markers");
    String actual = odd.substring(a + ConstantReference.START.length(), b);
    String expected = ConstantReference.tables();
    if (expected.equals(actual)) {
      return;
    }
    fail(
        "docs/ODD.md section 10 is out of date with the model's constants (a value, doc or source"
            + " changed): print the tables with\n    "
            + ConstantReference.REGENERATE
            + "\nand put them between the markers of section 10.\n"
            + GeneratedDocs.firstDifference(expected, actual));
  }

  @Test
  void everyNumberANamedClassFixesCarriesItsMeaningAndSource() {
    List<String> bare = new ArrayList<>();
    for (Class<?> c : ConstantReference.classes()) {
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        boolean number =
            f.getType() == double.class
                || f.getType() == float.class
                || f.getType() == double[].class;
        if (number
            && Modifier.isStatic(m)
            && Modifier.isFinal(m)
            && !Modifier.isPrivate(m)
            && !f.isAnnotationPresent(Constant.class)) {
          bare.add(c.getSimpleName() + "." + f.getName());
        }
      }
    }
    assertEquals(List.of(), bare, "constants without @Constant: give each its doc and source");
  }

  @Test
  void theTablesShowValuesAsTheCodeHoldsThem() {
    String t = ConstantReference.tables();
    assertTrue(t.contains("| `Council.RESISTANCE_FLOOR` | 0.5 |"), t);
    assertTrue(t.contains("| `policy.ProtectStatutory.CARE_PROTECTION` | 0.79 |"), t);
    assertTrue(t.contains("| `ServiceType.OTHER_GBP_PER_ADULT` | 920, 620, 430, 300, 70 |"), t);
    assertTrue(t.contains("| `protect-statutory` (`ProtectStatutory`) | 0.79 | 0.79 | 0 |"), t);
    assertTrue(t.contains("| `top-down` (`TopDown`) | 0 | 0.3 | 0 | 1 | need | 0.5 | 1 |"), t);
    assertTrue(
        t.contains("| `adult_care` | `ADULT_CARE` | yes | 25 | 0.4, 0.32, 0.26, 0.21, 0.16 |"), t);
  }
}
