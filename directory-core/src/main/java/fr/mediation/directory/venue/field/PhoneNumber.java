package fr.mediation.directory.venue.field;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The venue's phone number (field {@code telephone}), stored in the E.164 form the standard
 * requires ("+33123456789", "+590590123456"). Accepts the usual French spellings ("01 23 45 67 89",
 * "+33 (0)1 23 45 67 89", "0033…", "01.23.45.67.89") and overseas numbers, validated with
 * libphonenumber.
 *
 * <p>Region choice: a number carrying an overseas département's prefix (0590/0690/0691 Guadeloupe,
 * Saint-Martin, Saint-Barthélemy; 0596/0696/0697 Martinique; 0594/0694 Guyane; 0262/0263/0692/0693
 * Réunion; 0269/0639 Mayotte) must be valid there, because libphonenumber would also take "05 96…"
 * or "02 69…" for metropolitan numbers; any other number is tried in FR, GP, MF, BL, MQ, GF, RE,
 * YT, PM, NC, PF, WF and the first region where it is valid wins.
 */
public record PhoneNumber(String value) {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /** The regions tried in order, after the overseas prefix and the postal-code hint. */
  private static final List<String> REGIONS =
      List.of("FR", "GP", "MF", "BL", "MQ", "GF", "RE", "YT", "PM", "NC", "PF", "WF");

  /**
   * Overseas départements by the first 3 digits of their 9-digit national numbers (ARCEP plan);
   * Guadeloupe's prefixes also serve Saint-Martin and Saint-Barthélemy.
   */
  private static final Map<String, List<String>> OVERSEAS_PREFIXES =
      Map.ofEntries(
          Map.entry("590", List.of("GP", "MF", "BL")),
          Map.entry("690", List.of("GP", "MF", "BL")),
          Map.entry("691", List.of("GP", "MF", "BL")),
          Map.entry("596", List.of("MQ")),
          Map.entry("696", List.of("MQ")),
          Map.entry("697", List.of("MQ")),
          Map.entry("594", List.of("GF")),
          Map.entry("694", List.of("GF")),
          Map.entry("262", List.of("RE")),
          Map.entry("263", List.of("RE")),
          Map.entry("692", List.of("RE")),
          Map.entry("693", List.of("RE")),
          Map.entry("269", List.of("YT")),
          Map.entry("639", List.of("YT")));

  /** Regions by the département part of the postal code, for {@link #of(String, PostalCode)}. */
  private static final Map<String, String> REGIONS_BY_DEPARTEMENT =
      Map.of(
          "971", "GP", "972", "MQ", "973", "GF", "974", "RE", "975", "PM", "976", "YT", "986", "WF",
          "987", "PF", "988", "NC");

