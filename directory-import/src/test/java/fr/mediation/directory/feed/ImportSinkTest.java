package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.mapping.FeedMappings;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.feed.mapping.MappingEngine;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.venue.Venue;
import jakarta.persistence.OptimisticLockException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the sink turns a file into the writer's transactions: rows staged chunk by chunk, unchanged
 * rows left out, repeated ids rejected, the venues the file lacks retired with the publication, and
 * a publication that met a concurrent write run again. The writer is replaced by one that records
 * what it is asked (the database's part is tested in directory-web).
 */
class ImportSinkTest {

  private static final String MAPPING =
      """
      mapping: 1
      format: csv
      csv: {delimiter: ";"}
      fields:
        id: id
        pivot: {value: "00000000000000"}
        nom: nom
        adresse: {value: 1 place des Arcades}
        code_postal: {value: "51200"}
        commune: {value: Épernay}
        date_maj: {value: "2024-01-01"}
      """;

  /** Records the chunks staged and the publication; knows the venues given to it. */
  static final class Writer extends ImportWriter {
    final Map<String, Known> stored = new HashMap<>();
    final List<List<Accepted>> chunks = new ArrayList<>();
    int publications;
    int failuresBeforePublishing;
    List<String> retired;
    int read;
    int accepted;
    int unchanged;
    List<RejectedRow> rejected;

    @Override
    public Map<String, Known> known(String sourceKey) {
      return stored;
    }

    @Override
    public void stage(long runId, List<Accepted> chunk) {
      chunks.add(List.copyOf(chunk));
    }

    @Override
    public ImportRun publish(
        long runId,
        String sourceKey,
        Map<String, Known> known,
        List<String> toRetire,
        int read,
        int accepted,
        int unchangedBefore,
        List<RejectedRow> rejected,
        List<WarnedRow> warned,
        Map<String, Integer> skipped,
        Instant now) {
      publications++;
      if (failuresBeforePublishing-- > 0) {
        // As the container reports it: the transaction's failure, caused by the lock conflict.
        throw new IllegalStateException(
            "rolled back", new OptimisticLockException("listing written meanwhile"));
      }
      this.retired = toRetire;
      this.read = read;
      this.accepted = accepted;
      this.unchanged = unchangedBefore;
      this.rejected = rejected;
      return new ImportRun(sourceKey, "sha", now);
    }

    List<String> stagedIds() {
      return chunks.stream().flatMap(List::stream).map(a -> a.record().id().value()).toList();
    }
  }

  private final Writer writer = new Writer();

  private ImportReport importing(String csv) {
    List<MappedRow> rows =
        MappingEngine.map(
            csv.getBytes(StandardCharsets.UTF_8),
            FeedMappings.read(new StringReader(MAPPING), "test"));
    ImportSink sink = new ImportSink();
    sink.writer = writer;
    return sink.store(new Source("hub", Instant.EPOCH), 1, rows::stream);
  }

  private static String file(int rows) {
    StringBuilder csv = new StringBuilder("id;nom\n");
    for (int i = 1; i <= rows; i++) {
      csv.append("EPN-").append(i).append(";Espace numérique de l'Île n° ").append(i).append('\n');
    }
    return csv.toString();
  }

  @Test
  void aLargeFileIsStagedInChunksOfFiveHundredRowsAndPublishedOnce() {
    importing(file(1201));

    assertThat(writer.chunks).extracting(List::size).containsExactly(500, 500, 201);
    assertThat(writer.publications).isEqualTo(1);
    assertThat(writer.read).isEqualTo(1201);
    assertThat(writer.accepted).isEqualTo(1201);
  }

  @Test
  void rowsWhoseFingerprintIsUnchangedAreNeitherStagedNorPublishedAgain() {
    importing(
        """
        id;nom
        A;Médiathèque d'Épernay
        B;Espace « Clic » <b>pour tous</b>
        C;Maison France Services
        """);
    for (ImportWriter.Accepted a : writer.chunks.get(0)) {
      writer.stored.put(
          a.record().id().value(),
          new ImportWriter.Known(Venue.fingerprint(a.standardRow()), false));
    }
    writer.chunks.clear();

    importing(
        """
        id;nom
        A;Médiathèque d'Épernay
        B;Espace « Clic » <b>pour tous</b>
        C;Maison France Services d'Épernay
        """);

    assertThat(writer.stagedIds()).containsExactly("C");
    assertThat(writer.unchanged).isEqualTo(2);
    assertThat(writer.retired).isEmpty();
  }

  @Test
  void aVenueRetiredEarlierAndSentAgainIsStagedEvenWithItsOldFingerprint() {
    importing("id;nom\nA;Médiathèque d'Épernay\n");
    ImportWriter.Accepted a = writer.chunks.get(0).get(0);
    writer.stored.put("A", new ImportWriter.Known(Venue.fingerprint(a.standardRow()), true));
    writer.chunks.clear();

    importing("id;nom\nA;Médiathèque d'Épernay\n");

    assertThat(writer.stagedIds()).containsExactly("A");
    assertThat(writer.unchanged).isZero();
  }

  @Test
  void aRowRepeatingAnIdIsRejectedWithTheNumberOfTheRowThatHasIt() {
    ImportReport report =
        importing(
            """
            id;nom
            A;Médiathèque d'Épernay
            A;L'autre médiathèque
            """);

    assertThat(writer.stagedIds()).containsExactly("A");
    assertThat(report.rejected()).hasSize(1);
    assertThat(report.rejected().get(0).number()).isEqualTo(2);
    assertThat(report.rejected().get(0).errors().get(0).frenchMessage())
        .endsWith("« A ». Identifiant déjà utilisé par la ligne 1 du fichier.");
  }

  @Test
  void venuesTheFileNoLongerHoldsAreRetiredWithThePublication() {
    for (String id : List.of("A", "B", "C", "D", "GONE")) {
      writer.stored.put(id, new ImportWriter.Known("old", false));
    }

    importing("id;nom\nA;a\nB;b\nC;c\nD;d\n");

    assertThat(writer.retired).containsExactly("GONE");
  }

  @Test
  void aPublicationThatMeetsAConcurrentWriteOfItsListingsIsRunAgain() {
    writer.failuresBeforePublishing = 1;

    ImportReport report = importing("id;nom\nA;Médiathèque d'Épernay\n");

    assertThat(writer.publications).isEqualTo(2);
    assertThat(report.sourceKey()).isEqualTo("hub");
  }
}
