package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressTest {

  @Test
  void acceptsTheStandardExample() {
    assertThat(new Address("12 BIS RUE DE LECLERCQ").value()).isEqualTo("12 BIS RUE DE LECLERCQ");
  }

  @Test
  void collapsesWhitespace() {
    assertThat(new Address(" 3\u00a0rue   de la Paix\n").value()).isEqualTo("3 rue de la Paix");
  }

  @Test
  void rejectsAddressLongerThan250Characters() {
    String address = "rue ".repeat(63);
    InvalidFieldException e = rejection(() -> new Address(address));
    assertThat(e.field()).isEqualTo(StandardField.ADRESSE);
    assertThat(e.value()).isEqualTo(address);
    assertThat(e.expected()).isEqualTo("Expected at most 250 characters.");
  }

  @Test
  void rejectsBlankAddressAsMissing() {
    assertThat(rejection(() -> new Address(" ")).getMessage())
        .isEqualTo("Missing address. This field is required.");
  }
}
