package fr.mediation.directory.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every metric declared in {@link Metrics} has its row in docs/operations.md, where operators read
 * what it measures and which alerts use it: a metric added without it fails here.
 */
class MetricsDocumentedTest {

  private static final Path DOC = Path.of("../docs/operations.md");

  @Test
  void everyDeclaredMetricHasItsRowInTheOperationsGuide() throws Exception {
    List<String> rows =
        Files.readAllLines(DOC).stream().filter(line -> line.startsWith("| `")).toList();
    List<String> names =
        Arrays.stream(Metrics.class.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
            .map(MetricsDocumentedTest::value)
            .toList();

    assertThat(names).isNotEmpty();
    // A row names the metric as exported: the declared name, then a unit's or a counter's suffix.
    assertThat(names)
        .allSatisfy(
            name ->
                assertThat(rows)
                    .as("the row of %s in %s", name, DOC)
                    .anyMatch(row -> row.matches("\\| `" + name + "(_[a-z]+)?` \\|.*")));
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
