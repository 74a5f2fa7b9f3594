package fr.mediation.directory.feed.hours;

import java.util.ArrayList;
import java.util.List;

/** One statement of an hours text: some days and what they are (spans, closed, unclear). */
final class Group {

  /** Which half of the day a statement is about. */
  enum Half {
    MORNING,
    AFTERNOON
  }

  DaySpec days;
  final List<TimeRange> ranges = new ArrayList<>();
  boolean closed;
  Half half;

  /** Days named after "sauf" once the previous statement had its hours: closed unless told. */
  boolean exception;

  /** Why this statement's days cannot be read exactly (French). */
  final List<String> reasons = new ArrayList<>();

  boolean hasDays() {
    return days != null && !days.days().isEmpty();
  }

  boolean hasSchedule() {
    return !ranges.isEmpty();
  }

  boolean isEmpty() {
    return !hasDays() && ranges.isEmpty() && !closed && reasons.isEmpty() && half == null;
  }
}
