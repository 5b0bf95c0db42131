package org.civicsim.cli;

import com.beust.jcommander.ParameterException;
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

  /** Refuses a {@code --set} value that is not KEY=VALUE. */
  static void requireKeyValues(List<String> set) {
    for (String s : set) {
      if (s.indexOf('=') <= 0) {
        throw new ParameterException("--set expects KEY=VALUE, got '" + s + "'");
      }
    }
  }
}
