package org.civicsim.io;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicsim.model.pb.Election;
import org.civicsim.model.pb.Project;

/**
 * Reads and writes participatory-budgeting elections in Pabulib's format (pabulib.org/format):
 * UTF-8 text in three sections, {@code META} ({@code key;value} rows, under that header or none;
 * {@code budget} and {@code vote_type} required), {@code PROJECTS} (a header naming at least {@code
 * project_id} and {@code cost}, then a row a project) and {@code VOTES} (a header naming at least
 * {@code voter_id} and {@code vote}, the approved project ids separated by commas), each row's
 * fields separated by {@code ;} and quoted with {@code "} when they hold one. Only approval ballots
 * are read, as the counting rules take nothing else.
 */
public final class Pabulib {
  private static final List<String> SECTIONS = List.of("META", "PROJECTS", "VOTES");

  private Pabulib() {}

  /** The election in {@code path}; a PabulibException naming the file and line if it is bad. */
  public static PabulibFile read(Path path) throws PabulibException {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new PabulibException(path + ": not UTF-8 text");
    } catch (IOException e) {
      throw new PabulibException(path + ": cannot read: " + OutputException.reason(e));
    }
    return new Reader(path, text).read();
  }

  /** Writes {@code file} to {@code path} whole or not at all; it reads back as it was. */
  public static void write(Path path, PabulibFile file) throws IOException {
    AtomicFile.write(
        path,
        out -> {
          out.write("META\n");
          row(out, List.of("key", "value"));
          for (Map.Entry<String, String> e : file.meta().entrySet()) {
            row(out, List.of(e.getKey(), e.getValue()));
          }
          table(out, "PROJECTS", file.projects());
          table(out, "VOTES", file.votes());
        });
  }

  private static void table(Writer out, String section, PabulibFile.Table table)
      throws IOException {
    out.write(section + "\n");
    row(out, table.header());
    for (List<String> r : table.rows()) {
      row(out, r);
    }
  }

  private static void row(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(';');
      }
      String f = fields.get(i);
      boolean quote =
          f.indexOf(';') >= 0
              || f.indexOf('"') >= 0
              || f.indexOf('\n') >= 0
              || f.indexOf('\r') >= 0;
      out.write(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
    }
    out.write('\n');
  }

  /** A row of fields and the line it starts on (from 1). */
  private record Row(int line, List<String> fields) {}

  /** One file's reading, which knows the file's name for every message. */
  private static final class Reader {
    private final Path path;
    private final String text;

    Reader(Path path, String text) {
      this.path = path;
      this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    PabulibFile read() throws PabulibException {
      Map<String, List<Row>> sections = sections(rows());
      Map<String, String> meta = new LinkedHashMap<>();
      Map<String, Integer> metaLines = new HashMap<>();
      List<Row> metaRows = sections.get("META");
      // Most files give META the header key;value, some (Warszawa 2017, 2019) go straight to keys.
      boolean header =
          metaRows.get(0).fields().stream()
              .map(String::trim)
              .toList()
              .equals(List.of("key", "value"));
      for (Row r : metaRows.subList(header ? 1 : 0, metaRows.size())) {
        if (r.fields().size() != 2) {
          throw bad(
              r.line(), "a META row is key;value, this one has " + r.fields().size() + " fields");
        }
        String key = r.fields().get(0).trim();
        if (meta.put(key, r.fields().get(1)) != null) {
          throw bad(r.line(), "META key " + key + " is given twice");
        }
        metaLines.put(key, r.line());
      }
      int metaLine = metaRows.get(0).line();
      String voteType = meta.get("vote_type");
      if (voteType == null) {
        throw bad(
            metaLine,
            "META has no vote_type; these rules count approval ballots:"
                + " add the row vote_type;approval");
      }
      if (!voteType.trim().equals("approval")) {
        throw bad(
            metaLines.get("vote_type"),
            "vote_type is " + voteType + "; the counting rules take approval ballots only");
      }
      String budgetText = meta.get("budget");
      if (budgetText == null) {
        throw bad(metaLine, "META has no budget");
      }
      double budget = budget(budgetText, metaLines.get("budget"));

      PabulibFile.Table projectTable = table(sections.get("PROJECTS"), "project_id", "cost");
      List<Row> projectRows = sections.get("PROJECTS");
      List<Project> projects = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      int idColumn = projectTable.header().indexOf("project_id");
      int costColumn = projectTable.header().indexOf("cost");
      for (int i = 1; i < projectRows.size(); i++) {
        Row r = projectRows.get(i);
        String id = r.fields().get(idColumn).trim();
        if (id.isEmpty()) {
          throw bad(r.line(), "a project has no project_id");
        }
        if (!ids.add(id)) {
          throw bad(r.line(), "project " + id + " is listed twice");
        }
        projects.add(new Project(id, cost(r.fields().get(costColumn), id, r.line())));
      }

      PabulibFile.Table voteTable = table(sections.get("VOTES"), "voter_id", "vote");
      List<Row> voteRows = sections.get("VOTES");
      int voteColumn = voteTable.header().indexOf("vote");
      List<List<String>> ballots = new ArrayList<>();
      for (int i = 1; i < voteRows.size(); i++) {
        Row r = voteRows.get(i);
        ballots.add(ballot(r.fields().get(voteColumn), ids, r.line()));
      }
      Election election = Election.of(budget, projects, ballots);
      return new PabulibFile(meta, projectTable, voteTable, election);
    }

    private double budget(String text, int line) throws PabulibException {
      try {
        double budget = new BigDecimal(text.trim()).doubleValue();
        if (budget >= 0 && !Double.isInfinite(budget)) {
          return budget;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw bad(line, "budget '" + text + "' is not an amount of money (a number, 0 or more)");
    }

    private long cost(String text, String id, int line) throws PabulibException {
      try {
        BigDecimal cost = new BigDecimal(text.trim());
        if (cost.signum() >= 0 && cost.stripTrailingZeros().scale() <= 0) {
          return cost.longValueExact();
        }
      } catch (NumberFormatException | ArithmeticException e) {
        // reported below
      }
      throw bad(
          line,
          "project " + id + ": cost '" + text + "' is not a whole amount of currency, 0 or more");
    }

    private List<String> ballot(String vote, Set<String> ids, int line) throws PabulibException {
      if (vote.isBlank()) {
        return List.of();
      }
      List<String> ballot = Arrays.stream(vote.split(",", -1)).map(String::trim).toList();
      Set<String> seen = new HashSet<>();
      for (String id : ballot) {
        if (!ids.contains(id)) {
          throw bad(line, "the vote approves project '" + id + "', which PROJECTS does not list");
        }
        if (!seen.add(id)) {
          throw bad(line, "the vote approves project " + id + " twice");
        }
      }
      return ballot;
    }

    /** A section's header and rows, checked for the columns it must have and its rows' widths. */
    private PabulibFile.Table table(List<Row> rows, String... required) throws PabulibException {
      Row header = rows.get(0);
      List<String> names = header.fields().stream().map(String::trim).toList();
      for (String column : required) {
        if (!names.contains(column)) {
          throw bad(
              header.line(),
              "the header " + String.join(";", header.fields()) + " has no column " + column);
        }
      }
      List<List<String>> body = new ArrayList<>();
      for (Row r : rows.subList(1, rows.size())) {
        if (r.fields().size() != names.size()) {
          throw bad(
              r.line(),
              "this row has " + r.fields().size() + " fields, the header " + names.size());
        }
        body.add(r.fields());
      }
      return new PabulibFile.Table(names, body);
    }

    /** The rows of each section, its header first, checked for order and presence. */
    private Map<String, List<Row>> sections(List<Row> rows) throws PabulibException {
      Map<String, List<Row>> sections = new LinkedHashMap<>();
      List<Row> current = null;
      for (Row r : rows) {
        String first = r.fields().get(0).trim();
        if (r.fields().size() == 1 && SECTIONS.contains(first)) {
          String expected = SECTIONS.get(sections.size() < 3 ? sections.size() : 2);
          if (sections.containsKey(first) || !first.equals(expected)) {
            throw bad(
                r.line(),
                "section "
                    + first
                    + " where "
                    + (sections.size() < 3 ? expected : "nothing more")
                    + " was expected (META, PROJECTS, VOTES in order)");
          }
          current = new ArrayList<>();
          sections.put(first, current);
        } else if (current == null) {
          throw bad(r.line(), "the file must begin with META");
        } else {
          current.add(r);
        }
      }
      int last = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line();
      for (String s : SECTIONS) {
        if (!sections.containsKey(s)) {
          throw bad(last, "the file ends with no " + s + " section");
        }
        if (sections.get(s).isEmpty()) {
          throw bad(
              last,
              s.equals("META")
                  ? "META has no keys; it needs at least budget and vote_type"
                  : "section " + s + " has no header line");
        }
      }
      return sections;
    }

    /** Every non-blank row, split at semicolons outside quotes; a quoted field may span lines. */
    private List<Row> rows() throws PabulibException {
      List<Row> rows = new ArrayList<>();
      int line = 1;
      int i = 0;
      int n = text.length();
      while (i < n) {
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean blank = true;
        for (; i < n; i++) {
          char c = text.charAt(i);
          if (quoted) {
            if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i++;
            } else if (c == '"') {
              quoted = false;
            } else {
              line += c == '\n' ? 1 : 0;
              field.append(c);
            }
          } else if (c == '"' && field.isEmpty()) {
            quoted = true;
            blank = false;
          } else if (c == ';') {
            fields.add(field.toString());
            field.setLength(0);
            blank = false;
          } else if (c == '\n') {
            i++;
            line++;
            break;
          } else if (c != '\r') {
            field.append(c);
            blank &= Character.isWhitespace(c);
          }
        }
        if (quoted) {
          throw bad(start, "a quoted field is never closed");
        }
        if (!blank) {
          fields.add(field.toString());
          rows.add(new Row(start, fields));
        }
      }
      return rows;
    }

    private PabulibException bad(int line, String message) {
      return new PabulibException(path + ":" + line + ": " + message);
    }
  }
}
