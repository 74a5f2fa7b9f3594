package fr.mediation.directory.venue.field;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * How one field of the standard is read, written, stored, indexed and documented: how its raw text
 * becomes its value object, the value's text in the standard's files, what the database column
 * holds, its index for search, its description in the API and its place in the v0 export. Each
 * {@link StandardField} constant declares its own; {@link Fields} lists them, and the row model,
 * the entity and the exports iterate that list.
 *
 * @param <T> the field's value object ({@code Set} of labels for a label field)
 */
public final class Field<T> {

  /** The row being parsed, for a field whose value depends on other fields. */
  public interface Row {
    /** The raw text of {@code field}, {@code null} when absent or blank. */
    String raw(StandardField field);

    /** The value already parsed for {@code field} (fields are parsed in the standard's order). */
    <V> V value(Field<V> field);
  }

  /** The JSON form of the field's value in the API's detail. */
  public enum Shape {
    /** A string: the standard's text. */
    TEXT,
    /** A number (a coordinate). */
    NUMBER,
    /** A date, {@code YYYY-MM-DD}. */
    DATE,
    /** An array of strings, the standard's {@code |}-separated items; empty when absent. */
    LIST
  }

  /**
   * The field's place in the v0 export (the standard before v1, 0.1.x): the v0 column holding it,
   * and whether its standard text is copied as is or reworded by the export (v0's wordings, its
   * list separator, one value of several); {@code column} is {@code null} when v0 has no such
   * field.
   */
  public record V0(String column, boolean copied) {

    static final V0 NONE = new V0(null, false);

    /** Whether v0 has no column for the field. */
    public boolean notInV0() {
      return column == null;
    }
  }

  /** Turns a field's raw text into its value object; throws {@link InvalidFieldException}. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(String raw, Row row);
  }

  private final StandardField standard;
  private final Parser<T> parser;
  private final boolean readsAbsent;
  private final T empty;
  private final Function<T, String> text;
  private final Function<T, Object> stored;
  private final Class<? extends StandardLabel> labels;
  private final Shape shape;

  /** A label field's set from its stored text ({@code null} for the others). */
  private Function<String, Object> labelList;

  private IndexSpec index;
  private String description;
  private String example;
  private V0 v0;

  private Field(
      StandardField standard,
      Parser<T> parser,
      boolean readsAbsent,
      T empty,
      Function<T, String> text,
      Function<T, Object> stored,
      Class<? extends StandardLabel> labels,
      Shape shape) {
    this.standard = Objects.requireNonNull(standard);
    this.parser = parser;
    this.readsAbsent = readsAbsent;
    this.empty = empty;
    this.text = text;
    this.stored = stored;
    this.labels = labels;
    this.shape = shape;
  }

  /** A field whose value object is stored as its text form. */
  static <T> Field<T> of(StandardField standard, Parser<T> parser, Function<T, String> text) {
    return new Field<>(standard, parser, false, null, text, text::apply, null, Shape.TEXT);
  }

  /**
   * A field holding a list ({@code |}-separated items in the standard's files) whose value object
   * is stored as its text form.
   */
  static <T> Field<T> list(StandardField standard, Parser<T> parser, Function<T, String> text) {
    return new Field<>(standard, parser, false, null, text, text::apply, null, Shape.LIST);
  }

  /** One http(s) web address ({@link WebUrl}). */
  static Field<WebUrl> url(StandardField standard) {
    return of(standard, (raw, row) -> new WebUrl(standard, raw), WebUrl::value);
  }

  /**
   * One value among {@code labels}, the standard's closed list of a field without a label
   * enumeration of its own ("Oui", "Non", "Inconnu"): read with the tolerance of the standard's
   * labels (case, accents, punctuation: {@link StandardLabels#slug}), kept and written as the label
   * is spelt here.
   */
  static Field<String> oneOf(StandardField standard, String... labels) {
    List<String> accepted = List.of(labels);
    return of(
        standard,
        (raw, row) ->
            accepted.stream()
                .filter(label -> StandardLabels.slug(label).equals(StandardLabels.slug(raw)))
                .findFirst()
                .orElseThrow(
                    () ->
                        new InvalidFieldException(
                            standard,
                            raw.strip(),
                            InvalidFieldException.message(
                                "labels.unknown", String.join(", ", accepted)))),
        label -> label);
  }

  /**
   * A field whose value object is stored as {@code stored} (a date, a number) rather than text, and
   * shown in the API as {@code shape}.
   */
  static <T> Field<T> stored(
      StandardField standard,
      Parser<T> parser,
      Function<T, String> text,
      Function<T, Object> stored,
      Shape shape) {
    return new Field<>(standard, parser, false, null, text, stored, null, shape);
  }

  /**
   * A field whose parser also runs when the field is absent (a value read with another field, such
   * as a position's latitude and longitude).
   */
  static <T> Field<T> readingRow(
      StandardField standard,
      Parser<T> parser,
      Function<T, String> text,
      Function<T, Object> stored,
      Shape shape) {
    return new Field<>(standard, parser, true, null, text, stored, null, shape);
  }

  /** A free text of at most {@code maxLength} characters, kept as given (stripped). */
  static Field<String> text(StandardField standard, int maxLength) {
    return of(standard, (raw, row) -> Texts.limited(standard, raw, maxLength), t -> t);
  }

