package fr.mediation.directory.api.venue.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.search.Cursor;
import fr.mediation.directory.venue.search.VenueQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each converter with the values clients really send, and hostile ones. */
class ParameterConvertersTest {

  private static final String LONG = "9".repeat(5_000);

  /** The refusal of {@code call}: it names the parameter and the value, in French too. */
  private static InvalidParameterException refused(String name, Executable call) {
    InvalidParameterException e =
        catchThrowableOfType(
            InvalidParameterException.class,
            () -> {
              try {
                call.execute();
              } catch (RuntimeException | Error thrown) {
                throw thrown;
              } catch (Throwable other) {
                throw new AssertionError(other);
              }
            });
    assertThat(e).as("refused").isNotNull();
    assertThat(e.parameter()).isEqualTo(name);
    assertThat(e.messageFr()).startsWith(name + " ").doesNotContain("{");
    assertThat(e.getMessage()).startsWith(name + " ").doesNotContain("{");
    return e;
  }

  @Nested
  class Booleans {
    private final BooleanConverter c = BooleanConverter.BOOLEAN;

    @Test
    void trueFalseOneZeroOuiNonInAnyCase() {
      assertThat(c.convert("f", " TRUE ")).isTrue();
      assertThat(c.convert("f", "oui")).isTrue();
      assertThat(c.convert("f", "1")).isTrue();
      assertThat(c.convert("f", "Non")).isFalse();
      assertThat(c.convert("f", "", false)).isFalse();
      assertThat(c.convert("f", null, true)).isTrue();
    }

    @Test
    void anythingElseIsRefusedWithTheValue() {
      for (String bad : new String[] {"vrai", "true|false", "true,true", "ｔｒｕｅ", "yes", LONG}) {
        assertThat(refused("f", () -> c.convert("f", bad)).value()).isEqualTo(bad);
      }
    }
  }

  @Nested
  class Decimals {
    @Test
    void coordinatesWithinTheirBounds() {
      assertThat(DecimalConverter.LATITUDE.convert("lat", "-48.8566")).isEqualTo(-48.8566);
      assertThat(DecimalConverter.LONGITUDE.convert("lon", "+180")).isEqualTo(180);
      assertThat(refused("lat", () -> DecimalConverter.LATITUDE.convert("lat", "95")).messageFr())
          .isEqualTo("lat doit être un nombre entre -90 et 90.");
    }

    @Test
    void onlyPlainDecimalsWithADot() {
      for (String bad :
          new String[] {"48,85", "4.8e1", "NaN", "Infinity", "٤٨", "48.85|2.35", "", LONG}) {
        refused("lat", () -> DecimalConverter.LATITUDE.convert("lat", bad));
      }
    }

    @Test
    void aRadiusIsAboveZero() {
      assertThat(DecimalConverter.RADIUS_KM.convert("radius_km", "0.5")).isEqualTo(0.5);
      assertThat(
              refused("radius_km", () -> DecimalConverter.RADIUS_KM.convert("radius_km", "0"))
                  .messageFr())
          .isEqualTo("radius_km doit être un nombre supérieur à 0 et au plus 500.");
      refused("radius_km", () -> DecimalConverter.RADIUS_KM.convert("radius_km", "500.01"));
      refused("radius_km", () -> DecimalConverter.RADIUS_KM.convert("radius_km", "-1"));
    }
  }

  @Nested
  class Labels {
    private final LabelConverter<Service> c =
        new LabelConverter<>(Service.class, StandardField.SERVICES);

    @Test
    void codesOrLabelsRepeatedOrSplitAtCommasAndBars() {
      Set<Service> read =
          c.convertAll(
              "services",
              List.of(
                  "aide-aux-demarches-administratives|Accès internet et matériel informatique",
                  "aide-aux-demarches-administratives, ,"));
      assertThat(read)
          .containsExactly(
              Service.AIDE_AUX_DEMARCHES_ADMINISTRATIVES,
              Service.ACCES_INTERNET_ET_MATERIEL_INFORMATIQUE);
      assertThat(c.convertAll("services", List.of("", "|"))).isEmpty();
      assertThat(c.convertAll("services", null)).isEmpty();
    }

    @Test
    void anUnknownValueIsRefusedWithTheAcceptedCodes() {
      for (String bad : new String[] {"démarches", "aide\u0000", "💻", LONG}) {
        InvalidParameterException e = refused("services", () -> c.convert("services", bad));
        assertThat(e.value()).isEqualTo(bad);
        assertThat(e.messageFr()).contains("aide-aux-demarches-administratives");
      }
      refused(
          "frais_a_charge",
          () ->
              new LabelConverter<>(Fee.class, StandardField.FRAIS_A_CHARGE)
                  .convertAll("frais_a_charge", List.of("gratuit|chèque")));
    }
  }

