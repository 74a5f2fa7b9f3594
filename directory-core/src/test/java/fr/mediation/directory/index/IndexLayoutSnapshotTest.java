package fr.mediation.directory.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venue;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index's layout (every field, its type and options) is the one recorded for the current
 * {@link IndexUpgrade#MAPPING_VERSION}: a mapping changed without a new version would leave
 * installed indexes unrebuilt, searching fields they do not have.
 */
class IndexLayoutSnapshotTest {

  private static final String SNAPSHOT = "index-layout.txt";

  @TempDir Path indexes;

  @Test
  void theLayoutIsTheOneRecordedForTheMappingVersion() throws IOException {
    String actual = layout();
    Path written = Path.of("target", SNAPSHOT);
    Files.createDirectories(written.getParent());
    Files.writeString(written, actual);

    String recorded;
    try (InputStream in = getClass().getResourceAsStream(SNAPSHOT)) {
      recorded = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String recordedVersion = recorded.lines().findFirst().orElse("");
    String version = versionLine();
    if (!recorded.equals(actual)) {
      if (recordedVersion.equals(version)) {
        fail(
            "The index layout changed while "
                + version
                + " did not: bump IndexUpgrade.MAPPING_VERSION and update the snapshot"
                + " src/test/resources/fr/mediation/directory/index/"
                + SNAPSHOT
                + " (the new layout is in "
                + written.toAbsolutePath()
                + ").");
      }
      fail(
          "IndexUpgrade.MAPPING_VERSION is now "
              + version
              + ": update the snapshot src/test/resources/fr/mediation/directory/index/"
              + SNAPSHOT
              + " with "
              + written.toAbsolutePath()
              + ".");
    }
    assertThat(actual).isEqualTo(recorded);
  }

  private static String versionLine() {
    return "mapping version " + IndexUpgrade.MAPPING_VERSION;
  }

  /** The layout of the venue index as the mapping builds it, one field a line, sorted. */
  private String layout() {
    try (EntityManagerFactory factory =
        new HibernatePersistenceConfiguration("index-layout")
            .managedClasses(Venue.class, MergedVenue.class)
            .jdbcUrl("jdbc:h2:mem:index-layout")
            .property("hibernate.search.backend.type", "lucene")
            .property("hibernate.search.backend.directory.root", indexes.toString())
            .property(
                "hibernate.search.backend.analysis.configurer",
                "class:fr.mediation.directory.venue.search.internal.BackendAnalysis")
            .property(
                "hibernate.search.mapping.configurer",
                "class:fr.mediation.directory.venue.search.internal.FieldIndexMapping")
            .property("hibernate.search.schema_management.strategy", "none")
            .createEntityManagerFactory()) {
      IndexDescriptor index =
          Search.mapping(factory).indexedEntity(MergedVenue.class).indexManager().descriptor();
      List<String> lines = new ArrayList<>();
      for (IndexFieldDescriptor field : index.staticFields()) {
        lines.add(describe(field));
      }
      lines.sort(null);
      StringBuilder text = new StringBuilder(versionLine()).append('\n');
      text.append("index ").append(index.hibernateSearchName()).append('\n');
      lines.forEach(line -> text.append(line).append('\n'));
      return text.toString();
    }
  }

  private static String describe(IndexFieldDescriptor field) {
    String multi = field.multiValued() ? " multi" : "";
    if (!field.isValueField()) {
      return field.absolutePath() + " object" + multi;
    }
    IndexValueFieldTypeDescriptor type = field.toValueField().type();
    return field.absolutePath()
        + " "
        + type.valueClass().getSimpleName()
        + multi
        + (type.searchable() ? " searchable" : "")
        + (type.projectable() ? " projectable" : "")
        + (type.sortable() ? " sortable" : "")
        + (type.aggregable() ? " aggregable" : "")
        + type.analyzerName().map(a -> " analyzer=" + a).orElse("")
        + type.normalizerName().map(n -> " normalizer=" + n).orElse("")
        + type.searchAnalyzerName().map(a -> " search-analyzer=" + a).orElse("");
  }
}