  /** A list of labels of the standard's enumeration {@code type}, stored as the set. */
  static <E extends Enum<E> & StandardLabel> Field<Set<E>> labels(
      StandardField standard, Class<E> type) {
    Field<Set<E>> field =
        new Field<>(
            standard,
            (raw, row) -> StandardLabels.parseList(type, standard, raw),
            false,
            Set.of(),
            StandardLabels::join,
            set -> set,
            type,
            Shape.LIST);
    field.labelList = text -> StandardLabels.parseList(type, standard, text);
    return field;
  }

  /**
   * Indexes the field for search as {@code spec}: called once, in the declaration of its {@link
   * StandardField}.
   */
  Field<T> indexed(IndexSpec spec) {
    if (index != null) {
      throw new IllegalStateException("Index of " + this + " declared twice");
    }
    index = Objects.requireNonNull(spec);
    return this;
  }

  /**
   * Documents the field in the API: {@code description} (English, as the OpenAPI document's) and an
   * {@code example} value in the standard's text form ({@code null} for none; a list's items {@code
   * |}-separated). Called once, in the declaration of its {@link StandardField}.
   */
  Field<T> documented(String description, String example) {
    if (this.description != null) {
      throw new IllegalStateException("Documentation of " + this + " declared twice");
    }
    this.description = Objects.requireNonNull(description);
    this.example = example;
    return this;
  }

  /** Declares that the v0 export copies the field's standard text under the v0 {@code column}. */
  Field<T> v0(String column) {
    return placedInV0(new V0(Objects.requireNonNull(column), true));
  }

  /**
   * Declares that the v0 export writes the field under the v0 {@code column} in v0's own form (its
   * code rewords it).
   */
  Field<T> v0Reworded(String column) {
    return placedInV0(new V0(Objects.requireNonNull(column), false));
  }

  /** Declares that v0 has no column for the field: the v0 export leaves it out. */
  Field<T> notInV0() {
    return placedInV0(V0.NONE);
  }

  private Field<T> placedInV0(V0 place) {
    if (v0 != null) {
      throw new IllegalStateException("v0 column of " + this + " declared twice");
    }
    v0 = place;
    return this;
  }

  /**
   * The field's place in the v0 export; {@code null} when its declaration does not say (which
   * {@code StandardV0Test} refuses).
   */
  public V0 v0() {
    return v0;
  }

  /** The field's description in the API's documentation. */
  public String description() {
    return description;
  }

  /** An example of the field's value in the standard's text form; {@code null} for none. */
  public String example() {
    return example;
  }

  /** The JSON form of the field's value in the API. */
  public Shape shape() {
    return shape;
  }

  /**
   * The field's value in the API's JSON from its standard {@code text}: the text, a number, a date
   * or the list of its {@code |}-separated items ({@code null}, or an empty list, when absent).
   */
  public Object json(String text) {
    if (shape == Shape.LIST) {
      return text == null ? List.of() : List.of(text.split("\\|"));
    }
    return text == null ? null : scalar(text);
  }

  /** A number or a date as read from its text; any other text as it is. */
  private Object scalar(String text) {
    return switch (shape) {
      case NUMBER -> Double.valueOf(text);
      case DATE -> LocalDate.parse(text);
      default -> text;
    };
  }

  /** How the field is indexed for search; {@code null} when it is not. */
  public IndexSpec index() {
    return index;
  }

  /** The standard's field: key, names, whether required, whether a list. */
  public StandardField standard() {
    return standard;
  }

  /** The standard's column name, e.g. {@code code_postal}. */
  public String key() {
    return standard.key();
  }

  /** The label enumeration of a label field, {@code null} for the others. */
  public Class<? extends StandardLabel> labels() {
    return labels;
  }

  /** The value of an absent field: {@code null}, or the empty set for a label field. */
  public T empty() {
    return empty;
  }

  /**
   * Parses the field of {@code row}: its value object, or {@link #empty()} when absent.
   *
   * @throws InvalidFieldException when the text is not valid, or absent while required
   */
  public T parse(Row row) {
    String raw = row.raw(standard);
    if (raw == null && !readsAbsent) {
      if (standard.required()) {
        throw InvalidFieldException.missing(standard);
      }
      return empty;
    }
    T value = parser.parse(raw, row);
    return value == null ? empty : value;
  }

  /** The value's text in the standard's files ({@code null} for an empty value). */
  public String text(T value) {
    return isEmpty(value) ? null : text.apply(value);
  }

  /** What the database column holds for the value ({@code null} for an empty text value). */
  public Object stored(T value) {
    return value == null ? null : stored.apply(value);
  }

  /**
   * What the database column holds for {@code text}, a text this field wrote ({@link #text}) for a
   * valid value: read back as stored, without parsing and validating it again (the staged rows of
   * an import were valid when staged). {@code null} text gives the column of an absent field.
   */
  public Object storedFromText(String text) {
    if (text == null) {
      return empty;
    }
    return labelList != null ? labelList.apply(text) : scalar(text);
  }

  private boolean isEmpty(T value) {
    return value == null || (value instanceof Set<?> set && set.isEmpty());
  }

  /** The value's type, checked at the typed accessors: casts a registry value to this field's. */
  @SuppressWarnings("unchecked")
  public T cast(Object value) {
    return (T) value;
  }

  @Override
  public String toString() {
    return standard.key();
  }
}
