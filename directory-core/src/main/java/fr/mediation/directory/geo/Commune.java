package fr.mediation.directory.geo;

import java.util.List;
import java.util.Objects;

/**
 * An entry of the official list of French communes (INSEE's Code officiel géographique): a current
 * commune, a municipal arrondissement of Paris, Lyon or Marseille, or a former commune that lives
 * on as a commune déléguée or associée of a current one.
 *
 * @param insee the INSEE code ({@code 75115}, {@code 2A004}, {@code 97411}); a commune déléguée may
 *     share it with its current commune
 * @param name the official name ({@code Paris 15e Arrondissement}, {@code L'Haÿ-les-Roses})
 * @param postcodes the postcodes of a current commune or arrondissement, most often one; empty for
 *     a former commune (see its {@link #parentInsee() parent})
 * @param departement the département's code ({@code 75}, {@code 2A}, {@code 974})
 * @param region the région's code ({@code 11}, {@code 94}, {@code 04}; the collectivité's code
 *     overseas outside the régions)
 * @param population the legal population, or {@code null} where the reference has none (former
 *     communes)
 * @param latitude WGS 84 latitude of the commune's centre, {@link Double#NaN} when unknown
 * @param longitude WGS 84 longitude of the commune's centre, {@link Double#NaN} when unknown
 * @param kind what sort of entry this is
 * @param parentInsee the commune an arrondissement or a former commune belongs to, else {@code
 *     null}
 */
public record Commune(
    String insee,
    String name,
    List<String> postcodes,
    String departement,
    String region,
    Integer population,
    double latitude,
    double longitude,
    Kind kind,
    String parentInsee) {

  /** What sort of entry a {@link Commune} is. */
  public enum Kind {
    /** A current commune. */
    COMMUNE,
    /** One of the 45 municipal arrondissements of Paris, Lyon and Marseille. */
    ARRONDISSEMENT_MUNICIPAL,
    /** A former commune merged into a commune nouvelle, keeping a name and a mairie annexe. */
    COMMUNE_DELEGUEE,
    /** A former commune merged by "fusion-association" (before 2010). */
    COMMUNE_ASSOCIEE;

    /** Whether entries of this kind are current: a commune or a municipal arrondissement. */
    public boolean isCurrent() {
      return this == COMMUNE || this == ARRONDISSEMENT_MUNICIPAL;
    }
  }

  public Commune {
    Objects.requireNonNull(insee, "insee");
    Objects.requireNonNull(name, "name");
    postcodes = List.copyOf(postcodes);
    Objects.requireNonNull(departement, "departement");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(kind, "kind");
  }

  /** Whether the reference knows where the commune is. */
  public boolean hasPosition() {
    return !Double.isNaN(latitude) && !Double.isNaN(longitude);
  }

  /** Whether this is a current commune or a municipal arrondissement. */
  public boolean isCurrent() {
    return kind.isCurrent();
  }

  /**
   * The name to write in a venue's {@code commune} field: the official name, except for a municipal
   * arrondissement, whose commune is the city ({@code Paris}, with the arrondissement's INSEE code
   * {@code 75115}).
   */
  public String canonicalName() {
    if (kind == Kind.ARRONDISSEMENT_MUNICIPAL) {
      int space = name.indexOf(' ');
      return space > 0 ? name.substring(0, space) : name;
    }
    return name;
  }

  @Override
  public String toString() {
    return name + " (" + insee + ")";
  }
}
