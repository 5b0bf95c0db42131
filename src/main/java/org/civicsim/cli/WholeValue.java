package org.civicsim.cli;

import com.beust.jcommander.converters.IParameterSplitter;
import java.util.List;

/**
 * Keeps each occurrence of a repeated option as one value: {@code --set key=[1, 2]} must not be
 * split at its commas.
 */
public final class WholeValue implements IParameterSplitter {
  @Override
  public List<String> split(String value) {
    return List.of(value);
  }
}
