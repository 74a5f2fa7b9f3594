package fr.mediation.directory.report;

import fr.mediation.directory.database.QueryTimeouts;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.Venues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores error reports and lists them for a source. Checks the text a citizen sends: a message of
 * {@value #MIN_MESSAGE} to {@value #MAX_MESSAGE} characters, an optional contact of at most {@value
 * #MAX_CONTACT}.
 */
@ApplicationScoped
@Transactional
public class ErrorReports {

  private static final String MESSAGES = "fr.mediation.directory.report.messages";

  public static final int MIN_MESSAGE = 10;
  public static final int MAX_MESSAGE = 2000;
  public static final int MAX_CONTACT = 254;

  /** The same message about the same venue within this delay is counted, not stored again. */
  public static final Duration REPEAT_WINDOW = Duration.ofDays(1);

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /** The reports' pages are a public read: time-limited. */
  @Inject QueryTimeouts timeouts;

  @Inject Venues venues;

  java.time.Clock clock = java.time.Clock.systemUTC();

  /** The refusal of a report's {@code field} ({@code value}), for the reason {@code key}. */
  private static InvalidReportException invalid(
      String field, String value, String key, Object... arguments) {
    Message reason = Message.of(MESSAGES, key, arguments);
    return new InvalidReportException(field, value, reason.en(), reason.fr());
  }

  /**
   * Stores a report about venue {@code venueId} for the venue's source.
   *
   * @throws InvalidReportException naming the field when the venue is unknown or a text does not
   *     fit
   */
  public ErrorReport report(String venueId, String message, String contact) {
    String text = message == null ? "" : message.strip();
    if (text.length() < MIN_MESSAGE) {
      throw invalid("message", text, "report.message.short", MIN_MESSAGE);
    }
    if (text.length() > MAX_MESSAGE) {
      throw invalid("message", text.substring(0, 40) + "…", "report.message.long", MAX_MESSAGE);
    }
    String reach = contact == null || contact.isBlank() ? null : contact.strip();
    if (reach != null && reach.length() > MAX_CONTACT) {
      throw invalid("contact", reach.substring(0, 40) + "…", "report.contact.long", MAX_CONTACT);
    }
    String id = venueId == null ? null : venueId.strip();
    MergedVenue venue =
        (id == null ? Optional.<MergedVenue>empty() : venues.findMerged(id))
            .filter(v -> v.getRetiredAt() == null)
            .orElseThrow(() -> invalid("venue_id", venueId, "report.venue.unknown", venueId));
    // Shown to every source publishing the venue: each may hold the wrong fact.
    Instant now = Instant.now();
    String key = ReportMessages.key(text);
    ErrorReport report = null;
    for (String source :
        venues.listingsOf(venue.getId()).stream()
            .filter(l -> l.getRetiredAt() == null)
            .map(Venue::getSourceKey)
            .distinct()
            .toList()) {
      ErrorReport forSource =
          recent(venue.getId(), source, key, now.minus(REPEAT_WINDOW)).orElse(null);
      if (forSource != null) {
        forSource.repeated(now, reach);
      } else {
        forSource = new ErrorReport(venue.getId(), source, venue.getNom(), text, reach, now);
        entityManager.persist(forSource);
      }
      report = report == null ? forSource : report;
    }
    if (report == null) {
      throw new InvalidReportException(
          "venue_id",
          venueId,
          "No source publishes venue " + venueId + " any more.",
          "Plus aucune source ne publie ce lieu.");
    }
    return report;
  }

  /** The same report about the venue for the source, last sent since {@code since}. */
  private Optional<ErrorReport> recent(String venueId, String source, String key, Instant since) {
    return entityManager
        .createQuery(
            "select r from ErrorReport r where r.venueId = :venue and r.sourceKey = :source"
                + " and r.messageKey = :key and r.lastReportedAt >= :since order by r.id desc",
            ErrorReport.class)
        .setParameter("venue", venueId)
        .setParameter("source", source)
        .setParameter("key", key)
        .setParameter("since", since)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * A page of the reports about the venues of source {@code sourceKey}, newest first: the first
   * {@code limit} ones, or those after report {@code beforeId} (the last of the previous page) when
   * it is given. Stable while new reports arrive.
   */
  public List<ErrorReport> forSource(String sourceKey, int limit, Long beforeId) {
    return forSource(sourceKey, limit, beforeId, null);
  }

  /** As {@link #forSource(String, int, Long)}, only those in {@code state} when it is given. */
  public List<ErrorReport> forSource(
      String sourceKey, int limit, Long beforeId, ErrorReport.State state) {
    return across(java.util.Objects.requireNonNull(sourceKey), limit, beforeId, state);
  }

  /**
   * Sets the state of report {@code reportId} of source {@code sourceKey} (a report of another
   * source is not found: each source only ever changes its own).
   *
   * @return the report, or empty when the source has no such report
   */
  public Optional<ErrorReport> setState(String sourceKey, long reportId, ErrorReport.State state) {
    ErrorReport report = entityManager.find(ErrorReport.class, reportId);
    if (report == null || !report.getSourceKey().equals(sourceKey)) {
      return Optional.empty();
    }
    report.changeState(state, clock.instant());
    return Optional.of(report);
  }

  /**
   * A page of the reports about every source's venues (or source {@code sourceKey}'s when it is not
   * null), newest first: the first {@code limit} ones, or those after report {@code beforeId}.
   */
  public List<ErrorReport> across(String sourceKey, int limit, Long beforeId) {
    return across(sourceKey, limit, beforeId, null);
  }

  /** As {@link #across(String, int, Long)}, only those in {@code state} when it is given. */
  public List<ErrorReport> across(
      String sourceKey, int limit, Long beforeId, ErrorReport.State state) {
    var query =
        timeouts
            .limit(
                entityManager.createQuery(
                    "select r from ErrorReport r where r.id < :before"
                        + (sourceKey == null ? "" : " and r.sourceKey = :source")
                        + (state == null ? "" : " and r.state = :state")
                        + " order by r.id desc",
                    ErrorReport.class))
            .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId)
            .setMaxResults(limit);
    if (sourceKey != null) {
      query.setParameter("source", sourceKey);
    }
    if (state != null) {
      query.setParameter("state", state.code());
    }
    return query.getResultList();
  }
}
