package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** A run too big for the heap is refused before anything is allocated, saying what to do. */
class MemoryCheckTest {

  private static Scenario million() throws Exception {
    return ScenarioLoader.parse(
        "name: big\nborough: {residents: 1000000, wards: 100}\n", "big.yaml", List.of());
  }

  @Test
  void aRunThatFitsIsLetThrough() throws Exception {
    assertDoesNotThrow(() -> MemoryCheck.fits(million(), 2, 8L << 30));
  }

  @Test
  void aRunThatDoesNotFitIsRefusedWithTheMemoryItNeeds() throws Exception {
    InputException e =
        assertThrows(InputException.class, () -> MemoryCheck.fits(million(), 2, 256L << 20));
    assertTrue(e.getMessage().contains("1,000,000 residents"), e.getMessage());
    assertTrue(e.getMessage().contains("CIVICSIM_JAVA_OPTS=-Xmx"), e.getMessage());
  }
}
