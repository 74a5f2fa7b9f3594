package fr.mediation.directory.api.venue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VenueExportTest {

  @Test
  void formulaPrefixesAreNeutralisedWithASingleQuote() {
    assertThat(VenueExport.cell("=HYPERLINK(\"http://x\",\"clic\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\",\"clic\")");
    assertThat(VenueExport.cell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(VenueExport.cell("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
    assertThat(VenueExport.cell("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
  }

  @Test
  void numbersAndPhoneNumbersStayData() {
    assertThat(VenueExport.cell("-61.0747")).isEqualTo("-61.0747");
    assertThat(VenueExport.cell("+33180059850")).isEqualTo("+33180059850");
    assertThat(VenueExport.cell("+33 1 80 05 98 50")).isEqualTo("+33 1 80 05 98 50");
    assertThat(VenueExport.cell("Médiathèque = culture")).isEqualTo("Médiathèque = culture");
  }

  @Test
  void controlCharactersAreRemovedAndLineBreaksKept() {
    assertThat(VenueExport.cell("Ligne 1\r\nLigne\u00002\u0007\u001b[31m\u0085"))
        .isEqualTo("Ligne 1\nLigne2[31m");
    assertThat(VenueExport.cell("\t=1+1")).isEqualTo(" =1+1");
    assertThat(VenueExport.cell(null)).isEmpty();
  }
}
