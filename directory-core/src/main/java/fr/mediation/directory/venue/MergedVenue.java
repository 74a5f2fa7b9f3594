package fr.mediation.directory.venue;

import fr.mediation.directory.federation.Composition;
import fr.mediation.directory.federation.Composition.Composed;
import fr.mediation.directory.federation.Composition.Listing;
import fr.mediation.directory.federation.Composition.Origin;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.hours.Closure;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringWriter;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * The venue citizens see: one place, merged from the listings ({@link Venue}) of every source that
 * publishes it, with the provenance of each field. Its id is stable: it does not change when a
 * listing is re-imported, added or removed. When two venues turn out to be one, the id of the
 * larger (or older) survives and the other redirects to it; when the last listing goes, the venue
 * is retired. Mapped to the table {@code merged_venue} and to the search index {@code venue}.
 */
@Entity
@Table(name = "merged_venue")
@Indexed(index = "venue")
public class MergedVenue extends VenueFields {

  private static final Logger LOG = Logger.getLogger(MergedVenue.class.getName());

  /** Looked up once: {@code Json.create...} looks the provider up again at every call. */
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Id
  @Column(length = 36)
  private String id;

  /** The venue this one was merged into; {@code null} while it stands on its own. */
  @Column(name = "redirect_to", length = 36)
  private String redirectTo;

  /** The keys of the sources publishing the venue, {@code |}-joined, in order. */
  @Column(name = "source_keys")
  private String sourceKeys;

  /** Per field, the listings its value comes from (JSON). */
  private String provenance;

  /** SHA-256 of the composed state, to leave an unchanged venue (and its index entry) alone. */
  private String fingerprint;

  /**
   * Temporary closures and exceptional hours recorded for the venue by a hub or the administrator
   * ({@link Closure#format}); indexed through {@link #closures()}.
   */
  @GenericField(name = "closures", searchable = Searchable.NO, projectable = Projectable.YES)
  private String closures;

  @Version private long version;

  protected MergedVenue() {
    // for JPA
  }

  /** A new merged venue with id {@code id}. */
  public MergedVenue(String id, Instant now) {
    this.id = id;
    setCreatedAt(now);
    setUpdatedAt(now);
  }

  @Override
  protected String standardId() {
    return id;
  }

  /**
   * Composes the venue from its published listings (at least one).
   *
   * @param freshSince listings not updated since contribute only their identity
   * @return whether anything changed
   */
  public boolean compose(List<Venue> listings, LocalDate freshSince, Instant now) {
    List<Listing> inputs = new ArrayList<>(listings.size());
    Map<String, Venue> byId = new java.util.HashMap<>();
    for (Venue v : listings) {
      inputs.add(
          new Listing(
              v.getId(),
              v.getSourceKey(),
              v.getLocalId(),
              v.getDateMaj(),
              v.getUpdatedAt(),
              v.getPositionPrecision(),
              v.toStandardRow(),
              v.getHorairesSource()));
      byId.put(v.getId(), v);
    }
    Composed composed = Composition.compose(inputs, freshSince);
    TreeSet<String> sources = new TreeSet<>();
    listings.forEach(v -> sources.add(v.getSourceKey()));
    String newSourceKeys = String.join("|", sources);
    String newProvenance = provenanceJson(composed.provenance());
    Map<StandardField, String> state = new EnumMap<>(composed.row());
    // The id field carries what the row lacks: the sources, the provenance, the precision.
    state.put(
        StandardField.ID,
        newSourceKeys
            + '\u001f'
            + newProvenance
            + '\u001f'
            + composed.positionPrecision()
            + '\u001f'
            + composed.hoursSource());
    String newFingerprint = Venue.fingerprint(state);
    boolean changed =
        !newFingerprint.equals(fingerprint) || getRetiredAt() != null || redirectTo != null;
    if (!changed) {
      return false;
    }
    if (listings.size() == 1) {
      copyFields(listings.get(0));
    } else {
      Map<StandardField, String> row = new EnumMap<>(composed.row());
      row.put(StandardField.ID, id);
      try {
        copyFields(VenueRecord.parse(row));
        setPositionPrecision(composed.positionPrecision());
        setHorairesSource(composed.hoursSource());
        // The parsed row carries no precision; positions keep their listing's.
      } catch (InvalidRowException e) {
        Venue freshest =
            byId.get(inputs.stream().sorted(Composition.FRESHEST_FIRST).findFirst().get().id());
        LOG.warning(
            () ->
                "Venue "
                    + id
                    + ": the merged fields do not form a valid row ("
                    + e.getMessage()
                    + "); the freshest listing's fields are used.");
        copyFields(freshest);
      }
    }
    sourceKeys = newSourceKeys;
    provenance = newProvenance;
    fingerprint = newFingerprint;
    redirectTo = null;
    setRetiredAt(null);
    setUpdatedAt(now);
    return true;
  }

