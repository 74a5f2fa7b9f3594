package fr.mediation.directory.federation;

import fr.mediation.directory.venue.field.StandardField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one venue is composed from its listings in several sources. Listings are ranked freshest
 * first (their {@code date_maj}, then when the directory last saw them change). A single-valued
 * field takes the value of the freshest listing that has one; the address is taken whole from the
 * freshest listing; the position from the freshest listing whose source gave one, else the freshest
 * placed; list fields are the union of every listing's values. Listings not updated since {@code
 * freshSince} contribute only their identity (they still name the venue's sources), unless no
 * listing is fresher, in which case the freshest of them supplies the fields.
 */
public final class Composition {

  private Composition() {}

  /** The fields taken whole from one listing: the address. */
  static final Set<StandardField> ADDRESS =
      EnumSet.of(
          StandardField.ADRESSE,
          StandardField.COMPLEMENT_ADRESSE,
          StandardField.CODE_POSTAL,
          StandardField.COMMUNE,
          StandardField.CODE_INSEE);

  static final Set<StandardField> POSITION =
      EnumSet.of(StandardField.LATITUDE, StandardField.LONGITUDE);

  /**
   * One source's listing of the venue.
   *
   * @param hoursSource the hub's text of hours not read exactly (null when {@code horaires} says
   *     all)
   */
  public record Listing(
      String id,
      String source,
      String localId,
      LocalDate dateMaj,
      Instant updatedAt,
      String positionPrecision,
      Map<StandardField, String> row,
      String hoursSource) {}

  /** Where a field's value comes from. */
  public record Origin(String source, String localId, LocalDate dateMaj) {}

  /**
   * The composed venue: a standard row (without {@code id}), how precise its position is, and for
   * each field present the listings it comes from.
   */
  public record Composed(
      Map<StandardField, String> row,
      String positionPrecision,
      Map<StandardField, List<Origin>> provenance,
      String hoursSource) {}

  /** The freshest listing first. */
  public static final Comparator<Listing> FRESHEST_FIRST =
      Comparator.comparing(Listing::dateMaj, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Listing::updatedAt, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Listing::id);

  /**
   * Composes a venue from its published listings (at least one).
   *
   * @param freshSince listings with an older {@code date_maj} contribute only their identity
   */
  public static Composed compose(List<Listing> listings, LocalDate freshSince) {
    if (listings.isEmpty()) {
      throw new IllegalArgumentException("A venue needs at least one listing.");
    }
    List<Listing> ranked = new ArrayList<>(listings);
    ranked.sort(FRESHEST_FIRST);
    List<Listing> fresh =
        ranked.stream()
            .filter(l -> l.dateMaj() == null || !l.dateMaj().isBefore(freshSince))
            .toList();
    List<Listing> contributors = fresh.isEmpty() ? List.of(ranked.get(0)) : fresh;

    Map<StandardField, String> row = new EnumMap<>(StandardField.class);
    Map<StandardField, List<Origin>> provenance = new EnumMap<>(StandardField.class);

    Listing addressFrom = contributors.get(0);
    for (StandardField field : ADDRESS) {
      String value = addressFrom.row().get(field);
      if (value != null) {
        row.put(field, value);
        provenance.put(field, List.of(origin(addressFrom)));
      }
    }

    Listing placedBy =
        contributors.stream()
            .filter(l -> "SOURCE".equals(l.positionPrecision()) && placed(l))
            .findFirst()
            .orElseGet(
                () -> contributors.stream().filter(Composition::placed).findFirst().orElse(null));
    String positionPrecision = null;
    if (placedBy != null) {
      for (StandardField field : POSITION) {
        row.put(field, placedBy.row().get(field));
        provenance.put(field, List.of(origin(placedBy)));
      }
      positionPrecision = placedBy.positionPrecision();
    }

    String hoursSource = null;
    for (StandardField field : StandardField.inOrder()) {
      if (field == StandardField.ID || ADDRESS.contains(field) || POSITION.contains(field)) {
        continue;
      }
      if (field.isList()) {
        union(field, contributors, row, provenance);
      } else if (field == StandardField.PIVOT) {
        Listing from =
            contributors.stream()
                .filter(l -> Grouping.realPivot(l.row().get(field)))
                .findFirst()
                .orElse(contributors.get(0));
        row.put(field, from.row().get(field));
        provenance.put(field, List.of(origin(from)));
      } else if (field == StandardField.HORAIRES) {
        // The hours come whole with the hub's text when it could not be read exactly: the
        // freshest listing saying anything of its hours is not overruled by a staler one's.
        for (Listing l : contributors) {
          String value = l.row().get(field);
          boolean read = value != null && !value.isBlank();
          if (read || l.hoursSource() != null) {
            if (read) {
              row.put(field, value);
            }
            provenance.put(field, List.of(origin(l)));
            hoursSource = l.hoursSource();
            break;
          }
        }
      } else {
        for (Listing l : contributors) {
          String value = l.row().get(field);
          if (value != null && !value.isBlank()) {
            row.put(field, value);
            provenance.put(field, List.of(origin(l)));
            break;
          }
        }
      }
    }
    return new Composed(row, positionPrecision, provenance, hoursSource);
  }

  private static void union(
      StandardField field,
      List<Listing> contributors,
      Map<StandardField, String> row,
      Map<StandardField, List<Origin>> provenance) {
    Map<String, String> values = new LinkedHashMap<>();
    List<Origin> origins = new ArrayList<>();
    for (Listing l : contributors) {
      String joined = l.row().get(field);
      if (joined == null || joined.isBlank()) {
        continue;
      }
      origins.add(origin(l));
      for (String value : joined.split("\\|")) {
        String v = value.strip();
        if (!v.isEmpty()) {
          values.putIfAbsent(v.toLowerCase(Locale.ROOT), v);
        }
      }
    }
    if (!values.isEmpty()) {
      row.put(field, String.join("|", values.values()));
      provenance.put(field, List.copyOf(origins));
    }
  }

  private static boolean placed(Listing l) {
    return l.row().get(StandardField.LATITUDE) != null
        && l.row().get(StandardField.LONGITUDE) != null;
  }

  private static Origin origin(Listing l) {
    return new Origin(l.source(), l.localId(), l.dateMaj());
  }
}
