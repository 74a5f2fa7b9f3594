package fr.mediation.directory.feed.hours;

import fr.mediation.directory.feed.hours.Token.Kind;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the days at the start of a part of the text: "du lundi au vendredi", "lundi, mardi et
 * jeudi", "lundi / mardi", "lundi-vendredi", "la semaine", "tous les jours", "le 1er mardi du
 * mois", "2e et 4e samedis du mois", "le dernier vendredi du mois".
 */
final class DayParser {

  /** The days read and the index of the first token after them. */
  record Result(DaySpec spec, int next) {}

  /** Thrown when days are written in a way that cannot be read exactly. */
  static final class Unclear extends Exception {
    Unclear(String reasonFr) {
      super(reasonFr, null, false, false);
    }
  }

  private DayParser() {}

  /** Whether the token at {@code i} starts days. */
  static boolean startsDays(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.is(Kind.DAY) || t.is(Kind.ALL_DAYS) || t.is(Kind.WEEKDAYS) || t.is(Kind.ORDINAL);
  }

  /** Reads days from {@code i}, which {@link #startsDays} accepted. */
  static Result read(List<Token> tokens, int i) throws Unclear {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    Set<Integer> occurrences = new LinkedHashSet<>();
    boolean weekly = false;
    int pos = i;
    while (true) {
      Token t = tokens.get(pos);
      if (t.is(Kind.ALL_DAYS)) {
        days.addAll(EnumSet.allOf(DayOfWeek.class));
        weekly = true;
        pos++;
      } else if (t.is(Kind.WEEKDAYS)) {
        days.addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        weekly = true;
        pos++;
      } else if (t.is(Kind.ORDINAL)) {
        List<Integer> nth = new ArrayList<>();
        nth.add(t.value());
        pos++;
        while (true) {
          int after = skip(tokens, pos, Kind.COMMA, Kind.AND, Kind.FILLER);
          if (after < tokens.size() && tokens.get(after).is(Kind.ORDINAL) && after > pos) {
            nth.add(tokens.get(after).value());
            pos = after + 1;
          } else {
            break;
          }
        }
        if (pos >= tokens.size() || !tokens.get(pos).is(Kind.DAY)) {
          throw new Unclear("occurrence du mois sans jour de la semaine");
        }
        days.add(DayOfWeek.of(tokens.get(pos).value()));
        occurrences.addAll(nth);
        pos++;
        if (pos < tokens.size() && tokens.get(pos).is(Kind.MONTH)) {
          pos++;
        }
      } else if (t.is(Kind.DAY)) {
        DayOfWeek first = DayOfWeek.of(t.value());
        pos++;
        int after = skip(tokens, pos, Kind.FILLER);
        if (after < tokens.size()
            && (tokens.get(after).is(Kind.TO) || tokens.get(after).is(Kind.DASH))) {
          int last = skip(tokens, after + 1, Kind.FILLER);
          if (last < tokens.size() && tokens.get(last).is(Kind.DAY)) {
            DayOfWeek end = DayOfWeek.of(tokens.get(last).value());
            if (end == first) {
              throw new Unclear("plage de jours incompréhensible");
            }
            for (DayOfWeek d = first; d != end; d = d.plus(1)) {
              days.add(d);
            }
            days.add(end);
            pos = last + 1;
            int next = skip(tokens, pos, Kind.FILLER);
            if (next + 1 < tokens.size()
                && tokens.get(next).is(Kind.DASH)
                && tokens.get(skip(tokens, next + 1, Kind.FILLER)).is(Kind.DAY)) {
              throw new Unclear("liste de jours ambiguë");
            }
          } else {
            days.add(first);
          }
        } else {
          days.add(first);
        }
        weekly = true;
        if (pos < tokens.size() && tokens.get(pos).is(Kind.MONTH)) {
          throw new Unclear("jour du mois non précisé");
        }
      }
      // A list goes on after ",", "et", "/" or "-" when days follow.
      int after = skip(tokens, pos, Kind.COMMA, Kind.AND, Kind.SLASH, Kind.FILLER);
      if (after > pos && after < tokens.size() && startsDays(tokens, after)) {
        pos = after;
        continue;
      }
      break;
    }
    if (weekly && !occurrences.isEmpty()) {
      throw new Unclear("jours de chaque semaine et jours du mois mêlés");
    }
    return new Result(new DaySpec(days, occurrences), pos);
  }

  /** The first index from {@code i} whose token is not of one of {@code kinds}. */
  static int skip(List<Token> tokens, int i, Kind... kinds) {
    int pos = i;
    outer:
    while (pos < tokens.size()) {
      for (Kind k : kinds) {
        if (tokens.get(pos).is(k)) {
          pos++;
          continue outer;
        }
      }
      break;
    }
    return pos;
  }
}
