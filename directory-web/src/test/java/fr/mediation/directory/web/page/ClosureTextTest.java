package fr.mediation.directory.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.api.venue.ClosureView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosureTextTest {

  private static final LocalDate DEC_22 = LocalDate.parse("2026-12-22");
  private static final LocalDate JAN_2 = LocalDate.parse("2027-01-02");

  @Test
  void aClosureUnderWaySaysUntilWhen() {
    assertThat(Views.closure(List.of(new ClosureView(DEC_22, JAN_2, null, "congés", true))))
        .isEqualTo("Fermé temporairement jusqu'au 2 janvier 2027 : congés");
  }

  @Test
  void exceptionalHoursAndAnnouncedClosuresAreSaidToo() {
    assertThat(Views.closure(List.of(new ClosureView(DEC_22, JAN_2, "Tu 14:00-17:00", null, true))))
        .isEqualTo("Horaires exceptionnels jusqu'au 2 janvier 2027 (Tu 14:00-17:00)");
    assertThat(Views.closure(List.of(new ClosureView(DEC_22, JAN_2, null, null, false))))
        .isEqualTo("Fermeture prévue du 22 décembre 2026 au 2 janvier 2027");
    assertThat(Views.closure(List.of())).isNull();
  }

  @Test
  void oldInformationIsSaidPastTheThreshold() {
    java.time.ZonedDateTime now =
        java.time.ZonedDateTime.of(2026, 12, 3, 10, 0, 0, 0, java.time.ZoneId.of("Europe/Paris"));
    assertThat(Views.oldInformation(LocalDate.parse("2025-03-03"), now, 365))
        .isEqualTo(
            "Informations datant du 3 mars 2025 : elles ont pu changer depuis, appelez avant de"
                + " vous déplacer.");
    assertThat(Views.oldInformation(LocalDate.parse("2026-01-03"), now, 365)).isNull();
    assertThat(Views.oldInformation(null, now, 365)).isNull();
  }
}
