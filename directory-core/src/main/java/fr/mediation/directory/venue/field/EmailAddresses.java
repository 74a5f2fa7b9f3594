package fr.mediation.directory.venue.field;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * The venue's e-mail addresses (field {@code courriels}), at least one, without duplicates, in the
 * order given. Each is trimmed, loses a leading "mailto:", has its domain lowercased, and is
 * checked with commons-validator.
 */
public record EmailAddresses(List<String> values) {

  /** The standard's separator. */
  public static final String SEPARATOR = "|";

  /** Separators found in real exports: the standard's "|", and ";", "," or whitespace. */
  private static final Pattern SPLIT = Pattern.compile("[|;,\\s\\p{Z}]+");

  private static final Pattern MAILTO = Pattern.compile("^(?i)mailto:");
  private static final EmailValidator VALIDATOR = EmailValidator.getInstance();

  public EmailAddresses {
    if (values == null) {
      throw empty(null);
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (String raw : values) {
      if (!Texts.isBlank(raw)) {
        distinct.add(normalise(raw));
      }
    }
    if (distinct.isEmpty()) {
      throw empty(String.join(SEPARATOR, values.stream().map(String::valueOf).toList()));
    }
    values = List.copyOf(distinct);
  }

  /** Reads the field as written: addresses separated by "|" (or ";", "," or spaces). */
  public static EmailAddresses parse(String raw) {
    List<String> parts = Texts.parts(raw, SPLIT);
    if (parts.isEmpty()) {
      throw empty(raw);
    }
    return new EmailAddresses(parts);
  }

  /** The standard's form: addresses joined with "|". */
  public String joined() {
    return String.join(SEPARATOR, values);
  }

  /** The first address, the one to show first. */
  public String first() {
    return values.get(0);
  }

  @Override
  public String toString() {
    return joined();
  }

  private static String normalise(String raw) {
    // Invisible characters (a byte-order mark left by a spreadsheet, a zero-width space) pass the
    // validator but make the address unusable, and the national cartography refuses it.
    String address = MAILTO.matcher(Texts.collapse(raw)).replaceFirst("").strip();
    int at = address.lastIndexOf('@');
    if (at > 0) {
      address = address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT);
    }
    if (!VALIDATOR.isValid(address)) {
      throw new InvalidFieldException(
          StandardField.COURRIELS, raw, InvalidFieldException.message("email.invalid"));
    }
    return address;
  }

  private static InvalidFieldException empty(String raw) {
    return new InvalidFieldException(
        StandardField.COURRIELS, raw, InvalidFieldException.message("email.none"));
  }
}
