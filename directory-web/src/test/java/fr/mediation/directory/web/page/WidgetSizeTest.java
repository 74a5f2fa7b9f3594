package fr.mediation.directory.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Partner sites load the widget on every page: it must stay small. */
class WidgetSizeTest {

  static int gzipped(Path file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(Files.readAllBytes(file));
    }
    return out.size();
  }

  @Test
  void theWidgetIsAtMost30KbGzipped() throws IOException {
    assertThat(gzipped(Path.of("src/main/webapp/widget/recherche.js")))
        .isLessThanOrEqualTo(30 * 1024);
  }

  @Test
  void theWidgetWritesVenueTextAsTextNeverAsHtml() throws IOException {
    String script = Files.readString(Path.of("src/main/webapp/widget/recherche.js"));

    assertThat(script)
        .doesNotContain("innerHTML")
        .doesNotContain("insertAdjacentHTML")
        .doesNotContain("document.write");
  }
}
