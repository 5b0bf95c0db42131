package org.civicsim.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into {@link YamlNode}s with Jackson's streaming parser, keeping the line and
 * column of every key and value. Rejects what a scenario file has no use for and what would make it
 * mean something other than it shows: duplicate keys (the last would silently win), anchors and
 * aliases (Jackson does not expand them, and they allow "alias bombs"), and tags.
 */
final class YamlReader {
  /** Scenario files are small; SnakeYAML's own limit is also 3 MB. */
  static final int MAX_CHARS = 3 * 1024 * 1024;

  private static final int MAX_DEPTH = 64;

  private static final YAMLFactory FACTORY = factory();

  private final String text;
  private final String file;
  private final Problems problems;

  private YamlReader(String text, String file, Problems problems) {
    this.text = text;
    this.file = file;
    this.problems = problems;
  }

  /**
   * Parses one YAML document. Returns a null {@link YamlNode.Scalar} for a document with no
   * content, or null when the text is not valid YAML (the problem is added).
   */
  static YamlNode read(String text, String file, Problems problems) {
    return new YamlReader(text, file, problems).read();
  }

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CHARS + 1024);
    options.setNestingDepthLimit(MAX_DEPTH);
    return YAMLFactory.builder().loaderOptions(options).build();
  }

  private YamlNode read() {
    try (YAMLParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new YamlNode.Scalar("", YamlNode.Kind.NULL, new Pos(file, 1, 1));
      }
      YamlNode root = value(p, 0);
      if (p.nextToken() != null) {
        problems.add(
            pos(p),
            null,
            "a second YAML document starts here (after '---'); a scenario file holds exactly one");
      }
      return root;
    } catch (TooDeep e) {
      problems.add(e.pos, null, "sections and lists are nested more than " + MAX_DEPTH + " deep");
      return null;
    } catch (JacksonException e) {
      problems.add(syntaxProblem(e));
      return null;
    } catch (IOException | RuntimeException e) {
      problems.add(new Pos(file, 0, 0), null, "cannot read this as YAML: " + e.getMessage());
      return null;
    }
  }

  private YamlNode value(YAMLParser p, int depth) throws IOException {
    Pos pos = pos(p);
    if (depth > MAX_DEPTH) {
      throw new TooDeep(pos);
    }
    JsonToken t = p.currentToken();
    if (p.isCurrentAlias()) {
      problems.add(
          pos,
          null,
          "YAML aliases (*"
              + p.getText()
              + ") are not allowed in scenario files; write the value out"
              + " in full");
      return new YamlNode.Scalar(p.getText(), YamlNode.Kind.INVALID, pos);
    }
    checkAnchorAndTag(p, t, pos);
    switch (t) {
      case START_OBJECT:
        return mapping(p, pos, depth);
      case START_ARRAY:
        return sequence(p, pos, depth);
      case VALUE_NULL:
        return new YamlNode.Scalar(p.getText(), YamlNode.Kind.NULL, pos);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new YamlNode.Scalar(p.getText(), YamlNode.Kind.NUMBER, pos);
      case VALUE_TRUE:
      case VALUE_FALSE:
        String b = p.getText();
        boolean plain = b.equalsIgnoreCase("true") || b.equalsIgnoreCase("false");
        return new YamlNode.Scalar(b, plain ? YamlNode.Kind.BOOLEAN : YamlNode.Kind.STRING, pos);
      case VALUE_STRING:
        return new YamlNode.Scalar(p.getText(), YamlNode.Kind.STRING, pos);
      default:
        problems.add(pos, null, "this kind of YAML value is not supported in scenario files");
        return new YamlNode.Scalar("", YamlNode.Kind.INVALID, pos);
    }
  }

  private YamlNode.Mapping mapping(YAMLParser p, Pos pos, int depth) throws IOException {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      Pos keyPos = pos(p);
      if (p.isCurrentAlias()) {
        problems.add(keyPos, null, "YAML aliases (*" + key + ") are not allowed as keys");
      }
      p.nextToken();
      YamlNode value = value(p, depth + 1);
      YamlNode.Entry first = entries.get(key);
      if (first != null) {
        problems.add(
            keyPos,
            key,
            "duplicate key: it is already set at line "
                + first.keyPos().line()
                + "; each key may appear only once in a section");
      } else {
        entries.put(key, new YamlNode.Entry(key, keyPos, value));
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new IllegalStateException("unexpected " + t + " in a mapping");
    }
    return new YamlNode.Mapping(entries, pos);
  }

  private YamlNode.Sequence sequence(YAMLParser p, Pos pos, int depth) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new IllegalStateException("a list is not closed");
      }
      items.add(value(p, depth + 1));
    }
    return new YamlNode.Sequence(items, pos);
  }

  /**
   * Jackson reports an anchor on a mapping or list ({@code getObjectId}) but not on a scalar, so
   * the text at the value's position is checked as well.
   */
  private void checkAnchorAndTag(YAMLParser p, JsonToken t, Pos pos) throws IOException {
    long offset = p.currentTokenLocation().getCharOffset();
    boolean containerAnchor =
        (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && p.getObjectId() != null;
    boolean textAnchor = offset >= 0 && offset < text.length() && text.charAt((int) offset) == '&';
    if (containerAnchor || textAnchor) {
      problems.add(
          pos,
          null,
          "YAML anchors (&name) are not allowed in scenario files; write each value out in full");
    }
    if (p.getTypeId() != null) {
      problems.add(
          pos, null, "YAML tags (" + p.getTypeId() + ") are not allowed; write plain values");
    }
  }

  private Pos pos(YAMLParser p) {
    JsonLocation l = p.currentTokenLocation();
    return new Pos(file, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
  }

  private Problem syntaxProblem(JacksonException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof MarkedYAMLException m && m.getProblemMark() != null) {
        return markedProblem(m);
      }
    }
    JsonLocation l = e instanceof JsonProcessingException j ? j.getLocation() : null;
    int line = l == null ? 0 : Math.max(0, l.getLineNr());
    int column = l == null ? 0 : Math.max(0, l.getColumnNr());
    String message = e.getOriginalMessage();
    if (message != null && message.startsWith("Expected a field name")) {
      message = "a key must be a plain word, not a list or a section";
    }
    return new Problem(file, line, column, null, "not valid YAML: " + message);
  }

  private Problem markedProblem(MarkedYAMLException m) {
    Mark at = m.getProblemMark();
    String problem = m.getProblem() == null ? "" : m.getProblem();
    String message;
    if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
      message = "a tab character; YAML indentation must use spaces, not tabs";
    } else {
      message = "not valid YAML: " + problem.replace("<stream end>", "the end of the file");
      String context = m.getContext();
      Mark from = m.getContextMark();
      if (context != null && from != null) {
        message +=
            " ("
                + context
                + " that starts at line "
                + (from.getLine() + 1)
                + ", column "
                + (from.getColumn() + 1)
                + ")";
      }
      message += hint(context, problem);
    }
    return new Problem(file, at.getLine() + 1, at.getColumn() + 1, null, message);
  }

  /** What students most often did to get this SnakeYAML message. */
  private static String hint(String context, String problem) {
    String c = context == null ? "" : context.toLowerCase(Locale.ROOT);
    String p = problem.toLowerCase(Locale.ROOT);
    if (p.contains("mapping values are not allowed")) {
      return "; check the indentation of this line, or quote a value that contains ': '";
    }
    if (c.contains("flow sequence")) {
      return "; is a closing ']' missing?";
    }
    if (c.contains("flow mapping")) {
      return "; is a closing '}' missing?";
    }
    if (c.contains("quoted scalar") && p.contains("end of stream")) {
      return "; is a closing quote missing?";
    }
    return "";
  }

  /** Stops reading a file nested absurdly deep (a garbage or hostile input). */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Pos pos;

    TooDeep(Pos pos) {
      super(null, null, false, false);
      this.pos = pos;
    }
  }
}
