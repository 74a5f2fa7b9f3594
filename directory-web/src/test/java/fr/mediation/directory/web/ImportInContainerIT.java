package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.mediation.directory.feed.FeedFormats;
import fr.mediation.directory.feed.FeedImporter;
import fr.mediation.directory.feed.HeldImports;
import fr.mediation.directory.feed.HeldRunConflictException;
import fr.mediation.directory.feed.ImportBusyException;
import fr.mediation.directory.feed.ImportReport;
import fr.mediation.directory.feed.ImportWriter;
import fr.mediation.directory.feed.RowMemo;
import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.ImportRun.Status;
import fr.mediation.directory.source.ImportRun.Trigger;
import fr.mediation.directory.source.NodeName;
import fr.mediation.directory.source.RunLeases;
import fr.mediation.directory.source.RunRecovery;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import fr.mediation.directory.source.StagedRowStore;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.Venues;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.search.VenueHit;
import fr.mediation.directory.venue.search.VenueHits;
import fr.mediation.directory.venue.search.VenueQuery;
import fr.mediation.directory.venue.search.VenueSearch;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, with the real CDI beans, JTA transactions, Hibernate ORM and Hibernate Search:
 * files of a source go through the importer and come out of the search, incrementally and safely.
 */
@ExtendWith(ArquillianExtension.class)
class ImportInContainerIT {

  private static final String HEADER =
      String.join(",", StandardField.inOrder().stream().map(StandardField::key).toList());

  @Deployment
  static WebArchive deployment() throws URISyntaxException {
    return ShrinkWrap.create(ZipImporter.class, "directory-web.war")
        .importFrom(new File("target/directory-web.war"))
        .as(WebArchive.class)
        .addClasses(ImportInContainerIT.class, InContainer.class)
        .addAsLibraries(InContainer.libraries());
  }

  @Inject FeedImporter importer;

  @Inject Sources sources;

  @Inject VenueSearch search;

  @Inject Venues venues;

  @Inject HeldImports held;

  @Inject ImportWriter writer;

  /** A new source of the standard's CSV, allowed to retire {@code maxRetireShare} per run. */
  private String newSource(double maxRetireShare) {
    String key = "arq-" + UUID.randomUUID().toString().substring(0, 8);
    Source source = new Source(key, Instant.now());
    source.describe(
        "Test",
        null,
        null,
        FeedFormats.STANDARD_V1_CSV,
        null,
        Source.Delivery.PUSH,
        null,
        null,
        maxRetireShare,
        Instant.now());
    sources.save(source);
    return key;
  }

  /** A row of the standard, in column order, with the given values of the main fields. */
  private static String row(String id, String pivot, String nom, String lat, String lon) {
    return row(id, pivot, nom, lat, lon, "Strasbourg", "67000", "67482");
  }

  /** A row in another commune: imports move a position far from its commune. */
  private static String row(
      String id,
      String pivot,
      String nom,
      String lat,
      String lon,
      String commune,
      String postcode,
      String insee) {
    String[] values = new String[StandardField.inOrder().size()];
    Arrays.fill(values, "");
    values[StandardField.ID.ordinal()] = id;
    values[StandardField.PIVOT.ordinal()] = pivot;
    values[StandardField.NOM.ordinal()] = nom;
    values[StandardField.COMMUNE.ordinal()] = commune;
    values[StandardField.CODE_POSTAL.ordinal()] = postcode;
    values[StandardField.CODE_INSEE.ordinal()] = insee;
    values[StandardField.ADRESSE.ordinal()] = "1 place de l'Homme de Fer";
    values[StandardField.LATITUDE.ordinal()] = lat;
    values[StandardField.LONGITUDE.ordinal()] = lon;
    values[StandardField.TELEPHONE.ordinal()] = "03 88 00 00 01";
    values[StandardField.DATE_MAJ.ordinal()] = "2025-06-01";
    values[StandardField.SERVICES.ordinal()] = "Aide aux démarches administratives";
    values[StandardField.FRAIS_A_CHARGE.ordinal()] = "Gratuit";
    return String.join(",", Arrays.stream(values).map(v -> '"' + v + '"').toList());
  }

  /** The one warning of {@code report}, on its one warned row. */
  private static FieldWarning onlyWarning(ImportReport report) {
    assertThat(report.warned()).hasSize(1);
    assertThat(report.warned().getFirst().warnings()).hasSize(1);
    return report.warned().getFirst().warnings().getFirst();
  }

  /** Imports a file of {@code rows} for {@code source}, as the administrator would. */
  private ImportReport importing(String source, String... rows) {
    return importer.importFile(source, csv(rows), Trigger.ADMIN);
  }