  /** Number types tied to a place, the only ones the postal-code hint may move overseas. */
  private static final Set<PhoneNumberType> GEOGRAPHIC =
      EnumSet.of(
          PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

  /** Country codes that cannot be dialled as national numbers from metropolitan France. */
  private static final Set<Integer> OWN_NUMBERING_PLAN = Set.of(269, 508, 681, 687, 689);

  /** The standard's own pattern. */
  private static final Pattern STANDARD =
      Pattern.compile(
          "^(\\+33|\\+590|\\+594|\\+262|\\+596|\\+269|\\+687|\\+689|\\+508|\\+681)(\\d){6,9}$");

  /**
   * The value {@link #of} has just normalised, for the constructor it calls: that exact string (the
   * same instance) is not parsed a second time. Reading it again gave the same number (the E.164
   * form reads back as itself, {@code PhoneNumberTest}) for a third of the phone's cost in a row's
   * validation.
   */
  private static final ThreadLocal<String> NORMALISED = new ThreadLocal<>();

  public PhoneNumber {
    if (value == null || value != NORMALISED.get()) {
      value = normalise(value, null);
    }
  }

  /**
   * Reads a phone number, trying first the region of the venue's postal code (971 → Guadeloupe, 988
   * → New Caledonia…) for fixed and mobile numbers, then as the constructor does.
   */
  public static PhoneNumber of(String raw, PostalCode hint) {
    String region = hint == null ? null : REGIONS_BY_DEPARTEMENT.get(hint.departement());
    String e164 = normalise(raw, region);
    NORMALISED.set(e164);
    try {
      return new PhoneNumber(e164);
    } finally {
      NORMALISED.remove();
    }
  }

  /**
   * The number as people write it: "01 23 45 67 89", "05 90 12 34 56"; in international form for
   * territories with their own numbering plan ("+687 72.12.34").
   */
  public String national() {
    Phonenumber.PhoneNumber number = parse(value, "FR");
    if (number == null) {
      return value;
    }
    if (OWN_NUMBERING_PLAN.contains(number.getCountryCode())) {
      return UTIL.format(number, PhoneNumberFormat.INTERNATIONAL);
    }
    String national = UTIL.format(number, PhoneNumberFormat.NATIONAL);
    String digits = national.replaceAll("\\D", "");
    if (digits.length() == 10 && digits.startsWith("0")) {
      StringBuilder pairs = new StringBuilder();
      for (int i = 0; i < 10; i += 2) {
        if (i > 0) {
          pairs.append(' ');
        }
        pairs.append(digits, i, i + 2);
      }
      return pairs.toString();
    }
    return national;
  }

  @Override
  public String toString() {
    return value;
  }

  private static String normalise(String raw, String preferredRegion) {
    if (Texts.isBlank(raw)) {
      throw invalid(raw);
    }
    String text = Texts.collapse(raw);
    // Already international (the standard's own form): one parse, whatever the postcode says.
    if (text.startsWith("+")) {
      Phonenumber.PhoneNumber number = parse(text, "ZZ");
      if (number != null && UTIL.isValidNumber(number) && !overseasAsFrench(number)) {
        return e164(number, raw);
      }
    }
    if (preferredRegion != null) {
      Phonenumber.PhoneNumber number = parse(text, preferredRegion);
      if (number != null
          && UTIL.isValidNumberForRegion(number, preferredRegion)
          && GEOGRAPHIC.contains(UTIL.getNumberType(number))) {
        return e164(number, raw);
      }
    }
    // A French number carrying an overseas prefix, written nationally or with +33, belongs to
    // that territory only: libphonenumber would also take "05 96…" for a metropolitan number.
    Phonenumber.PhoneNumber asFrench = parse(text, "FR");
    if (asFrench != null && asFrench.getCountryCode() == 33) {
      String significant = UTIL.getNationalSignificantNumber(asFrench);
      List<String> overseas =
          significant.length() == 9 ? OVERSEAS_PREFIXES.get(significant.substring(0, 3)) : null;
      if (overseas != null) {
        for (String region : overseas) {
          Phonenumber.PhoneNumber number = parse("0" + significant, region);
          if (number != null && UTIL.isValidNumberForRegion(number, region)) {
            return e164(number, raw);
          }
        }
        throw invalid(raw);
      }
    }
    for (String region : REGIONS) {
      // The text read as French is already at hand: the usual number is parsed once.
      Phonenumber.PhoneNumber number = region.equals("FR") ? asFrench : parse(text, region);
      if (number != null && UTIL.isValidNumberForRegion(number, region)) {
        return e164(number, raw);
      }
    }
    // An international number of another territory the standard allows (e.g. +269).
    if (asFrench != null && UTIL.isValidNumber(asFrench)) {
      return e164(asFrench, raw);
    }
    throw invalid(raw);
  }

  private static String e164(Phonenumber.PhoneNumber number, String raw) {
    String formatted = UTIL.format(number, PhoneNumberFormat.E164);
    if (!STANDARD.matcher(formatted).matches()) {
      throw invalid(raw);
    }
    return formatted;
  }

  /** A +33 number whose prefix belongs to an overseas territory: it needs the slow path. */
  private static boolean overseasAsFrench(Phonenumber.PhoneNumber number) {
    if (number.getCountryCode() != 33) {
      return false;
    }
    String significant = UTIL.getNationalSignificantNumber(number);
    return significant.length() == 9 && OVERSEAS_PREFIXES.containsKey(significant.substring(0, 3));
  }

  private static Phonenumber.PhoneNumber parse(String text, String region) {
    try {
      return UTIL.parse(text, region);
    } catch (NumberParseException e) {
      return null;
    }
  }

  private static InvalidFieldException invalid(String raw) {
    return new InvalidFieldException(
        StandardField.TELEPHONE, raw, InvalidFieldException.message("phone.invalid"));
  }
}
