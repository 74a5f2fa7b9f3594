package fr.mediation.directory.venue.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CursorTest {

  @Test
  void roundTripsThroughItsToken() {
    Cursor cursor = new Cursor("name", "ecluse numerique", "3f1c2a9e-5b7d-3c41-9a0e-2d8f6b1c4e77");
    assertThat(Cursor.decode(cursor.encode(), "name")).isEqualTo(cursor);
    assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void refusesATokenOfAnotherOrderOrNotMadeHere() {
    String token = new Cursor("distance", "1.25", "id").encode();
    assertThatThrownBy(() -> Cursor.decode(token, "name"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cursor.decode("bm9wZQ", "name"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cursor.decode("%%%", "name"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAForgedDistanceOrOffsetThatIsNotANonNegativeNumber() {
    assertThat(Cursor.decode(new Cursor("distance", "1.25", "id").encode(), "distance").key())
        .isEqualTo("1.25");
    for (String key : new String[] {"abc", "-5", "NaN", "Infinity"}) {
      assertThatThrownBy(
              () -> Cursor.decode(new Cursor("distance", key, "id").encode(), "distance"))
          .as(key)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () -> Cursor.decode(new Cursor("relevance", key, null).encode(), "relevance"))
          .as(key)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void anIdCursorOfTheChangeFeedHoldsAnIdNotANumber() {
    Cursor cursor = new Cursor("id", "3f1c2a9e-5b7d-3c41-9a0e-2d8f6b1c4e77", null);
    assertThat(Cursor.decode(cursor.encode(), "id")).isEqualTo(cursor);
  }

  @Test
  void refusesForgedValuesNoPageEndsWith() {
    // Further than any point on Earth, beyond the largest offset, or a key no name gives.
    assertThatThrownBy(
            () -> Cursor.decode(new Cursor("distance", "1e308", "id").encode(), "distance"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Cursor.decode(new Cursor("relevance", "10001", null).encode(), "relevance"))
        .isInstanceOf(IllegalArgumentException.class);
    String longName = "a".repeat(10_000);
    assertThatThrownBy(() -> Cursor.decode(new Cursor("name", longName, "id").encode(), "name"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Cursor.decode(new Cursor("distance", "20000", "id").encode(), "distance").key())
        .isEqualTo("20000");
  }

  @Test
  void sortKeyFoldsCaseAndAccentsAsTheIndexDoes() {
    assertThat(VenueOrder.sortKey("Écluse Numérique")).isEqualTo("ecluse numerique");
    assertThat(VenueOrder.sortKey("Œuvre")).isEqualTo("oeuvre");
  }
}
