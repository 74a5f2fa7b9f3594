package fr.mediation.directory.venue.field;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and writes the values of the standard's enumerations ({@link StandardLabel} enums).
 *
 * <p>Matching is tolerant: a value matches a constant when their slugs are equal, which ignores
 * case, accents, apostrophes (’ or '), guillemets (« », with or without spaces), parentheses and
 * repeated spaces. A value may be the label, the code, the enum constant's name or an alias.
 */
public final class StandardLabels {

  /** The standard's separator for lists. */
  public static final String SEPARATOR = "|";

  /** List separators: the standard's "|", and ";" which appears in some exports. */
  private static final Pattern SPLIT = Pattern.compile("[|;]");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

  /** Each enum's constants by slug of their name, label, code and aliases. */
  private static final ClassValue<Map<String, Object>> INDEX =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> index = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            StandardLabel value = (StandardLabel) constant;
            index.putIfAbsent(slug(value.label()), constant);
            index.putIfAbsent(value.code(), constant);
            index.putIfAbsent(slug(((Enum<?>) constant).name()), constant);
            for (String alias : value.aliases()) {
              index.putIfAbsent(slug(alias), constant);
            }
          }
          index.remove("");
          return Map.copyOf(index);
        }
      };

  /** Enum constants by enum type, then declaration order; other labels keep their order. */
  private static final Comparator<StandardLabel> ENUM_ORDER =
      (a, b) -> {
        if (a instanceof Enum<?> x && b instanceof Enum<?> y) {
          int byType = x.getDeclaringClass().getName().compareTo(y.getDeclaringClass().getName());
          return byType != 0 ? byType : Integer.compare(x.ordinal(), y.ordinal());
        }
        return 0;
      };

  private StandardLabels() {}

  /**
   * The constant {@code raw} stands for.
   *
   * @throws InvalidFieldException naming the field and the value, listing the accepted labels
   */
  public static <E extends Enum<E> & StandardLabel> E parse(
      Class<E> type, StandardField field, String raw) {
    return find(type, raw).orElseThrow(() -> unknown(type, field, raw, false));
  }

  /** The constant {@code raw} stands for, if any. */
  public static <E extends Enum<E> & StandardLabel> Optional<E> find(Class<E> type, String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(INDEX.get(type).get(slug(raw))).map(type::cast);
  }

  /**
   * The constants of a "|"-separated list (";" also accepted), in the enum's order, without
   * duplicates; blank parts are ignored.
   *
   * @return an unmodifiable set
   * @throws InvalidFieldException when a part is unknown or when the list has no value
   */
  public static <E extends Enum<E> & StandardLabel> Set<E> parseList(
      Class<E> type, StandardField field, String raw) {
    // Feeds repeat the same few lists on thousands of rows: remember the valid ones.
    if (raw == null) {
      return parseListUncached(type, field, null);
    }
    @SuppressWarnings("unchecked")
    Set<E> known = (Set<E>) LISTS.get(type).get(raw, r -> parseListUncached(type, field, r));
    return known;
  }

  /** Valid lists already parsed, per enumeration: raw text to values. */
  private static final ClassValue<Cache<String, Set<?>>> LISTS =
      new ClassValue<>() {
        @Override
        protected Cache<String, Set<?>> computeValue(Class<?> type) {
          return Caffeine.newBuilder().maximumSize(4096).build();
        }
      };

  private static <E extends Enum<E> & StandardLabel> Set<E> parseListUncached(
      Class<E> type, StandardField field, String raw) {
    EnumSet<E> values = EnumSet.noneOf(type);
    if (raw != null) {
      for (String part : SPLIT.split(raw)) {
        if (!Texts.isBlank(part)) {
          values.add(find(type, part).orElseThrow(() -> unknown(type, field, part.strip(), true)));
        }
      }
    }
    if (values.isEmpty()) {
      throw new InvalidFieldException(
          field, raw, InvalidFieldException.message("labels.none", accepted(type)));
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(values));
  }

  /** The standard's form of a list: labels joined with "|", in enum order, without duplicates. */
  public static String join(Collection<? extends StandardLabel> values) {
    // Rows store about ten lists each, written at every staging, publication and composition: the
    // constants of one enumeration are joined from a bit set of their ordinals, without a sort.
    Class<?> type = null;
    long ordinals = 0;
    for (StandardLabel value : values) {
      if (!(value instanceof Enum<?> constant)
          || constant.ordinal() >= Long.SIZE
          || (type != null && type != constant.getDeclaringClass())) {
        return joinSorted(values);
      }
      type = constant.getDeclaringClass();
      ordinals |= 1L << constant.ordinal();
    }
    if (type == null) {
      return "";
    }
    StandardLabel[] constants = CONSTANTS.get(type);
    StringBuilder joined = new StringBuilder();
    for (long rest = ordinals; rest != 0; rest &= rest - 1) {
      if (!joined.isEmpty()) {
        joined.append(SEPARATOR);
      }
      joined.append(constants[Long.numberOfTrailingZeros(rest)].label());
    }
    return joined.toString();
  }

  /** Each enumeration's constants, by ordinal. */
  private static final ClassValue<StandardLabel[]> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected StandardLabel[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          StandardLabel[] labels = new StandardLabel[constants.length];
          for (int i = 0; i < constants.length; i++) {
            labels[i] = (StandardLabel) constants[i];
          }
          return labels;
        }
      };

  private static String joinSorted(Collection<? extends StandardLabel> values) {
    return values.stream()
        .filter(Objects::nonNull)
        .distinct()
        .sorted(ENUM_ORDER)
        .map(StandardLabel::label)
        .collect(Collectors.joining(SEPARATOR));
  }

  /** The labels of an enumeration, in its order. */
  public static <E extends Enum<E> & StandardLabel> List<String> labels(Class<E> type) {
    return EnumSet.allOf(type).stream().map(StandardLabel::label).toList();
  }

  /**
   * A URL-friendly slug: lowercase, accents removed, every run of other characters turned into "-",
   * no "-" at either end. "Formé à « Mon Espace Santé »" gives "forme-a-mon-espace-sante".
   */
  public static String slug(String text) {
    if (text == null) {
      return "";
    }
    String decomposed =
        Normalizer.normalize(
            text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE"),
            Normalizer.Form.NFKD);
    String ascii = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    String dashed = NON_ALPHANUMERIC.matcher(ascii).replaceAll("-");
    return EDGE_DASHES.matcher(dashed).replaceAll("");
  }

  private static <E extends Enum<E> & StandardLabel> String accepted(Class<E> type) {
    return String.join(", ", labels(type));
  }

  private static <E extends Enum<E> & StandardLabel> InvalidFieldException unknown(
      Class<E> type, StandardField field, String raw, boolean inList) {
    return new InvalidFieldException(
        field,
        raw,
        InvalidFieldException.message(
            inList ? "labels.unknownInList" : "labels.unknown", accepted(type)));
  }
}
