package fr.mediation.directory.web.console.admin;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.source.ImportRun;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminTextTest {

  @Test
  void theDetectorsReasonsReadInFrench() {
    assertThat(
            AdminText.reasons(
                List.of(
                    "names 0.80",
                    "addresses 1.00",
                    "22 m apart",
                    "same phone",
                    "same kind [LIBRARY]",
                    "different kinds [TOWN_HALL] / [LIBRARY]",
                    "one is mobile")))
        .isEqualTo(
            "noms semblables à 0,80 ; adresses semblables à 1,00 ; 22 m d'écart ; même téléphone ;"
                + " même type de lieu ; types de lieux différents ; l'un est itinérant, l'autre"
                + " non");
    assertThat(AdminText.reason("something new")).isEqualTo("something new");
  }

  @Test
  void agesStatusesAndSharesReadInFrench() {
    assertThat(AdminText.age(Duration.ofDays(3).plusHours(2))).isEqualTo("il y a 3 jours");
    assertThat(AdminText.age(Duration.ofHours(1))).isEqualTo("il y a 1 heure");
    assertThat(AdminText.age(Duration.ofMinutes(5))).isEqualTo("il y a moins d'une heure");
    assertThat(AdminText.status(ImportRun.Status.HELD)).isEqualTo("suspendu");
    assertThat(AdminText.status(ImportRun.Status.DISCARDED)).isEqualTo("écarté");
    assertThat(AdminText.percent(2 / 3.0)).isEqualTo("67 %");
  }
}
