package fr.mediation.directory.venue.search;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Locale;
import org.apache.lucene.document.IntRange;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.types.dsl.ElasticsearchIndexFieldTypeFactory;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.types.dsl.LuceneIndexFieldTypeFactory;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * A multi-valued index field of integer ranges, each from a first value included to a last value
 * excluded, in the backend's own range type: Lucene's {@link IntRange} (one two-dimension point per
 * range in the document's points tree) or OpenSearch's {@code integer_range}. A venue's many
 * intervals are values of its one document, where each was a nested document of its own before: a
 * venue is one document, and every other field's values are read densely.
 */
final class IntRangeField {

  /** Adds one range to a document. */
  private interface Writer {
    void add(DocumentElement target, int from, int to);
  }

  private final Writer writer;

  private IntRangeField(Writer writer) {
    this.writer = writer;
  }

  /** Declares the field {@code name} at the root of the index, for the backend of {@code types}. */
  static IntRangeField declare(
      IndexSchemaElement schema, IndexFieldTypeFactory types, String name) {
    if (types instanceof LuceneIndexFieldTypeFactory lucene) {
      IndexFieldReference<int[]> field =
          schema
              .field(
                  name,
                  lucene
                      .asNative(
                          int[].class,
                          (path, range, fields) ->
                              fields.accept(
                                  new IntRange(path, new int[] {range[0]}, new int[] {range[1]})))
                      .toIndexFieldType())
              .multiValued()
              .toReference();
      // Lucene's ranges are inclusive at both ends.
      return new IntRangeField(
          (target, from, to) -> target.addValue(field, new int[] {from, to - 1}));
    }
    ElasticsearchIndexFieldTypeFactory elasticsearch =
        types instanceof ElasticsearchIndexFieldTypeFactory e
            ? e
            : types.extension(ElasticsearchExtension.get());
    IndexFieldReference<JsonElement> field =
        schema
            .field(
                name,
                elasticsearch.asNative().mapping("{\"type\":\"integer_range\"}").toIndexFieldType())
            .multiValued()
            .toReference();
    return new IntRangeField(
        (target, from, to) -> {
          JsonObject range = new JsonObject();
          range.addProperty("gte", from);
          range.addProperty("lt", to);
          target.addValue(field, range);
        });
  }

  /** Adds the range from {@code from} included to {@code to} excluded; nothing when it is empty. */
  void add(DocumentElement target, int from, int to) {
    if (to > from) {
      writer.add(target, from, to);
    }
  }

  /** Documents with a range of {@code field} holding {@code value}. */
  static SearchPredicate containing(SearchPredicateFactory f, String field, int value) {
    return intersecting(f, field, value, value + 1);
  }

  /**
   * Documents with a range of {@code field} sharing a value with the range from {@code from}
   * included to {@code to} excluded.
   */
  static SearchPredicate intersecting(SearchPredicateFactory f, String field, int from, int to) {
    return f.extension()
        .ifSupported(
            LuceneExtension.get(),
            lucene ->
                lucene.fromLuceneQuery(
                    IntRange.newIntersectsQuery(field, new int[] {from}, new int[] {to - 1})))
        .ifSupported(
            ElasticsearchExtension.get(),
            elasticsearch ->
                elasticsearch.fromJson(
                    String.format(
                        Locale.ROOT,
                        "{\"range\":{\"%s\":{\"gte\":%d,\"lt\":%d,\"relation\":\"intersects\"}}}",
                        field,
                        from,
                        to)))
        .orElseFail()
        .toPredicate();
  }
}
