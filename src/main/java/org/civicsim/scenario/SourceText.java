package org.civicsim.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads a scenario file as UTF-8 text, refusing what cannot be one: missing, huge or binary. */
final class SourceText {
  private SourceText() {}

  static String read(Path file) throws ScenarioException {
    String name = String.valueOf(file);
    try {
      if (Files.isDirectory(file)) {
        throw fail(name, "cannot read file: it is a directory");
      }
      long size = Files.size(file);
      if (size > YamlReader.MAX_CHARS) {
        throw fail(name, tooLarge(size));
      }
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (NoSuchFileException e) {
      throw fail(name, "cannot read file: no such file");
    } catch (AccessDeniedException e) {
      throw fail(name, "cannot read file: permission denied");
    } catch (CharacterCodingException e) {
      throw fail(
          name, "the file is not UTF-8 text (is it binary?); a scenario file is plain YAML text");
    } catch (IOException | RuntimeException e) {
      throw fail(name, "cannot read file: " + e.getMessage());
    }
  }

  static String tooLarge(long chars) {
    return String.format(
        "the file is too large (%.1f MB); a scenario file must be under 3 MB", chars / 1048576.0);
  }

  /**
   * Where the first character that cannot be in a YAML text file is (a control character other than
   * tab and line ends), or null when there is none.
   */
  static Pos firstControlCharacter(String text, String file) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
        continue;
      }
      boolean control =
          (c < 0x20 && c != '\t' && c != '\r')
              || c == 0x7F
              || (c >= 0x80 && c <= 0x9F && c != 0x85)
              || c == '\uFFFE'
              || c == '\uFFFF';
      if (control) {
        return new Pos(file, line, column);
      }
      column++;
    }
    return null;
  }

  private static ScenarioException fail(String file, String message) {
    return new ScenarioException(List.of(new Problem(file, 0, 0, null, message)));
  }
}
