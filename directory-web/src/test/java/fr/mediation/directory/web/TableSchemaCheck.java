package fr.mediation.directory.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Checks a CSV against the standard's TableSchema ({@code ../shared/data/standard}) with someone
 * else's code: the frictionless {@code tableschema} package (JavaScript, pinned by {@code
 * tools/tableschema/package-lock.json}, installed by the build into {@code
 * target/tableschema-npm}), run with node. Skips when the schema is absent.
 */
final class TableSchemaCheck {

  static final Path WORK = Path.of(System.getProperty("tableschema.dir", "target/tableschema-npm"));

  /** What the checker said: the rows read and the messages of the rows refused. */
  record Result(int rows, List<String> errors) {
    boolean valid() {
      return errors.isEmpty();
    }
  }

  private TableSchemaCheck() {}

  /** The standard's schema, or the test skipped when it is absent. */
  static Path schema() {
    Path schema = StandardSchemaCheck.SCHEMA.toAbsolutePath().normalize();
    Assumptions.assumeTrue(
        Files.exists(schema), "The standard's TableSchema is absent (" + schema + "): skipped.");
    return schema;
  }

  /** Runs the checker on {@code csv} against {@code schema}. */
  static Result check(Path schema, String csv) {
    Path script = WORK.resolve("validate.cjs").toAbsolutePath();
    if (!Files.exists(WORK.resolve("node_modules/tableschema/package.json"))) {
      throw new IllegalStateException(
          "The Table Schema checker is not installed in "
              + WORK.toAbsolutePath()
              + ": the build installs it (node tools/tableschema/install.mjs <dir>).");
    }
    try {
      Path file = Files.createTempFile("export", ".csv");
      try {
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Process node =
            new ProcessBuilder("node", script.toString(), schema.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(120, TimeUnit.SECONDS)) {
          node.destroyForcibly();
          throw new IllegalStateException("The Table Schema checker did not finish: " + out);
        }
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        JsonObject result;
        try (var reader = Json.createReader(new StringReader(last))) {
          result = reader.readObject();
        } catch (RuntimeException e) {
          throw new IllegalStateException("Unreadable answer of the checker: " + out, e);
        }
        List<String> errors =
            result.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject())
                .map(
                    e ->
                        "row "
                            + e.getInt("row", 0)
                            + ": "
                            + e.getString("message", "")
                            + " "
                            + e.getJsonArray("errors"))
                .toList();
        return new Result(result.getInt("rows"), errors);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