  private static byte[] csv(String... rows) {
    return (HEADER + "\n" + String.join("\n", rows)).getBytes(StandardCharsets.UTF_8);
  }

  private static final String SIRET = "84288740800016";

  /** A source's three médiathèques in Strasbourg, as rows of its file. */
  private static final String[] MEDIATHEQUES = {
    row("s1", SIRET, "Médiathèque Malraux", "48.5780", "7.7610"),
    row("s2", SIRET, "Médiathèque Meinau", "48.5550", "7.7530"),
    row("s3", SIRET, "Médiathèque Hautepierre", "48.5920", "7.6940")
  };

  private List<String> foundNear(double lat, double lon) {
    VenueHits hits =
        search.search(
            VenueQuery.builder().near(new VenueQuery.Near(lat, lon, 2.0)).page(0, 100).build());
    return hits.hits().stream().map(VenueHit::nom).toList();
  }

  @Test
  void nearestFirstPagesAreTheSameWhenTotalsAreOnlyCountedUpToAThreshold() {
    // 15 venues north of Aurillac, 450 m apart: the circles widen from 1 km.
    String source = newSource(0.3);
    String[] rows = new String[15];
    for (int i = 0; i < rows.length; i++) {
      rows[i] =
          row(
              "n" + i,
              SIRET,
              "Espace numérique du Cantal " + (i + 1),
              String.format(Locale.ROOT, "%.4f", 44.9264 + i * 0.004),
              "2.4397",
              "Aurillac",
              "15000",
              "15014");
    }
    assertThat(importing(source, rows).created()).isEqualTo(15);
    for (Double radius : Arrays.asList(null, 10.0, 0.6)) {
      for (int offset : new int[] {0, 5}) {
        VenueQuery query =
            VenueQuery.builder()
                .near(new VenueQuery.Near(44.9264, 2.4397, radius))
                .page(offset, 5)
                .build();
        VenueHits exact = search.search(query);
        VenueHits counted = search.search(query, 8);
        String what = "radius " + radius + ", offset " + offset;
        assertThat(exact.totalExact()).as(what).isTrue();
        assertThat(counted.hits())
            .as(what)
            .extracting(VenueHit::id)
            .isEqualTo(exact.hits().stream().map(VenueHit::id).toList());
        assertThat(counted.hits())
            .extracting(VenueHit::distanceKm)
            .isSorted()
            .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(radius == null ? 1e5 : radius));
        if (exact.total() > 8) {
          assertThat(counted.totalExact()).as(what).isFalse();
          assertThat(counted.total()).as(what).isBetween(8L, exact.total());
        } else {
          assertThat(counted.totalExact()).as(what).isTrue();
          assertThat(counted.total()).as(what).isEqualTo(exact.total());
        }
        assertThat(counted.nextCursor() != null).as(what).isEqualTo(exact.nextCursor() != null);
      }
    }
    VenueQuery tenKm =
        VenueQuery.builder().near(new VenueQuery.Near(44.9264, 2.4397, 10.0)).page(0, 5).build();
    assertThat(search.search(tenKm).total()).isEqualTo(15);
    assertThat(search.search(tenKm, 8).totalExact()).isFalse();
  }

  @Test
  void importsGoodRowsRejectsBadOnesAndFindsThemNearby() {
    String source = newSource(0.3);

    ImportReport report =
        importing(
            source,
            row("a", SIRET, "Atelier numérique Kléber", "48.5833", "7.7458"),
            row("b", "12345678901234", "Pivot faux", "48.58", "7.74"),
            row("c", "W672000001", "Cyber-espace Neudorf", "48.5702", "7.7621"));

    assertThat(report.status()).isEqualTo(Status.SUCCEEDED);
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
            VenueQuery.builder()
                .near(new VenueQuery.Near(48.5833, 7.7458, 3.0))
                .text("numérique")
                .page(0, 10)
                .build());
    assertThat(hits.hits()).extracting(VenueHit::id).contains(kleber.getId());
    assertThat(hits.hits().getFirst().distanceKm()).isLessThan(0.01);
  }

  @Test
  void everyMergedVenueOfAFileWrittenInSeveralChunksIsSearchableWhenItsImportIsComplete()
      throws Exception {
    String source = newSource(0.3);
    // 1,200 venues around Mende (where the sample has two): federation writes them in several
    // transactions, and only the last one waits for the index.
    String[] rows = new String[1200];
    for (int i = 0; i < rows.length; i++) {
      rows[i] =
          row(
              "m" + i,
              SIRET,
              "Espace numérique " + Integer.toString(i, 36) + " " + (char) ('a' + i % 26),
              String.format(Locale.ROOT, "%.5f", 44.5180 + (i / 40) * 0.0009),
              String.format(Locale.ROOT, "%.5f", 3.5006 + (i % 40) * 0.0012),
              "Mende",
              "48000",
              "48095");
    }

    VenueQuery aroundMende =
        VenueQuery.builder().near(new VenueQuery.Near(44.5180, 3.5006, 20.0)).page(0, 1).build();
    long before = search.search(aroundMende).total();

    assertThat(importing(source, rows).created()).isEqualTo(1200);

    long standing =
        count(
            "select count(distinct f.merged_id) from venue_federation f"
                + " join venue v on v.id = f.venue_id"
                + " where v.source_key = ? and v.retired_at is null"
                + " and f.federation_pending = false",
            source);
    assertThat(standing).isPositive();
    VenueHits found = search.search(aroundMende);
    assertThat(found.totalExact()).isTrue();
    assertThat(found.total() - before).isEqualTo(standing);
  }

  @Test
  void theSameFileTwiceIsUnchangedAndAChangedRowIsUpdatedInPlace() {
    String source = newSource(0.3);
    byte[] original = csv(row("x", SIRET, "Espace numérique Orangerie", "48.5920", "7.7740"));
    importer.importFile(source, original, Trigger.ADMIN);
    Venue before = venues.find(source, "x").orElseThrow();

    ImportReport again = importer.importFile(source, original, Trigger.ADMIN);
    ImportReport renamed =
        importing(source, row("x", SIRET, "Espace numérique de l'Orangerie", "48.5920", "7.7740"));

    assertThat(again.status()).isEqualTo(Status.UNCHANGED);
    assertThat(renamed.updated()).isEqualTo(1);
    Venue after = venues.find(source, "x").orElseThrow();
    assertThat(after.getId()).isEqualTo(before.getId());
    assertThat(after.getNom()).isEqualTo("Espace numérique de l'Orangerie");
    assertThat(foundNear(48.5920, 7.7740)).contains("Espace numérique de l'Orangerie");
  }

  @Test
  void aPublishedRunsStagedRowsAreDeletedAfterItsCommitAndItsVenuesStay() {
    String source = newSource(0.3);
    ImportReport report = importing(source, MEDIATHEQUES);

    assertThat(report.created()).isEqualTo(MEDIATHEQUES.length);
    await().atMost(Duration.ofSeconds(60)).until(() -> stagedRows(report.runId()) == 0);
    assertThat(venues.find(source, "s1")).isPresent();
  }

  @Inject StagedRowStore stagedRowStore;

  @Test
  void stagedRowsLeftByAPublishedRunAreFoundAndDeletedAtTheNextStart() throws Exception {
    String source = newSource(0.3);
    long published = importing(source, MEDIATHEQUES).runId();
    await().atMost(Duration.ofSeconds(60)).until(() -> stagedRows(published) == 0);
    // As if the server had stopped before its background deletion.
    stage(published, 1);
    assertThat(stagedRowStore.concludedRunsWithStagedRows()).contains(published);

    recovery.recover(Instant.now());

    await().atMost(Duration.ofSeconds(60)).until(() -> stagedRows(published) == 0);
    assertThat(stagedRowStore.concludedRunsWithStagedRows()).doesNotContain(published);
  }

  @Test
  void unchangedRowsOfANewFileAreNotRewritten() {
    String source = newSource(0.3);
    String unchanged = row("p", SIRET, "Point numérique Gare", "48.5850", "7.7350");
    importing(source, unchanged, row("q", SIRET, "Point numérique Musau", "48.5710", "7.7560"));
    Instant updated = venues.find(source, "p").orElseThrow().getUpdatedAt();

    ImportReport report =
        importing(
            source, unchanged, row("q", SIRET, "Point numérique du Musau", "48.5710", "7.7560"));

    assertThat(report.unchanged()).isEqualTo(1);
    assertThat(report.updated()).isEqualTo(1);
    assertThat(venues.find(source, "p").orElseThrow().getUpdatedAt()).isEqualTo(updated);
  }

  @Test
  void aFileSentAgainReportsTheWarningsItsRowsRaisedWithoutPreparingThemAgain() {
    String source = newSource(0.3);
    String[] rows = {
      row("m1", SIRET, "Médiathèque Malraux", "48.5780", "7.7610")
          .replace("\"03 88 00 00 01\"", "\"appelez-nous\""),
      row("m2", SIRET, "Médiathèque de Sélestat", "", "")
          .replace("\"Strasbourg\"", "\"SELESTAT\"")
          .replace("\"67000\"", "\"67600\"")
          .replace("\"67482\"", "\"\""),
      row("m3", SIRET, "Médiathèque Meinau", "48.5550", "7.7530")
    };
    ImportReport first = importing(source, rows);
    assertThat(first.warned()).hasSize(2);
    assertThat(writer.memos(source)).containsOnlyKeys("m1", "m2", "m3");
    // The same file again is not read at all: the next one differs by a row.
    String renamed = row("m3", SIRET, "Médiathèque de la Meinau", "48.5550", "7.7530");

    ImportReport again = importing(source, rows[0], rows[1], renamed);

    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(again.updated()).isEqualTo(1);
    assertThat(again.warned()).isEqualTo(first.warned());
    // What m1 prepared into, its warnings told otherwise: a row prepared again would not say this.
    RowMemo m1 = writer.memos(source).get("m1");
    FieldWarning told = new FieldWarning(StandardField.TELEPHONE, "appelez-nous", "Told.", "Dit.");
    writer.remember(
        source,
        List.of(new RowMemo("m1", m1.digest(), m1.fingerprint(), List.of(told))),
        "m1"::equals);
    assertThat(importing(source, rows).warned().getFirst().warnings()).containsExactly(told);
  }

  @Test
  void aHubDroppingMoreVenuesThanAPageRetiresEachOfThem() {
    String source = newSource(1.0);
    String[] rows = new String[451];
    for (int i = 0; i < rows.length; i++) {
      // Far enough apart that each stays its own merged venue.
      rows[i] =
          row(
              "d" + i,
              "00000000000000",
              "Point numérique n° " + i,
              String.format(Locale.ROOT, "%.4f", 48.50 + i * 0.001),
              "7.7500");
    }
    importing(source, rows);

    ImportReport report = importing(source, rows[450]);

    assertThat(report.retired()).isEqualTo(450);
    assertThat(sources.activeVenues(source)).isEqualTo(1);
    assertThat(venues.find(source, "d0").orElseThrow().getRetiredAt()).isNotNull();
    assertThat(venues.find(source, "d449").orElseThrow().getRetiredAt()).isNotNull();
    assertThat(venues.find(source, "d450").orElseThrow().getRetiredAt()).isNull();
  }

  @Test
  void venuesMissingFromTheFileAreRetiredNotDeleted() {
    String source = newSource(0.5);
    String contades = row("r1", SIRET, "Relais numérique Contades", "48.5890", "7.7530");
    String krutenau = row("r2", SIRET, "Relais numérique Krutenau", "48.5790", "7.7590");
    importing(
        source,
        contades,
        krutenau,
        row("r3", SIRET, "Relais numérique Esplanade", "48.5780", "7.7700"));

    ImportReport report = importing(source, contades, krutenau);

    assertThat(report.retired()).isEqualTo(1);
    Venue retired = venues.find(source, "r3").orElseThrow();
    assertThat(retired.getRetiredAt()).isNotNull();
    assertThat(retired.getNom()).isEqualTo("Relais numérique Esplanade");
    assertThat(foundNear(48.5780, 7.7700))
        .contains("Relais numérique Krutenau")
        .doesNotContain("Relais numérique Esplanade");
    assertThat(sources.activeVenues(source)).isEqualTo(2);
  }

  @Test
  void aShrunkenFileIsHeldAndChangesNothing() {
    String source = newSource(0.3);
    importing(source, MEDIATHEQUES);

    ImportReport report =
        importing(source, row("s1", SIRET, "Médiathèque André Malraux", "48.5780", "7.7610"));

    assertThat(report.status()).isEqualTo(Status.HELD);
    assertThat(report.messageFr()).contains("2 des 3 lieux", "Rien n'a été modifié");
    assertThat(sources.activeVenues(source)).isEqualTo(3);
    assertThat(venues.find(source, "s1").orElseThrow().getNom()).isEqualTo("Médiathèque Malraux");
  }

  /** A source of three médiathèques, then a file of one of them, changed: held. */
  private ImportReport heldShrink(String source) {
    importing(source, MEDIATHEQUES);
    ImportReport report =
        importing(
            source,
            row("s1", SIRET, "Médiathèque André Malraux", "48.5780", "7.7610"),
            row("s4", SIRET, "Médiathèque Neudorf", "48.5700", "7.7650"));
    assertThat(report.status()).isEqualTo(Status.HELD);
    return report;
  }

  @Test
  void aHeldRunShowsWhatItWouldRetireAndItsReleasePublishesExactlyIt() {
    String source = newSource(0.3);
    long run = heldShrink(source).runId();

    HeldImports.Review review = held.review(source, run, 100, 0).orElseThrow();
    assertThat(review.releasable()).isTrue();
    assertThat(review.active()).isEqualTo(3);
    assertThat(review.retiringCount()).isEqualTo(2);
    assertThat(review.retiringShare())
        .isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(review.retiring())
        .extracting(HeldImports.Retiring::nom)
        .containsExactly("Médiathèque Hautepierre", "Médiathèque Meinau");
    assertThat(review.creating()).isEqualTo(1);
    assertThat(review.updating()).isEqualTo(1);

    held.release(source, run);

    assertThat(sources.run(source, run).orElseThrow().getStatus()).isEqualTo(Status.SUCCEEDED);
    assertThat(sources.activeVenues(source)).isEqualTo(2);
    assertThat(venues.find(source, "s1").orElseThrow().getNom())
        .isEqualTo("Médiathèque André Malraux");
    assertThat(venues.find(source, "s4")).isPresent();
    assertThat(venues.find(source, "s2").orElseThrow().getRetiredAt()).isNotNull();
    assertThat(held.review(source, run, 100, 0).orElseThrow().retiringCount()).isZero();
    assertThatThrownBy(() -> held.release(source, run))
        .isInstanceOf(HeldRunConflictException.class)
        .extracting(e -> ((HeldRunConflictException) e).messageFr())
        .asString()
        .contains("déjà été publié");
  }

  @Test
  void aDiscardedHeldRunLeavesNothingStagedAndChangesNothing() {
    String source = newSource(0.3);
    long run = heldShrink(source).runId();

    held.discard(source, run);

    HeldImports.Review review = held.review(source, run, 100, 0).orElseThrow();
    assertThat(review.run().getStatus()).isEqualTo(Status.DISCARDED);
    assertThat(review.retiringCount()).isZero();
    assertThat(review.creating() + review.updating()).isZero();
    assertThat(review.releasable()).isFalse();
    assertThat(sources.activeVenues(source)).isEqualTo(3);
    assertThat(venues.find(source, "s4")).isEmpty();
    assertThatThrownBy(() -> held.release(source, run))
        .isInstanceOf(HeldRunConflictException.class);
  }

  @Test
  void aHeldRunIsNotReleasedOnceANewerRunWasPublished() {
    String source = newSource(0.3);
    long run = heldShrink(source).runId();
    ImportReport newer =
        importing(
            source,
            MEDIATHEQUES[0],
            MEDIATHEQUES[1],
            row("s3", SIRET, "Médiathèque de Hautepierre", "48.5920", "7.6940"));
    assertThat(newer.status()).isEqualTo(Status.SUCCEEDED);

    assertThat(held.review(source, run, 100, 0).orElseThrow().refusal())
        .get()
        .asString()
        .contains("n° " + newer.runId() + " de la source a été publié");
    assertThatThrownBy(() -> held.release(source, run))
        .isInstanceOf(HeldRunConflictException.class)
        .extracting(e -> ((HeldRunConflictException) e).messageFr())
        .asString()
        .contains("n° " + newer.runId());
    assertThat(sources.activeVenues(source)).isEqualTo(3);
    assertThat(venues.find(source, "s4")).isEmpty();
  }

  @Test
  void aRowThatBecomesInvalidKeepsItsLastGoodVersion() {
    String source = newSource(0.3);
    importing(source, row("k", SIRET, "Cyber-base Cronenbourg", "48.5960", "7.7250"));

    ImportReport report =
        importing(source, row("k", "1234", "Cyber-base Cronenbourg", "48.5960", "7.7250"));

    assertThat(report.rejected()).hasSize(1);
    assertThat(report.retired()).isZero();
    assertThat(venues.find(source, "k").orElseThrow().getRetiredAt()).isNull();
    assertThat(foundNear(48.5960, 7.7250)).contains("Cyber-base Cronenbourg");
  }

  @Test
  void anInvalidOptionalValueIsLeftOutWithAWarningAndTheVenueKept() {
    String source = newSource(0.3);
    String row = row("w", SIRET, "Tiers-lieu La Plage", "48.5720", "7.8010");

    ImportReport report = importing(source, row.replace("\"03 88 00 00 01\"", "\"appelez-nous\""));

    assertThat(report.rejected()).isEmpty();
    assertThat(report.created()).isEqualTo(1);
    FieldWarning warning = onlyWarning(report);
    assertThat(warning.field()).isEqualTo(StandardField.TELEPHONE);
    assertThat(warning.value()).isEqualTo("appelez-nous");
    assertThat(warning.messageFr()).contains("le lieu est conservé");
    assertThat(venues.find(source, "w").orElseThrow().getTelephone()).isNull();
  }

  @Test
  void aVenueWithoutCoordinatesIsPlacedInItsCommuneAndItsCommuneWrittenAsTheReferenceDoes() {
    String source = newSource(0.3);
    String row =
        row("g", SIRET, "Médiathèque de Sélestat", "", "")
            .replace("\"Strasbourg\"", "\"SELESTAT\"")
            .replace("\"67000\"", "\"67600\"")
            .replace("\"67482\"", "\"\"");

    ImportReport report = importing(source, row);

    assertThat(report.created()).isEqualTo(1);
    Venue venue = venues.find(source, "g").orElseThrow();
    assertThat(venue.getCommune()).isEqualTo("Sélestat");
    assertThat(venue.getCodeInsee()).isEqualTo("67462");
    assertThat(venue.getPositionPrecision()).isEqualTo("COMMUNE");
    assertThat(venue.getLatitude()).isBetween(48.20, 48.30);
    assertThat(venue.getLongitude()).isBetween(7.40, 7.50);
    assertThat(report.warned())
        .singleElement()
        .satisfies(
            w ->
                assertThat(w.warnings())
                    .extracting(warning -> warning.field())
                    .contains(StandardField.LATITUDE));
  }

  @Test
  void aPostcodeOfAnotherCommuneIsReportedAndTheSourcesValuesKept() {
    String source = newSource(0.3);
    String row =
        row("h", SIRET, "Espace numérique", "48.5833", "7.7458").replace("\"67000\"", "\"33000\"");

    ImportReport report = importing(source, row);

    assertThat(report.created()).isEqualTo(1);
    assertThat(venues.find(source, "h").orElseThrow().getCodePostal()).isEqualTo("33000");
    assertThat(venues.find(source, "h").orElseThrow().getPositionPrecision()).isEqualTo("SOURCE");
    assertThat(onlyWarning(report).field()).isEqualTo(StandardField.CODE_POSTAL);
  }

  @Test
  void anUnreadableFileFailsAndChangesNothing() {
    String source = newSource(0.3);
    importing(source, row("u", SIRET, "Espace Port du Rhin", "48.5750", "7.7950"));

    ImportReport report =
        importer.importFile(
            source, "nom;ville\nfoo;bar\n".getBytes(StandardCharsets.UTF_8), Trigger.ADMIN);

    assertThat(report.status()).isEqualTo(Status.FAILED);
    assertThat(report.messageFr()).contains("rien n'a été modifié");
    assertThat(sources.activeVenues(source)).isEqualTo(1);
  }

  @Test
  void aFileUnreadableHalfwayPublishesNothingAndItsStagedRowsAreDeleted() throws Exception {
    String source = newSource(0.3);
    importing(source, row("u", SIRET, "Espace Port du Rhin", "48.5750", "7.7950"));
    // 1,200 good rows (two chunks staged), then a quote never closed.
    String[] rows = new String[1201];
    for (int i = 0; i < 1200; i++) {
      rows[i] = row("h" + i, SIRET, "Point numérique n° " + i, "48.5750", "7.7950");
    }
    rows[1200] = "\"h-broken,\"Quai des Bateliers";

    ImportReport report = importer.importFile(source, csv(rows), Trigger.ADMIN);

    assertThat(report.status()).isEqualTo(Status.FAILED);
    assertThat(report.messageFr()).contains("rien n'a été modifié");
    assertThat(sources.activeVenues(source)).isEqualTo(1);
    await().atMost(Duration.ofSeconds(60)).until(() -> stagedRows(report.runId()) == 0);
  }

  @Test
  void aFileWithLatin1BytesHalfwayIsRefusedNamingTheLinePublishesNothingAndKeepsNoStagedRow()
      throws Exception {
    String source = newSource(0.3);
    importing(source, row("u", SIRET, "Espace Port du Rhin", "48.5750", "7.7950"));
    // 1,200 good rows in UTF-8 (two chunks staged), then a row saved in Latin-1.
    String[] rows = new String[1200];
    for (int i = 0; i < 1200; i++) {
      rows[i] = row("h" + i, SIRET, "Point numérique n° " + i, "48.5750", "7.7950");
    }
    byte[] utf8 = csv(rows);
    byte[] latin1 =
        ("\n" + row("h-latin1", SIRET, "Médiathèque", "48.5750", "7.7950"))
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] file = java.util.Arrays.copyOf(utf8, utf8.length + latin1.length);
    System.arraycopy(latin1, 0, file, utf8.length, latin1.length);

    ImportReport report = importer.importFile(source, file, Trigger.ADMIN);

    assertThat(report.status()).isEqualTo(Status.FAILED);
    assertThat(report.messageFr())
        .contains("rien n'a été modifié", "pas en UTF-8", "la ligne 1202 contient les octets E9");
    assertThat(sources.activeVenues(source)).isEqualTo(1);
    await().atMost(Duration.ofSeconds(60)).until(() -> stagedRows(report.runId()) == 0);
  }

  @Inject RunLeases leases;

  /**
   * A run of {@code source} left running by {@code node} at {@code startedAt}, with a staged row.
   */
  private long runLeftBy(String source, String node, Instant startedAt) throws Exception {
    try (Connection db = database().getConnection();
        PreparedStatement run =
            db.prepareStatement(
                "insert into import_run (source_key, content_sha256, started_at, rows_read,"
                    + " rows_accepted, rows_rejected, status, message, message_fr, trigger_kind,"
                    + " active_source, node, heartbeat_at)"
                    + " values (?, 'sha', ?, 0, 0, 0, 'RUNNING', 'Running.', 'En cours.', 'PUSH',"
                    + " ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      run.setString(1, source);
      run.setObject(2, startedAt.atOffset(ZoneOffset.UTC));
      run.setString(3, source);
      run.setString(4, node);
      run.setObject(5, startedAt.atOffset(ZoneOffset.UTC));
      run.executeUpdate();
      long id;
      try (ResultSet keys = run.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
      try (PreparedStatement staged =
          db.prepareStatement(
              "insert into import_staged_row (run_id, row_number, local_id, standard_row)"
                  + " values (?, 1, 's1', '{}')")) {
        staged.setLong(1, id);
        staged.executeUpdate();
      }
      return id;
    }
  }

  private static DataSource database() throws NamingException {
    return InitialContext.doLookup("jdbc/directory");
  }

  private ImportRun run(String source, long id) {
    return sources.run(source, id).orElseThrow();
  }

  private long stagedRows(long runId) throws Exception {
    return count("select count(*) from import_staged_row where run_id = ?", runId);
  }

  /** The number {@code sql} counts, its one parameter being {@code parameter}. */
  private static long count(String sql, Object parameter) throws Exception {
    try (Connection db = database().getConnection();
        PreparedStatement count = db.prepareStatement(sql)) {
      count.setObject(1, parameter);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  @Test
  void aRunOfANodeThatNeverComesBackIsInterruptedOnceItsLeaseIsOver() throws Exception {
    String source = newSource(0.3);
    // Fixed instants from now on: the node's own scheduled beats (real clock) find this run in
    // its lease throughout the test.
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    long dead = runLeftBy(source, "dead-node:/srv/directory", started);
    Duration lease = leases.lease();

    // Within the lease the run holds its source: a push is refused.
    assertThat(leases.beat(started.plus(lease).minusSeconds(1))).doesNotContain(dead);
    assertThat(run(source, dead).getStatus()).isEqualTo(Status.RUNNING);
    assertThatThrownBy(
            () -> importing(source, row("l", SIRET, "Espace Krutenau", "48.5790", "7.7600")))
        .isInstanceOf(ImportBusyException.class);

    // Past it, any node concludes it as interrupted, deletes its staged rows, frees the source.
    assertThat(leases.beat(started.plus(lease).plusSeconds(1))).contains(dead);
    ImportRun interrupted = run(source, dead);
    assertThat(interrupted.getStatus()).isEqualTo(Status.INTERRUPTED);
    assertThat(interrupted.getMessageFr()).startsWith("Import interrompu");
    assertThat(interrupted.getFinishedAt()).isEqualTo(started.plus(lease).plusSeconds(1));
    assertThat(sources.runningRun(source)).isEmpty();
    // Its staged rows are deleted in the background, after the lease's transaction.
    await().atMost(Duration.ofSeconds(60)).until(() -> stagedRows(dead) == 0);
    assertThat(
            importer
                .importFile(
                    source,
                    csv(row("l", SIRET, "Espace Krutenau", "48.5790", "7.7600")),
                    Trigger.ADMIN)
                .status())
        .isEqualTo(Status.SUCCEEDED);
  }

  @Test
  void aNodeThatBeatsKeepsItsRunsAndThisNodeNeverInterruptsItsOwn() throws Exception {
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Duration lease = leases.lease();
    String sourceB = newSource(0.3);
    String sourceOwn = newSource(0.3);
    long alive = runLeftBy(sourceB, "node-b:/srv/directory", started);
    long own = runLeftBy(sourceOwn, NodeName.current(), started);

    // Node B beats just before this node looks: its run is not silent.
    Instant later = started.plus(lease).plusSeconds(10);
    sources.heartbeat("node-b:/srv/directory", later.minusSeconds(20));
    assertThat(leases.beat(later)).doesNotContain(alive, own);

    assertThat(run(sourceB, alive).getStatus()).isEqualTo(Status.RUNNING);
    assertThat(run(sourceB, alive).getHeartbeatAt()).isEqualTo(later.minusSeconds(20));
    // This node's beat refreshed its own run.
    assertThat(run(sourceOwn, own).getStatus()).isEqualTo(Status.RUNNING);
    assertThat(run(sourceOwn, own).getHeartbeatAt()).isAfter(started);
    assertThat(stagedRows(alive)).isEqualTo(1);

    // Leave nothing running for the other tests.
    sources.interruptRunsLeftBy("node-b:/srv/directory", later);
    sources.interruptRunsLeftBy(NodeName.current(), later);
  }

  @Inject RunRecovery recovery;

  @Test
  void aRestartFreesTheSourceOfItsRunAtOnceWhileTheRunsStagedRowsAreStillBeingDeleted()
      throws Exception {
    String source = newSource(0.3);
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    long left = runLeftBy(source, NodeName.current(), started);
    // Another transaction holds the run's staged row: deleting it has to wait until it ends.
    try (Connection holder = database().getConnection()) {
      holder.setAutoCommit(false);
      try (PreparedStatement lock =
          holder.prepareStatement(
              "update import_staged_row set local_id = local_id where run_id = ?")) {
        lock.setLong(1, left);
        assertThat(lock.executeUpdate()).isEqualTo(1);
      }

      assertThat(recovery.recover(started.plusSeconds(1)))
          .extracting(ImportRun::getId)
          .contains(left);

      ImportRun interrupted = run(source, left);
      assertThat(interrupted.getStatus()).isEqualTo(Status.INTERRUPTED);
      assertThat(interrupted.getMessageFr())
          .startsWith("Import interrompu")
          .contains("Rien n'a été modifié");
      assertThat(importing(source, row("r", SIRET, "Espace Neudorf", "48.5700", "7.7600")).status())
          .as("the source is free again before the old run's rows are deleted")
          .isEqualTo(Status.SUCCEEDED);
      assertThat(stagedRows(left)).isEqualTo(1);
      holder.rollback();
    }
    Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> stagedRows(left) == 0);
    assertThat(sources.activeVenues(source)).isEqualTo(1);
  }

  @Test
  void theStagedRowsAnInterruptedRunStillHasAreDeletedAtTheNextStartButNotThoseOfANewerRun()
      throws Exception {
    String source = newSource(0.3);
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    // A run interrupted before (its node died while deleting its rows), with rows of several
    // batches left, and a newer run of the same source, still staging on another node.
    long cutShort = runLeftBy(source, "node-c:/srv/directory", started);
    stage(cutShort, 2_500);
    try (Connection db = database().getConnection();
        PreparedStatement conclude =
            db.prepareStatement(
                "update import_run set status = 'INTERRUPTED', active_source = null where id = ?")) {
      conclude.setLong(1, cutShort);
      conclude.executeUpdate();
    }
    long newer = runLeftBy(source, "node-c:/srv/directory", started.plusSeconds(2));

    recovery.recover(started.plusSeconds(3));

    Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> stagedRows(cutShort) == 0);
    assertThat(run(source, newer).getStatus()).isEqualTo(Status.RUNNING);
    assertThat(stagedRows(newer)).isEqualTo(1);
    sources.interruptRunsLeftBy("node-c:/srv/directory", started.plusSeconds(4));
  }

  /** Stages {@code rows} more rows for run {@code runId}, after its first. */
  private static void stage(long runId, int rows) throws Exception {
    try (Connection db = database().getConnection();
        PreparedStatement staged =
            db.prepareStatement(
                "insert into import_staged_row (run_id, row_number, local_id, standard_row)"
                    + " values (?, ?, ?, '{}')")) {
      for (int row = 2; row < rows + 2; row++) {
        staged.setLong(1, runId);
        staged.setInt(2, row);
        staged.setString(3, "s" + row);
        staged.addBatch();
      }
      staged.executeBatch();
    }
  }
}
