package fr.mediation.directory.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * La Poste's localities: the names it writes instead of the commune's for some places of a postcode
 * ("LES MILLES", 13290: Aix-en-Provence; "SAINTE CLOTILDE", 97490: Saint-Denis), which hubs copy
 * into their commune column. Built from the npm package {@code codes-postaux} into {@value
 * #RESOURCE} by directory-core's build; looked up by postcode and name key in a map.
 */
public final class Localities {

  /** Where the reference is on the classpath. */
  public static final String RESOURCE = "geo/localities.csv";

  /** One locality: its name as La Poste writes it, its postcode, its commune's INSEE code. */
  public record Locality(String name, String postcode, String insee) {}

  private static final Localities NONE = new Localities(List.of());

  private final Map<String, List<Locality>> byPostcodeAndKey = new HashMap<>();
  private final Map<String, List<Locality>> byKey = new HashMap<>();

  private Localities(List<Locality> localities) {
    for (Locality l : localities) {
      String key = CommuneNames.key(l.name());
      byPostcodeAndKey.computeIfAbsent(l.postcode() + '|' + key, k -> new ArrayList<>()).add(l);
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
    }
  }

  /** No locality at all. */
  public static Localities none() {
    return NONE;
  }

  /** The reference on the classpath, or none when it is absent (a build without it). */
  static Localities fromClasspath() {
    try (InputStream in = Localities.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return in == null ? NONE : load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + RESOURCE, e);
    }
  }

  /**
   * Reads localities in the format of {@value #RESOURCE}: {@code #} comment lines, a header, then
   * {@code postcode;insee;locality} rows.
   */
  public static Localities load(InputStream in) throws IOException {
    List<Locality> localities = new ArrayList<>();
    for (String line : ReferenceCsv.lines(in)) {
      String[] f = line.split(";", 3);
      if (f.length != 3) {
        throw new IOException("Expected postcode;insee;locality, got: " + line);
      }
      localities.add(new Locality(f[2].strip(), f[0].strip(), f[1].strip()));
    }
    return new Localities(localities);
  }

  /**
   * The locality named {@code name} in {@code postcode} (or, without a postcode, the only one so
   * named in France), when it designates one commune.
   */
  public Optional<Locality> find(String postcode, String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String key = CommuneNames.key(name);
    List<Locality> found =
        postcode == null
            ? byKey.getOrDefault(key, List.of())
            : byPostcodeAndKey.getOrDefault(postcode + '|' + key, List.of());
    return found.stream().map(Locality::insee).distinct().count() == 1
            && found.stream().map(Locality::postcode).distinct().count() == 1
        ? Optional.of(found.getFirst())
        : Optional.empty();
  }

  /** How many localities. */
  public int size() {
    return byPostcodeAndKey.size();
  }
}
