package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebUrlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://www.laquincaillerie.tl/",
        "https://m.facebook.com/laquincaillerienumerique/",
        "https://www.rdv-solidarites.fr/",
        "https://acceslibre.beta.gouv.fr/app/29-lampaul-plouarzel/a/bibliotheque-mediatheque/erp/mediatheque-13/",
        "http://exemple.fr",
        "https://www.exemple.bzh/page?a=1&b=2#ancre",
        "https://exemple.fr:8443/x"
      })
  void acceptsHttpAndHttpsAddresses(String url) {
    assertThat(new WebUrl(StandardField.SITE_WEB, url).value()).isEqualTo(url);
  }

  @ParameterizedTest
  @CsvSource({
    "www.exemple.fr, https://www.exemple.fr",
    "exemple.fr/page, https://exemple.fr/page",
    "mairie-reims.fr, https://mairie-reims.fr",
    "HTTPS://www.exemple.fr, https://www.exemple.fr",
    "'  https://www.exemple.fr/  ', https://www.exemple.fr/"
  })
  void normalisesBareDomainsAndSchemes(String raw, String url) {
    assertThat(new WebUrl(StandardField.SITE_WEB, raw).value()).isEqualTo(url);
  }

  @Test
  void acceptsInternationalisedDomainsAndAccentedPaths() {
    assertThat(new WebUrl(StandardField.SITE_WEB, "https://médiathèque.fr/accès").value())
        .isEqualTo("https://médiathèque.fr/accès");
  }

  @Test
  void keepsTheField() {
    assertThat(new WebUrl(StandardField.PRISE_RDV, "https://www.rdv-solidarites.fr/").field())
        .isEqualTo(StandardField.PRISE_RDV);
  }

  @Test
  void rejectsFtpNamingFieldAndValue() {
    InvalidFieldException e =
        rejection(() -> new WebUrl(StandardField.FICHE_ACCES_LIBRE, "ftp://exemple.fr"));
    assertThat(e.field()).isEqualTo(StandardField.FICHE_ACCES_LIBRE);
    assertThat(e.value()).isEqualTo("ftp://exemple.fr");
    assertThat(e.getMessage())
        .isEqualTo(
            "Invalid Acceslibre sheet URL: 'ftp://exemple.fr'. Expected a web address starting"
                + " with http:// or https://, e.g. https://www.exemple.fr.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "exemple",
        "https://exemple",
        "http://localhost",
        "mailto:contact@exemple.fr",
        "javascript:alert(1)",
        "https://exemple.fr/un espace",
        "voir facebook",
        "https://"
      })
  void rejectsWhatIsNotAWebAddress(String raw) {
    InvalidFieldException e = rejection(() -> new WebUrl(StandardField.PRISE_RDV, raw));
    assertThat(e.field()).isEqualTo(StandardField.PRISE_RDV);
    assertThat(e.value()).isEqualTo(raw);
  }

  @Test
  void rejectsBlank() {
    assertThat(rejection(() -> new WebUrl(StandardField.SITE_WEB, " ")).field())
        .isEqualTo(StandardField.SITE_WEB);
  }
}
