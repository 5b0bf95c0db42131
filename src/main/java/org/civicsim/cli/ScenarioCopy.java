package org.civicsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits the text of a scenario file line by line, so that everything a student did not ask to
 * change stays as written: comments, blank lines, key order, spacing and line endings. Only the
 * values of the top-level {@code name:} and {@code description:} are replaced (each keeps its
 * trailing comment, at the same column when it fits); a missing one is added.
 */
final class ScenarioCopy {
  private static final Pattern TOP_KEY =
      Pattern.compile("^(name|description)([ \\t]*:)(?=[ \\t]|$)([ \\t]*)(.*)$");
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_ .,;()/+-]*");
  private static final Set<String> TYPED =
      Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf");

  private ScenarioCopy() {}

  /** The text with its top-level name and description set to these values. */
  static String rename(String text, String name, String description) {
    String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
    String eol = text.contains("\r\n") ? "\r\n" : "\n";
    String body = text.substring(bom.length());
    boolean unterminated = !body.isEmpty() && !body.endsWith("\n");
    List<String> lines = lines(unterminated ? body + eol : body);
    int at = replace(lines, "name", name);
    if (at < 0) {
      at = firstContentLine(lines);
      lines.add(at, "name: " + scalar(name) + eol);
    }
    if (replace(lines, "description", description) < 0) {
      lines.add(at + 1, "description: " + scalar(description) + eol);
    }
    String out = String.join("", lines);
    return bom + (unterminated ? out.substring(0, out.length() - eol.length()) : out);
  }

  /** The lines of {@code text}, each with its own line end (the last may have none). */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** Replaces the value of the top-level {@code key}; its line index, or -1 when it is absent. */
  private static int replace(List<String> lines, String key, String value) {
    for (int i = 0; i < lines.size(); i++) {
      String whole = lines.get(i);
      String end = lineEnd(whole);
      Matcher m = TOP_KEY.matcher(whole.substring(0, whole.length() - end.length()));
      if (!m.matches() || !m.group(1).equals(key)) {
        continue;
      }
      String rest = m.group(4);
      int valueEnd = valueEnd(rest);
      String comment = valueEnd < 0 ? "" : rest.substring(valueEnd);
      String gap = comment.substring(0, comment.length() - comment.stripLeading().length());
      comment = comment.stripLeading();
      String space = m.group(3).isEmpty() ? " " : m.group(3);
      String written = scalar(value);
      StringBuilder b = new StringBuilder(key).append(m.group(2)).append(space).append(written);
      if (!comment.isEmpty()) {
        int column = (valueEnd < 0 ? rest.length() : valueEnd) + gap.length();
        b.append(" ".repeat(Math.max(1, column - written.length()))).append(comment);
      }
      lines.set(i, b.append(end).toString());
      removeContinuation(lines, i + 1, rest, valueEnd);
      return i;
    }
    return -1;
  }

  /**
   * Where the value written on a key's line ends (its trailing comment follows), or -1 when the
   * value goes on over the next lines: a block scalar ({@code |}, {@code >}) or an open quote.
   */
  private static int valueEnd(String rest) {
    if (rest.startsWith("|") || rest.startsWith(">")) {
      return -1;
    }
    if (rest.startsWith("\"") || rest.startsWith("'")) {
      char q = rest.charAt(0);
      for (int i = 1; i < rest.length(); i++) {
        char c = rest.charAt(i);
        if (q == '"' && c == '\\') {
          i++;
        } else if (c == q) {
          if (q == '\'' && i + 1 < rest.length() && rest.charAt(i + 1) == '\'') {
            i++;
          } else {
            return i + 1;
          }
        }
      }
      return -1;
    }
    for (int i = 0; i < rest.length(); i++) {
      if (rest.charAt(i) == '#' && (i == 0 || Character.isWhitespace(rest.charAt(i - 1)))) {
        return i;
      }
    }
    return rest.length();
  }

  /**
   * Removes the lines that held the rest of a replaced value: the indented lines of a block scalar
   * or of a plain value folded over several lines, or the lines up to an open quote's closing one.
   * Comment lines and blank lines after the value stay.
   */
  private static void removeContinuation(List<String> lines, int from, String rest, int valueEnd) {
    boolean block = valueEnd < 0 && (rest.startsWith("|") || rest.startsWith(">"));
    boolean openQuote = valueEnd < 0 && !block;
    int last = from - 1;
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      String text = line.strip();
      if (openQuote) {
        last = i;
        if (closesQuote(line, rest.charAt(0))) {
          break;
        }
        continue;
      }
      boolean indented = line.startsWith(" ") || line.startsWith("\t");
      if (text.isEmpty()) {
        continue;
      }
      if (!indented || (!block && text.startsWith("#"))) {
        break;
      }
      last = i;
    }
    for (int i = last; i >= from; i--) {
      lines.remove(i);
    }
  }

  private static boolean closesQuote(String line, char quote) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '"' && c == '\\') {
        i++;
      } else if (c == quote) {
        if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  /** The first line that is not blank, a comment or a document marker: where a key can go. */
  private static int firstContentLine(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).strip();
      if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("%") && !t.equals("---")) {
        return i;
      }
    }
    return lines.size();
  }

  private static String lineEnd(String line) {
    if (line.endsWith("\r\n")) {
      return "\r\n";
    }
    return line.endsWith("\n") ? "\n" : "";
  }

  /** A YAML scalar that reads back as exactly {@code text}: plain when safe, else quoted. */
  static String scalar(String text) {
    if (PLAIN.matcher(text).matches()
        && !text.endsWith(" ")
        && !TYPED.contains(text.toLowerCase(Locale.ROOT))) {
      return text;
    }
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
