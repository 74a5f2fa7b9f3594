package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

  @Test
  void parsesTheStandardExample() {
    EmailAddresses emails =
        EmailAddresses.parse("contact@laquincaillerie.tl|responsable@laquincaillerie.tl");
    assertThat(emails.values())
        .containsExactly("contact@laquincaillerie.tl", "responsable@laquincaillerie.tl");
    assertThat(emails.joined())
        .isEqualTo("contact@laquincaillerie.tl|responsable@laquincaillerie.tl");
    assertThat(emails.first()).isEqualTo("contact@laquincaillerie.tl");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a@exemple.fr;b@exemple.fr",
        "a@exemple.fr, b@exemple.fr",
        "a@exemple.fr b@exemple.fr",
        " a@exemple.fr |\u00a0b@exemple.fr | ",
        "a@exemple.fr\nb@exemple.fr"
      })
  void splitsOnTheSeparatorsOfRealExports(String raw) {
    assertThat(EmailAddresses.parse(raw).values()).containsExactly("a@exemple.fr", "b@exemple.fr");
  }

  @Test
  void dropsInvisibleCharactersASpreadsheetLeftInAnAddress() {
    assertThat(EmailAddresses.parse("\uFEFFepn@angely.fr|accueil\u200B@mairie.fr").values())
        .containsExactly("epn@angely.fr", "accueil@mairie.fr");
  }

  @Test
  void stripsMailtoAndLowercasesTheDomainOnly() {
    assertThat(EmailAddresses.parse("MAILTO:Jean.Dupont@Mairie-REIMS.fr").values())
        .containsExactly("Jean.Dupont@mairie-reims.fr");
  }

  @Test
  void dropsDuplicatesKeepingOrder() {
    assertThat(
            EmailAddresses.parse("b@exemple.fr|a@exemple.fr|b@EXEMPLE.fr|mailto:a@exemple.fr")
                .values())
        .containsExactly("b@exemple.fr", "a@exemple.fr");
  }

  @Test
  void acceptsInternationalisedDomains() {
    assertThat(EmailAddresses.parse("contact@médiathèque.fr").values())
        .containsExactly("contact@médiathèque.fr");
  }

  @Test
  void buildsFromAListIgnoringBlankItems() {
    assertThat(new EmailAddresses(Arrays.asList("a@exemple.fr", " ", null)).values())
        .containsExactly("a@exemple.fr");
  }

  @Test
  void valuesAreUnmodifiable() {
    List<String> values = EmailAddresses.parse("a@exemple.fr").values();
    assertThatThrownBy(() -> values.add("b@exemple.fr"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsInvalidAddressNamingIt() {
    InvalidFieldException e = rejection(() -> EmailAddresses.parse("a@exemple.fr|contact@"));
    assertThat(e.field()).isEqualTo(StandardField.COURRIELS);
    assertThat(e.value()).isEqualTo("contact@");
    assertThat(e.getMessage())
        .isEqualTo(
            "Invalid e-mail address: 'contact@'. Expected an e-mail address such as"
                + " contact@exemple.fr; separate several addresses with |.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"contact", "contact@exemple", "@exemple.fr", "a@b@c.fr", "a@.fr"})
  void rejectsMalformedAddresses(String raw) {
    InvalidFieldException e = rejection(() -> EmailAddresses.parse(raw));
    assertThat(e.field()).isEqualTo(StandardField.COURRIELS);
    assertThat(e.value()).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "|", " ; , "})
  void rejectsListWithoutAddress(String raw) {
    InvalidFieldException e = rejection(() -> EmailAddresses.parse(raw));
    assertThat(e.field()).isEqualTo(StandardField.COURRIELS);
    assertThat(e.expectedFr())
        .isEqualTo("Au moins une adresse courriel attendue, par exemple contact@exemple.fr.");
  }

  @Test
  void rejectsEmptyList() {
    assertThat(rejection(() -> new EmailAddresses(List.of())).field())
        .isEqualTo(StandardField.COURRIELS);
  }
}
