package fr.mediation.directory.feed.hours;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days a part of the text is about: weekdays, or some occurrences of them in the month ("le 2e
 * et le 4e samedi du mois": Saturday, occurrences 2 and 4).
 *
 * @param days the days of the week
 * @param occurrences the occurrences in the month (empty: every week; -1: the last)
 */
record DaySpec(Set<DayOfWeek> days, Set<Integer> occurrences) {

  DaySpec {
    days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    occurrences = new TreeSet<>(occurrences);
  }

  boolean weekly() {
    return occurrences.isEmpty();
  }
}
