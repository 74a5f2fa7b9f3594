package fr.mediation.directory.geo;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link Communes#check(String, String, String)}: whether a postcode, an INSEE code
 * and a commune name agree, the commune they designate, and what was wrong, in English and French.
 *
 * @param status how the three fit together
 * @param commune the canonical commune they designate (a current commune, or the municipal
 *     arrondissement for Paris, Lyon and Marseille), or {@code null} when they designate none. When
 *     {@link Status#INCONSISTENT}, the one the name and postcode designate if they agree, else the
 *     one the INSEE code (and name) designate: a person should confirm it
 * @param warning what was corrected or is inconsistent, in English; {@code null} when consistent
 * @param warningFr the same in French
 * @param locality the name given when it was one of La Poste's localities of the commune ("Les
 *     Milles" for Aix-en-Provence), else {@code null}
 */
public record CommuneCheck(
    Status status, Commune commune, String warning, String warningFr, String locality) {

  /** A check whose name, if any, was a commune's, not a locality's. */
  public CommuneCheck(Status status, Commune commune, String warning, String warningFr) {
    this(status, commune, warning, warningFr, null);
  }

  /** How a postcode, an INSEE code and a commune name fit together. */
  public enum Status {
    /** They agree, and are written as the reference writes them (a missing INSEE code is fine). */
    CONSISTENT,
    /**
     * They designate one commune, but something was rewritten: a name respelt ("PARIS 15" as
     * "Paris"), the code of a former commune replaced by its current commune's, Paris's code
     * replaced by its arrondissement's.
     */
    CORRECTED,
    /** They contradict each other (postcode of another commune, code of another commune). */
    INCONSISTENT,
    /** They designate no commune, or not one only (unknown name, postcode shared by several). */
    UNKNOWN
  }

  public CommuneCheck {
    Objects.requireNonNull(status, "status");
  }

  /** Whether nothing needs changing. */
  public boolean isConsistent() {
    return status == Status.CONSISTENT;
  }

  /** The canonical commune, when the inputs designate one. */
  public Optional<Commune> proposal() {
    return Optional.ofNullable(commune);
  }

  /** The canonical commune's name ("Paris" for an arrondissement of Paris), else {@code null}. */
  public String canonicalName() {
    return commune == null ? null : commune.canonicalName();
  }

  /** The canonical commune's INSEE code ({@code 75115} for Paris 15e), else {@code null}. */
  public String inseeCode() {
    return commune == null ? null : commune.insee();
  }
}
