package fr.mediation.directory.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data quality of a source ({@link SourceQuality}), computed in the database with aggregates:
 * four queries whatever the number of venues, callable in-process (the API, a console).
 */
@ApplicationScoped
public class SourceQualities {

  /** What the import writes when it replaces a position outside the row's commune. */
  static final String REPLACED_REASON = "%remplacée par celle du géocodeur%";

  /** What the import writes when latitude and longitude were exchanged. */
  static final String SWAPPED_REASON = "Latitude et longitude étaient inversées%";

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /** The quality of source {@code key}'s venues and of its last import that read a file. */
  public SourceQuality of(String key) {
    Object[] counts =
        (Object[])
            entityManager
                .createNativeQuery(
                    "select count(*),"
                        + " sum(case when horaires is not null and horaires_source is null"
                        + " then 1 else 0 end),"
                        + " sum(case when horaires is not null and horaires_source is not null"
                        + " then 1 else 0 end),"
                        + " sum(case when horaires is null and horaires_source is not null"
                        + " then 1 else 0 end),"
                        + " sum(case when coalesce(telephone, '') <> '' then 1 else 0 end),"
                        + " sum(case when coalesce(courriels, '') <> '' then 1 else 0 end),"
                        + " sum(case when coalesce(services, '') <> '' then 1 else 0 end)"
                        + " from venue where source_key = ?1 and retired_at is null")
                .setParameter(1, key)
                .getSingleResult();
    Map<String, Long> positions = new LinkedHashMap<>();
    for (String precision : List.of("SOURCE", "ADDRESS", "STREET", "COMMUNE", "POSTCODE", "NONE")) {
      positions.put(precision, 0L);
    }
    for (Object row :
        entityManager
            .createNativeQuery(
                "select coalesce(position_precision, 'NONE'), count(*) from venue"
                    + " where source_key = ?1 and retired_at is null"
                    + " group by coalesce(position_precision, 'NONE')")
            .setParameter(1, key)
            .getResultList()) {
      Object[] r = (Object[]) row;
      positions.merge(String.valueOf(r[0]), number(r[1]), Long::sum);
    }
    return new SourceQuality(
        number(counts[0]),
        number(counts[1]),
        number(counts[2]),
        number(counts[3]),
        number(counts[4]),
        number(counts[5]),
        number(counts[6]),
        positions,
        lastRun(key).orElse(null));
  }

  private Optional<SourceQuality.LastRun> lastRun(String key) {
    Optional<ImportRun> run =
        entityManager
            .createQuery(
                "select r from ImportRun r where r.sourceKey = :s and r.status in :read"
                    + " order by r.id desc",
                ImportRun.class)
            .setParameter("s", key)
            .setParameter("read", List.of(ImportRun.Status.SUCCEEDED, ImportRun.Status.HELD))
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    if (run.isEmpty()) {
      return Optional.empty();
    }
    long replaced = 0;
    long swapped = 0;
    Map<String, SourceQuality.Warnings> byField = new LinkedHashMap<>();
    for (Object row :
        entityManager
            .createNativeQuery(
                "select coalesce(field, ''), count(*), count(distinct row_number),"
                    + " sum(case when reason_fr like ?2 then 1 else 0 end),"
                    + " sum(case when reason_fr like ?3 then 1 else 0 end)"
                    + " from import_issue where run_id = ?1 and kind = 'WARNING'"
                    + " group by coalesce(field, '') order by count(*) desc, coalesce(field, '')")
            .setParameter(1, run.get().getId())
            .setParameter(2, REPLACED_REASON)
            .setParameter(3, SWAPPED_REASON)
            .getResultList()) {
      Object[] r = (Object[]) row;
      byField.put(String.valueOf(r[0]), new SourceQuality.Warnings(number(r[1]), number(r[2])));
      replaced += number(r[3]);
      swapped += number(r[4]);
    }
    return Optional.of(
        new SourceQuality.LastRun(
            run.get().getId(), run.get().getRowsWarned(), replaced, swapped, byField));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
