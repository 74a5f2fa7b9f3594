package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.ImportReport;
import fr.mediation.directory.feed.ImportSink;
import fr.mediation.directory.feed.SourceRow;
import fr.mediation.directory.feed.standard.StandardCsvReader;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.Venues;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.search.VenueHits;
import fr.mediation.directory.venue.search.VenueQuery;
import fr.mediation.directory.venue.search.VenueSearch;
import jakarta.inject.Inject;
import java.io.File;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, with the real CDI beans, JTA transactions, Hibernate ORM and Hibernate Search:
 * a standard CSV goes through the import sink and comes out of the search.
 */
@ExtendWith(ArquillianExtension.class)
class ImportInContainerIT {

  private static final String HEADER =
      String.join(",", StandardField.inOrder().stream().map(StandardField::key).toList());

  @Deployment
  static WebArchive deployment() throws URISyntaxException {
    File assertj =
        new File(
            org.assertj.core.api.Assertions.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    return ShrinkWrap.create(ZipImporter.class, "directory-web.war")
        .importFrom(new File("target/directory-web.war"))
        .as(WebArchive.class)
        .addClass(ImportInContainerIT.class)
        .addAsLibraries(assertj);
  }

  @Inject ImportSink sink;

  @Inject VenueSearch search;

  @Inject Venues venues;

  /** A row of the standard, in column order, with the given values of the main fields. */
  private static String row(
      String id, String pivot, String nom, String lat, String lon, String phone) {
    String[] values = new String[StandardField.inOrder().size()];
    java.util.Arrays.fill(values, "");
    values[StandardField.ID.ordinal()] = id;
    values[StandardField.PIVOT.ordinal()] = pivot;
    values[StandardField.NOM.ordinal()] = nom;
    values[StandardField.COMMUNE.ordinal()] = "Strasbourg";
    values[StandardField.CODE_POSTAL.ordinal()] = "67000";
    values[StandardField.CODE_INSEE.ordinal()] = "67482";
    values[StandardField.ADRESSE.ordinal()] = "1 place de l'Homme de Fer";
    values[StandardField.LATITUDE.ordinal()] = lat;
    values[StandardField.LONGITUDE.ordinal()] = lon;
    values[StandardField.TELEPHONE.ordinal()] = phone;
    values[StandardField.DATE_MAJ.ordinal()] = "2025-06-01";
    values[StandardField.SERVICES.ordinal()] = "Aide aux démarches administratives";
    values[StandardField.FRAIS_A_CHARGE.ordinal()] = "Gratuit";
    return String.join(",", java.util.Arrays.stream(values).map(v -> '"' + v + '"').toList());
  }

  private static List<SourceRow> csv(String... rows) {
    return StandardCsvReader.read(new StringReader(HEADER + "\n" + String.join("\n", rows)));
  }

  @Test
  void importsGoodRowsRejectsBadOnesAndFindsThemNearby() {
    String source = "arquillian-" + UUID.randomUUID();
    List<SourceRow> rows =
        csv(
            row(
                "a",
                "84288740800016",
                "Atelier numérique Kléber",
                "48.5833",
                "7.7458",
                "03 88 00 00 01"),
            row("b", "12345678901234", "Pivot faux", "48.58", "7.74", ""),
            row("c", "W672000001", "Cyber-espace Neudorf", "48.5702", "7.7621", ""));

    ImportReport report = sink.store(source, "sha-1", rows);

    assertThat(report.created()).isEqualTo(2);
    assertThat(report.rejected())
        .singleElement()
        .satisfies(
            rejected -> {
              assertThat(rejected.number()).isEqualTo(2);
              assertThat(rejected.errors())
                  .singleElement()
                  .satisfies(
                      e -> {
                        assertThat(e.field()).isEqualTo(StandardField.PIVOT);
                        assertThat(e.value()).isEqualTo("12345678901234");
                      });
            });
    Venue kleber = venues.find(source, "a").orElseThrow();
    assertThat(kleber.getTelephone()).isEqualTo("+33388000001");

    VenueHits hits =
        search.search(
            new VenueQuery(
                new VenueQuery.Near(48.5833, 7.7458, 3.0),
                "numérique",
                Set.of(),
                Set.of(),
                null,
                0,
                10));
    assertThat(hits.hits()).extracting(h -> h.venue().getId()).contains(kleber.getId());
    assertThat(hits.hits().getFirst().distanceKm()).isLessThan(0.01);
  }

  @Test
  void reimportingUnchangedRowsChangesNothingAndChangedRowsUpdateInPlace() {
    String source = "arquillian-" + UUID.randomUUID();
    String original =
        row("x", "84288740800016", "Espace numérique Orangerie", "48.5920", "7.7740", "");
    sink.store(source, "sha-1", csv(original));
    Venue before = venues.find(source, "x").orElseThrow();

    ImportReport again = sink.store(source, "sha-2", csv(original));
    ImportReport renamed =
        sink.store(
            source,
            "sha-3",
            csv(
                row(
                    "x",
                    "84288740800016",
                    "Espace numérique de l'Orangerie",
                    "48.5920",
                    "7.7740",
                    "")));

    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(again.created() + again.updated()).isZero();
    assertThat(renamed.updated()).isEqualTo(1);
    Venue after = venues.find(source, "x").orElseThrow();
    assertThat(after.getId()).isEqualTo(before.getId());
    assertThat(after.getNom()).isEqualTo("Espace numérique de l'Orangerie");
    VenueHits found =
        search.search(new VenueQuery(null, "orangerie", Set.of(), Set.of(), null, 0, 10));
    assertThat(found.hits()).extracting(h -> h.venue().getNom()).contains(after.getNom());
  }

  @Test
  void remembersWhichContentWasImported() {
    String source = "arquillian-" + UUID.randomUUID();
    assertThat(sink.alreadyImported(source, "sha-a")).isFalse();

    sink.store(
        source, "sha-a", csv(row("y", "84288740800016", "Point numérique", "48.6", "7.7", "")));

    assertThat(sink.alreadyImported(source, "sha-a")).isTrue();
    assertThat(sink.alreadyImported(source, "sha-b")).isFalse();
  }
}
