package fr.mediation.directory.api.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.venue.hours.Closure;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Closures in the open state and the list of a venue, on a fixed clock; the body of a PUT. */
class VenueClosuresTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final List<Closure> HOLIDAYS =
      List.of(
          new Closure(
              LocalDate.parse("2026-12-22"),
              LocalDate.parse("2027-01-02"),
              null,
              "Congés de fin d'année"));

  private static OpenState at(String hours, List<Closure> closures, String when) {
    return OpenState.at(
        "35238",
        "35000",
        hours,
        closures,
        ZonedDateTime.of(java.time.LocalDateTime.parse(when), PARIS));
  }

  @Test
  void aVenueClosedForTheHolidaysIsClosedDuringThemAndOpenAfter() {
    assertThat(at("Mo-Fr 09:00-18:00", HOLIDAYS, "2026-12-21T10:00").open()).isTrue();
    OpenState during = at("Mo-Fr 09:00-18:00", HOLIDAYS, "2026-12-23T10:00");
    assertThat(during.open()).isFalse();
    assertThat(at("Mo-Fr 09:00-18:00", HOLIDAYS, "2026-12-31T10:00").nextChange())
        .isEqualTo("2027-01-04T09:00:00+01:00");
    assertThat(at("Mo-Fr 09:00-18:00", HOLIDAYS, "2027-01-04T10:00").open()).isTrue();
  }

  @Test
  void aClosureSaysClosedEvenWhenTheHoursAreUnknownOnlyOnItsDays() {
    assertThat(at(null, HOLIDAYS, "2026-12-23T10:00").open()).isFalse();
    assertThat(at(null, HOLIDAYS, "2027-01-04T10:00").open()).isNull();
  }

  @Test
  void closuresOverAreNotListedAndTheCurrentOneIsMarked() {
    ZonedDateTime during = ZonedDateTime.of(2026, 12, 23, 10, 0, 0, 0, PARIS);
    List<ClosureView> views =
        ClosureView.of(
            HOLIDAYS, "Mo-Fr 09:00-18:00; 2027 Jul 01-2027 Aug 31 off", "35238", "35000", during);
    assertThat(views)
        .extracting(ClosureView::du)
        .containsExactly(LocalDate.parse("2026-12-22"), LocalDate.parse("2027-07-01"));
    assertThat(views).extracting(ClosureView::enCours).containsExactly(true, false);
    ZonedDateTime after = ZonedDateTime.of(2027, 1, 3, 10, 0, 0, 0, PARIS);
    assertThat(ClosureView.of(HOLIDAYS, "Mo-Fr 09:00-18:00", "35238", "35000", after)).isEmpty();
  }

  @Test
  void aPeriodIsReadWithItsHoursAndReason() {
    assertThat(
            VenueClosureResource.read(
                "[{\"du\":\"2027-07-01\",\"au\":\"2027-08-31\",\"horaires\":\"Tu 14:00-17:00\","
                    + "\"motif\":\"Horaires d'été\"}]",
                LocalDate.parse("2026-12-01")))
        .containsExactly(
            new Closure(
                LocalDate.parse("2027-07-01"),
                LocalDate.parse("2027-08-31"),
                "Tu 14:00-17:00",
                "Horaires d'été"));
  }

  @Test
  void aWrongPeriodNamesItsFieldAndValue() {
    LocalDate today = LocalDate.parse("2026-12-01");
    assertThatThrownBy(() -> VenueClosureResource.read("{}", today))
        .isInstanceOf(InvalidParameterException.class)
        .extracting(e -> ((InvalidParameterException) e).parameter())
        .isEqualTo("fermetures");
    assertThatThrownBy(
            () -> VenueClosureResource.read("[{\"du\":\"2026-12-22\",\"au\":\"demain\"}]", today))
        .extracting(e -> ((InvalidParameterException) e).parameter())
        .isEqualTo("fermetures[0].au");
    assertThatThrownBy(
            () ->
                VenueClosureResource.read("[{\"du\":\"2026-12-22\",\"au\":\"2026-12-21\"}]", today))
        .extracting(e -> ((InvalidParameterException) e).value())
        .isEqualTo("2026-12-21");
    assertThatThrownBy(
            () ->
                VenueClosureResource.read("[{\"du\":\"2026-11-01\",\"au\":\"2026-11-02\"}]", today))
        .extracting(e -> ((InvalidParameterException) e).parameter())
        .isEqualTo("fermetures[0].au");
    assertThatThrownBy(
            () ->
                VenueClosureResource.read(
                    "[{\"du\":\"2026-12-22\",\"au\":\"2026-12-23\",\"horaires\":\"le mardi\"}]",
                    today))
        .extracting(e -> ((InvalidParameterException) e).parameter())
        .isEqualTo("fermetures[0].horaires");
  }
}
