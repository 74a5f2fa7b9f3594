package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinatesTest {

  @Test
  void parsesTheStandardExample() {
    Coordinates coordinates = Coordinates.parse("43.52609", "5.41423");
    assertThat(coordinates.latitude()).isEqualTo(43.52609);
    assertThat(coordinates.longitude()).isEqualTo(5.41423);
  }

  @Test
  void parsesFrenchDecimalCommaAndSpaces() {
    Coordinates coordinates = Coordinates.parse(" 48,85 ", "\u00a02,35");
    assertThat(coordinates).isEqualTo(new Coordinates(48.85, 2.35));
  }

  @Test
  void parsesSignsAndIntegers() {
    assertThat(Coordinates.parse("-21", "+55.5")).isEqualTo(new Coordinates(-21, 55.5));
  }

  @Test
  void acceptsTheBounds() {
    assertThat(new Coordinates(-90, -180).latitude()).isEqualTo(-90);
    assertThat(new Coordinates(90, 180).longitude()).isEqualTo(180);
  }

  @Test
  void rejectsLatitudeAbove90() {
    InvalidFieldException e = rejection(() -> new Coordinates(90.5, 2));
    assertThat(e.field()).isEqualTo(StandardField.LATITUDE);
    assertThat(e.value()).isEqualTo("90.5");
    assertThat(e.getMessage())
        .isEqualTo("Invalid latitude: '90.5'. Expected a number between -90 and 90.");
  }

  @Test
  void rejectsLongitudeBelowMinus180() {
    InvalidFieldException e = rejection(() -> new Coordinates(45, -180.1));
    assertThat(e.field()).isEqualTo(StandardField.LONGITUDE);
    assertThat(e.expected()).isEqualTo("Expected a number between -180 and 180.");
  }

  @Test
  void rejectsNanAndInfinity() {
    assertThat(rejection(() -> new Coordinates(Double.NaN, 2)).field())
        .isEqualTo(StandardField.LATITUDE);
    assertThat(rejection(() -> new Coordinates(45, Double.POSITIVE_INFINITY)).field())
        .isEqualTo(StandardField.LONGITUDE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nan", "NaN", "Infinity", "", " ", "abc", "48.85.2", "48,850,2", "1e3"})
  void rejectsUnreadableLatitude(String raw) {
    InvalidFieldException e = rejection(() -> Coordinates.parse(raw, "2.35"));
    assertThat(e.field()).isEqualTo(StandardField.LATITUDE);
    assertThat(e.value()).isEqualTo(raw);
  }

  @Test
  void rejectsUnreadableLongitudeNamingIt() {
    InvalidFieldException e = rejection(() -> Coordinates.parse("48.85", "est"));
    assertThat(e.field()).isEqualTo(StandardField.LONGITUDE);
    assertThat(e.getMessage())
        .isEqualTo("Invalid longitude: 'est'. Expected a number between -180 and 180.");
  }

  @Test
  void rejectsMissingLongitude() {
    InvalidFieldException e = rejection(() -> Coordinates.parse("48.85", null));
    assertThat(e.field()).isEqualTo(StandardField.LONGITUDE);
    assertThat(e.getMessage())
        .isEqualTo("Missing longitude. Expected a number between -180 and 180.");
  }

  @Test
  void rejectsParsedLatitudeOutOfRange() {
    InvalidFieldException e = rejection(() -> Coordinates.parse("91", "2"));
    assertThat(e.field()).isEqualTo(StandardField.LATITUDE);
    assertThat(e.value()).isEqualTo("91");
  }
}
