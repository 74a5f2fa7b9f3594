package fr.mediation.directory.api.venue.parameter;

import java.util.Locale;

/** {@code true} or {@code false}, also written {@code 1}/{@code 0} or {@code oui}/{@code non}. */
public final class BooleanConverter implements ParameterConverter<Boolean> {

  public static final BooleanConverter BOOLEAN = new BooleanConverter();

  private BooleanConverter() {}

  @Override
  public Boolean convert(String name, String raw) {
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "oui" -> true;
      case "false", "0", "non" -> false;
      default -> throw ParameterConverter.refused(name, raw, "boolean");
    };
  }
}
