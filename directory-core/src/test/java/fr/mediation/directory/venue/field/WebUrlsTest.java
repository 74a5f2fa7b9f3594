package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebUrlsTest {

  @Test
  void parsesTheStandardExample() {
    WebUrls urls =
        WebUrls.parse(
            "https://www.laquincaillerie.tl/|https://m.facebook.com/laquincaillerienumerique/");
    assertThat(urls.values())
        .extracting(WebUrl::value)
        .containsExactly(
            "https://www.laquincaillerie.tl/", "https://m.facebook.com/laquincaillerienumerique/");
    assertThat(urls.values()).extracting(WebUrl::field).containsOnly(StandardField.SITE_WEB);
    assertThat(urls.joined())
        .isEqualTo(
            "https://www.laquincaillerie.tl/|https://m.facebook.com/laquincaillerienumerique/");
    assertThat(urls.first().value()).isEqualTo("https://www.laquincaillerie.tl/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://a.fr;https://b.fr",
        "https://a.fr https://b.fr",
        " https://a.fr | https://b.fr | ",
        "a.fr|b.fr"
      })
  void splitsOnTheSeparatorsOfRealExports(String raw) {
    assertThat(WebUrls.parse(raw).joined()).isEqualTo("https://a.fr|https://b.fr");
  }

  @Test
  void dropsDuplicates() {
    assertThat(WebUrls.parse("https://a.fr|a.fr|https://b.fr").joined())
        .isEqualTo("https://a.fr|https://b.fr");
  }

  @Test
  void rejectsInvalidPartNamingIt() {
    InvalidFieldException e = rejection(() -> WebUrls.parse("https://a.fr|pas un site"));
    assertThat(e.field()).isEqualTo(StandardField.SITE_WEB);
    assertThat(e.value()).isEqualTo("pas");
  }

  @Test
  void rejectsListWithoutAddress() {
    InvalidFieldException e = rejection(() -> WebUrls.parse(" | "));
    assertThat(e.field()).isEqualTo(StandardField.SITE_WEB);
    assertThat(e.expected())
        .isEqualTo("Expected at least one web address, e.g. https://www.exemple.fr.");
  }

  @Test
  void rejectsEmptyList() {
    assertThat(rejection(() -> new WebUrls(List.of())).field()).isEqualTo(StandardField.SITE_WEB);
  }
}
