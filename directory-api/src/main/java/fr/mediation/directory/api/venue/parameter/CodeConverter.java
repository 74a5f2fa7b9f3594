package fr.mediation.directory.api.venue.parameter;

import fr.mediation.directory.geo.Communes;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A code of the official geography, upper-cased: a commune's INSEE code by its shape, a département
 * or a région among those that exist ({@code departement=97} is not one: those overseas are 971 to
 * 976, and it would otherwise answer "no venue").
 */
public final class CodeConverter implements ParameterConverter<String> {

  private static final Pattern INSEE = Pattern.compile("(\\d{2}|2[AB])\\d{3}");

  /** A commune's INSEE code: 5 characters, Corsica's 2A and 2B included. */
  public static final CodeConverter COMMUNE =
      new CodeConverter(code -> INSEE.matcher(code).matches(), "code.commune", Set::of);

  public static final CodeConverter DEPARTEMENT =
      new CodeConverter(null, "code.departement", () -> Communes.get().departements());

  public static final CodeConverter REGION =
      new CodeConverter(null, "code.region", () -> Communes.get().regions());

  private final Predicate<String> shape;
  private final String message;
  private final Supplier<Set<String>> known;

  private CodeConverter(Predicate<String> shape, String message, Supplier<Set<String>> known) {
    this.shape = shape;
    this.message = message;
    this.known = known;
  }

  @Override
  public String convert(String name, String raw) {
    String code = raw.strip().toUpperCase(Locale.ROOT);
    boolean valid = shape != null ? shape.test(code) : known.get().contains(code);
    if (!valid) {
      throw ParameterConverter.refused(name, raw, message, String.join(", ", known.get()));
    }
    return code;
  }
}
