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
}