  /** No source publishes the venue any more: it leaves the search, its id answers "gone". */
  public void retire(Instant now) {
    if (getRetiredAt() == null || redirectTo != null) {
      redirectTo = null;
      setRetiredAt(now);
      setUpdatedAt(now);
    }
  }

  /** The venue turned out to be {@code target}: it leaves the search, its id redirects there. */
  public void redirectTo(String target, Instant now) {
    if (!target.equals(redirectTo)) {
      redirectTo = target;
      setRetiredAt(now);
      setUpdatedAt(now);
    }
  }

  public String getId() {
    return id;
  }

  @Override
  public List<Closure> closures() {
    return Closure.parse(closures);
  }

  /** Replaces the venue's recorded closures with {@code list} (empty: none). */
  public void setClosures(List<Closure> list, Instant now) {
    String stored = Closure.format(list);
    if (!java.util.Objects.equals(stored, closures)) {
      closures = stored;
      setUpdatedAt(now);
    }
  }

  public String getRedirectTo() {
    return redirectTo;
  }

  /** The keys of the sources publishing the venue. */
  @KeywordField(name = "source_key")
  @IndexingDependency(
      derivedFrom =
          @org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath(
              @org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue(
                  propertyName = "sourceKeys")),
      reindexOnUpdate = ReindexOnUpdate.DEFAULT)
  public List<String> getSourceKeyList() {
    return sourceKeys == null || sourceKeys.isEmpty()
        ? List.of()
        : Arrays.asList(sourceKeys.split("\\|"));
  }

  /** For each field of the standard present, the listings its value comes from. */
  public Map<StandardField, List<Origin>> getProvenance() {
    return readProvenance(provenance);
  }

  /**
   * One listing a field's value comes from, as the provenance column stores it (JSON-B maps it; the
   * order and the explicit null keep the text venues already stored, part of their fingerprint).
   */
  @JsonbPropertyOrder({"source", "id", "dateMaj"})
  public record StoredOrigin(
      String source,
      String id,
      @JsonbProperty(value = "date_maj", nillable = true) LocalDate dateMaj) {}

  private static final Type STORED =
      new HashMap<String, List<StoredOrigin>>() {}.getClass().getGenericSuperclass();

  static Map<StandardField, List<Origin>> readProvenance(String json) {
    Map<StandardField, List<Origin>> origins = new EnumMap<>(StandardField.class);
    if (json == null) {
      return origins;
    }
    Map<String, List<StoredOrigin>> stored = JSONB.fromJson(json, STORED);
    stored.forEach(
        (key, list) ->
            StandardField.byKey(key)
                .ifPresent(
                    f ->
                        origins.put(
                            f,
                            list.stream()
                                .map(o -> new Origin(o.source(), o.id(), o.dateMaj()))
                                .toList())));
    return origins;
  }

  /**
   * The provenance as JSON: each field's key with its stored origins, in the text JSON-B wrote for
   * the map of {@link StoredOrigin} lists (the fingerprint of every stored venue depends on it).
   * Each distinct origin is written once by a JSON-P generator and its text repeated: most fields
   * of a venue come from the same listing, and JSON-B's reflection, then writing the same origin
   * for every field, cost an eighth, then a third, of a first import's composition. The standard's
   * keys are plain identifiers, written as they are.
   */
  static String provenanceJson(Map<StandardField, List<Origin>> provenance) {
    StringBuilder text = new StringBuilder(64 + 96 * provenance.size());
    Map<Origin, String> written = new HashMap<>();
    text.append('{');
    provenance.forEach(
        (field, origins) -> {
          if (text.length() > 1) {
            text.append(',');
          }
          text.append('"').append(field.key()).append("\":[");
          for (int i = 0; i < origins.size(); i++) {
            if (i > 0) {
              text.append(',');
            }
            text.append(written.computeIfAbsent(origins.get(i), MergedVenue::originJson));
          }
          text.append(']');
        });
    return text.append('}').toString();
  }

  /** One origin as JSON, as JSON-B wrote a {@link StoredOrigin}. */
  private static String originJson(Origin origin) {
    StringWriter text = new StringWriter(96);
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      if (origin.source() != null) {
        json.write("source", origin.source());
      }
      if (origin.localId() != null) {
        json.write("id", origin.localId());
      }
      if (origin.dateMaj() == null) {
        json.writeNull("date_maj");
      } else {
        json.write("date_maj", origin.dateMaj().toString());
      }
      json.writeEnd();
    }
    return text.toString();
  }

  private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());
}