  @Nested
  class Codes {
    @Test
    void communesByTheirShapeCorsicaIncluded() {
      assertThat(CodeConverter.COMMUNE.convertAll("code_insee", List.of("75056,2a004")))
          .containsExactly("75056", "2A004");
      for (String bad : new String[] {"7505", "750561", "2C004", "７５０５６", LONG}) {
        refused("code_insee", () -> CodeConverter.COMMUNE.convert("code_insee", bad));
      }
    }

    @Test
    void departementsAndRegionsAmongThoseThatExist() {
      assertThat(CodeConverter.DEPARTEMENT.convertAll("departement", List.of("2a|974")))
          .containsExactly("2A", "974");
      assertThat(CodeConverter.REGION.convert("region", "11")).isEqualTo("11");
      assertThat(
              refused("departement", () -> CodeConverter.DEPARTEMENT.convert("departement", "97"))
                  .messageFr())
          .contains("974");
      refused("region", () -> CodeConverter.REGION.convert("region", "Île-de-France"));
    }
  }

  @Nested
  class Boxes {
    @Test
    void westSouthEastNorth() {
      assertThat(BoxConverter.BOX.convert("bbox", "2.25,48.81,2.42,48.90"))
          .isEqualTo(new VenueQuery.BoundingBox(2.25, 48.81, 2.42, 48.90));
    }

    @Test
    void otherShapesAreRefused() {
      for (String bad :
          new String[] {
            "2.42,48.81,2.25,48.90",
            "2.25,48.81,2.42",
            "2.25,48.81,2.42,48.90,",
            "2.25|48.81|2.42|48.9",
            "a,b,c,d",
            LONG
          }) {
        refused("bbox", () -> BoxConverter.BOX.convert("bbox", bad));
      }
    }
  }

  @Nested
  class Texts {
    @Test
    void wordsAreStripped() {
      assertThat(TextConverter.TEXT.convert("q", "  médiathèque  ")).isEqualTo("médiathèque");
      assertThat(TextConverter.TEXT.convert("q", "  ", null)).isNull();
    }

    @Test
    void onlyStopWordsOrTooLongIsRefused() {
      refused("q", () -> TextConverter.TEXT.convert("q", "le de la ||"));
      InvalidParameterException tooLong =
          refused("q", () -> TextConverter.TEXT.convert("q", "é".repeat(201)));
      assertThat(tooLong.value()).hasSize(41);
    }
  }

  @Nested
  class Cursors {
    @Test
    void aCursorOfTheSameOrderIsKept() {
      String cursor = new Cursor("name", "mediatheque", "3f1c").encode();
      assertThat(new CursorConverter("name").convert("cursor", cursor)).isEqualTo(cursor);
    }

    @Test
    void anotherOrdersOrForgedCursorIsRefused() {
      String byId = new Cursor("id", "3f1c", null).encode();
      refused("cursor", () -> new CursorConverter("name").convert("cursor", byId));
      for (String bad : new String[] {"%%%", "Zm9v", "é", LONG}) {
        refused("cursor", () -> new CursorConverter("name").convert("cursor", bad));
      }
    }
  }

  @Nested
  class DateTimes {
    @Test
    void instantsNeedTheirOffset() {
      assertThat(InstantConverter.INSTANT.convert("updated_since", "2026-11-01T00:00:00Z"))
          .isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
      for (String bad : new String[] {"2026-11-01", "2026-11-01T00:00", "hier", LONG}) {
        refused("updated_since", () -> InstantConverter.INSTANT.convert("updated_since", bad));
      }
    }

    @Test
    void aDateTimeIsAnInstantWithAnOffsetAndWallClockTimeWithout() {
      assertThat(DateTimeConverter.DATE_TIME.convert("ouvert_le", "2026-11-28T10:00+01:00"))
          .isEqualTo(new DateTimeConverter.When(Instant.parse("2026-11-28T09:00:00Z"), null));
      assertThat(DateTimeConverter.DATE_TIME.convert("ouvert_le", "2026-11-28T10:00"))
          .isEqualTo(new DateTimeConverter.When(null, LocalDateTime.of(2026, 11, 28, 10, 0)));
      for (String bad : new String[] {"samedi 10h", "2026-02-30T10:00", "2026-11-28", LONG}) {
        refused("ouvert_le", () -> DateTimeConverter.DATE_TIME.convert("ouvert_le", bad));
      }
    }
  }
}
