package fr.mediation.directory.feed.hours;

import java.util.Locale;

/** A span of a day, in minutes from midnight (end after start, at most 24:00). */
record TimeRange(int start, int end) implements Comparable<TimeRange> {

  TimeRange {
    if (start < 0 || end > 24 * 60 || end <= start) {
      throw new IllegalArgumentException(start + "-" + end);
    }
  }

  boolean overlaps(TimeRange other) {
    return start < other.end && other.start < end;
  }

  @Override
  public int compareTo(TimeRange o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%02d:%02d-%02d:%02d", start / 60, start % 60, end / 60, end % 60);
  }
}
