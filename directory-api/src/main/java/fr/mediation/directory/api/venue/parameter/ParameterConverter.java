package fr.mediation.directory.api.venue.parameter;

import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.message.Message;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one kind of query parameter value (a boolean, a latitude, a label of the standard...),
 * refusing an unusable one with an {@link InvalidParameterException} that names the parameter and
 * the value, in English and French.
 *
 * @param <T> the value read
 */
@FunctionalInterface
public interface ParameterConverter<T> {

  /** The messages of the converters, in English and French. */
  String MESSAGES = "fr.mediation.directory.api.venue.parameter.messages";

  /**
   * The value of parameter {@code name} written {@code raw}, never {@code null}: callers handle an
   * absent or blank parameter before (see {@link #present}).
   */
  T convert(String name, String raw);

  /** The value, or {@code absent} when the parameter is missing or blank. */
  default T convert(String name, String raw, T absent) {
    return present(raw) ? convert(name, raw.strip()) : absent;
  }

  /**
   * Every value of a list parameter: repeated, and each split at commas and at {@code |}, the
   * standard's own list separator (sent unencoded by some clients); blanks dropped.
   */
  default Set<T> convertAll(String name, List<String> raw) {
    Set<T> values = new LinkedHashSet<>();
    for (String value : split(raw)) {
      values.add(convert(name, value.strip()));
    }
    return values;
  }

  /** The values of a list parameter, split as {@link #convertAll} does. */
  static List<String> split(List<String> raw) {
    if (raw == null) {
      return List.of();
    }
    return raw.stream()
        .flatMap(Separator.LIST::splitAsStream)
        .filter(value -> !value.isBlank())
        .toList();
  }

  /** Whether a parameter is given: neither missing nor blank. */
  static boolean present(String raw) {
    return raw != null && !raw.isBlank();
  }

  /** A refusal of {@code value} for {@code name}, with message {@code key} of {@link #MESSAGES}. */
  static InvalidParameterException refused(
      String name, String value, String key, Object... arguments) {
    return refusal(MESSAGES, name, value, key, arguments);
  }

  /**
   * A refusal of {@code value} for parameter {@code name}, with message {@code key} of {@code
   * bundle}, whose argument {@code {0}} is the parameter's name and the next ones {@code
   * arguments}.
   */
  static InvalidParameterException refusal(
      String bundle, String name, String value, String key, Object... arguments) {
    Object[] withName = new Object[arguments.length + 1];
    withName[0] = name;
    System.arraycopy(arguments, 0, withName, 1, arguments.length);
    Message message = Message.of(bundle, key, withName);
    return new InvalidParameterException(name, value, message.en(), message.fr());
  }

  /** The separator of list values, kept out of the interface's public constants. */
  final class Separator {
    static final Pattern LIST = Pattern.compile("[,|]");

    private Separator() {}
  }
}
