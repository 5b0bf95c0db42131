import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.civicsim.metrics.SobolIndices;

/**
 * The Sobol indices of a policy comparison: for two Sobol sweeps with the same design and seed
 * (one per arm), the difference arm B minus arm A of each design point's mean, and its first-order
 * and total indices over the sweeps' keys (civicsim's own estimator, 1,000 bootstrap resamples).
 * Prints a Markdown table per outcome. Run by docs/policy-sobol.sh:
 *
 * <pre>java -cp target/civicsim.jar docs/PolicySobol.java A_DIR B_DIR METRIC:GROUP...</pre>
 */
public class PolicySobol {
  public static void main(String[] args) throws Exception {
    Path a = Path.of(args[0]);
    Path b = Path.of(args[1]);
    List<String> header = List.of(Files.readAllLines(a.resolve("summary.csv")).get(0).split(","));
    List<String> keys = header.subList(2, header.indexOf("metric"));
    for (int i = 2; i < args.length; i++) {
      String metric = args[i].split(":")[0];
      String group = args[i].split(":")[1];
      double[] ya = means(a, header, metric, group);
      double[] yb = means(b, header, metric, group);
      double[] d = new double[ya.length];
      for (int p = 0; p < d.length; p++) {
        d[p] = yb[p] - ya[p];
      }
      SobolIndices.Result r = SobolIndices.estimate(d, keys.size(), 1000, 7);
      System.out.printf(
          Locale.ROOT,
          "%n%s, %s: the difference %s minus %s (%d blocks)%n%n| constant | S1 [95%%] | ST [95%%] |%n"
              + "| --- | --- | --- |%n",
          metric, group, b.getFileName(), a.getFileName(), r.n());
      for (int k = 0; k < keys.size(); k++) {
        System.out.printf(
            Locale.ROOT,
            "| `%s` | %.2f [%.2f, %.2f] | %.2f [%.2f, %.2f] |%n",
            keys.get(k),
            r.first()[k].value(), r.first()[k].low(), r.first()[k].high(),
            r.total()[k].value(), r.total()[k].low(), r.total()[k].high());
      }
    }
  }

  /** Each design point's mean of {@code metric} for {@code group}, in point order. */
  static double[] means(Path sweep, List<String> header, String metric, String group)
      throws Exception {
    int m = header.indexOf("metric");
    int g = header.indexOf("group");
    int mean = header.indexOf("mean");
    Map<Integer, Double> byPoint = new TreeMap<>();
    List<String> lines = Files.readAllLines(sweep.resolve("summary.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",");
      if (c[m].equals(metric) && c[g].equals(group)) {
        byPoint.put(Integer.parseInt(c[1]), Double.parseDouble(c[mean]));
      }
    }
    return byPoint.values().stream().mapToDouble(Double::doubleValue).toArray();
  }
}
