package org.civicsim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * A report's sections rendered as Markdown (charts linked from charts/) and as one HTML page
 * (charts embedded, so that it travels as one file).
 */
final class ReportPages {
  private ReportPages() {}

  /** A heading, paragraphs, charts and tables, in reading order. */
  record Section(int level, String heading, List<Object> parts) {}

  /** A chart file with its alternative text. */
  record Figure(Path file, String alt) {}

  /** A table: its header cells and rows of cells. */
  record Table(List<String> header, List<List<String>> rows) {}

  static String markdown(List<Section> sections) {
    StringBuilder md = new StringBuilder();
    for (Section s : sections) {
      md.append("#".repeat(s.level())).append(' ').append(s.heading()).append("\n\n");
      for (Object part : s.parts()) {
        if (part instanceof String text) {
          md.append(text).append("\n\n");
        } else if (part instanceof Figure f) {
          md.append("![")
              .append(f.alt())
              .append("](charts/")
              .append(f.file().getFileName())
              .append(")\n\n");
        } else if (part instanceof Table t) {
          md.append("| ").append(String.join(" | ", t.header())).append(" |\n");
          md.append("|").append(" --- |".repeat(t.header().size())).append('\n');
          for (List<String> row : t.rows()) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
          }
          md.append('\n');
        }
      }
    }
    return md.toString();
  }

  static String html(List<Section> sections) throws IOException {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>civicsim report</title><style>")
        .append(
            "body{font-family:sans-serif;max-width:1000px;margin:2em auto;padding:0"
                + " 1em;color:#222}")
        .append("table{border-collapse:collapse;margin:0.5em 0 1.5em}")
        .append("th,td{border:1px solid #ccc;padding:3px 8px;text-align:right;font-size:0.9em}")
        .append("th:first-child,td:first-child{text-align:left}")
        .append("img{max-width:100%;display:block;margin:1em 0}")
        .append("</style></head><body>\n");
    for (Section s : sections) {
      h.append("<h")
          .append(s.level())
          .append('>')
          .append(escape(s.heading()))
          .append("</h")
          .append(s.level())
          .append(">\n");
      for (Object part : s.parts()) {
        if (part instanceof String text) {
          h.append("<p>").append(escape(text)).append("</p>\n");
        } else if (part instanceof Figure f) {
          h.append("<img alt=\"")
              .append(escape(f.alt()))
              .append("\" src=\"data:image/png;base64,")
              .append(Base64.getEncoder().encodeToString(Files.readAllBytes(f.file())))
              .append("\">\n");
        } else if (part instanceof Table t) {
          h.append("<table><tr>");
          for (String c : t.header()) {
            h.append("<th>").append(escape(c)).append("</th>");
          }
          h.append("</tr>\n");
          for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (String c : row) {
              h.append("<td>").append(escape(c)).append("</td>");
            }
            h.append("</tr>\n");
          }
          h.append("</table>\n");
        }
      }
    }
    return h.append("</body></html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
