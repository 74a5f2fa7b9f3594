package fr.mediation.directory.feed.hours;

import fr.mediation.directory.feed.hours.Token.Kind;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts the tokens of an hours text into statements ({@link Group}): days, then their spans or
 * "fermé". Words it does not understand make the whole text unclear ({@link #global}): a condition
 * such as "pendant les vacances scolaires" may concern every day.
 */
final class HoursParser {

  final List<Group> groups = new ArrayList<>();

  /** Why the text as a whole cannot be read exactly (French). */
  final Set<String> global = new LinkedHashSet<>();

  /** The text says the venue is closed on public holidays. */
  boolean holidaysOff;

  private final List<String> unknownWords = new ArrayList<>();
  private final List<Token> tokens;
  private Group cur = new Group();
  private final List<String> carried = new ArrayList<>();

  private HoursParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  static HoursParser parse(List<Token> tokens) {
    HoursParser p = new HoursParser(tokens);
    p.run();
    return p;
  }

  private void run() {
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (DayParser.startsDays(tokens, i)) {
        i = days(i);
      } else if (TimeParser.startsTimes(tokens, i)) {
        i = times(i);
      } else {
        i = other(t, i);
      }
    }
    finish();
    if (!unknownWords.isEmpty()) {
      global.add("mots non compris : « " + String.join(" ", unknownWords) + " »");
    }
  }

  private int days(int i) {
    if ((cur.hasDays()
            && (cur.hasSchedule() || cur.closed || !cur.reasons.isEmpty() || cur.half != null))
        || (!cur.hasDays() && cur.hasSchedule())) {
      finish();
    }
    try {
      DayParser.Result r = DayParser.read(tokens, i);
      if (!cur.hasDays()) {
        cur.days = r.spec();
      } else if (cur.days.weekly() && r.spec().weekly()) {
        Set<DayOfWeek> all = EnumSet.copyOf(cur.days.days());
        all.addAll(r.spec().days());
        cur.days = new DaySpec(all, Set.of());
      } else {
        global.add("jours de la semaine et jours du mois mêlés");
      }
      return r.next();
    } catch (DayParser.Unclear e) {
      global.add(e.getMessage());
      return i + 1;
    }
  }

  private int times(int i) {
    if (cur.closed) {
      finish();
    }
    try {
      TimeParser.Result r = TimeParser.read(tokens, i);
      cur.ranges.addAll(r.ranges());
      return r.next();
    } catch (TimeParser.Unclear e) {
      if (cur.hasDays()) {
        cur.reasons.add(e.getMessage());
      } else {
        global.add(e.getMessage());
      }
      // The rest of the statement is skipped, but a word it holds may concern every day.
      int j = i + 1;
      while (j < tokens.size()
          && !tokens.get(j).is(Kind.BREAK)
          && !DayParser.startsDays(tokens, j)) {
        if (tokens.get(j).is(Kind.UNKNOWN)) {
          unknownWords.add(tokens.get(j).text());
        }
        j++;
      }
      return j;
    }
  }

  private int other(Token t, int i) {
    switch (t.kind()) {
      case CLOSED -> {
        int next = DayParser.skip(tokens, i + 1, Kind.FILLER);
        if (next < tokens.size() && tokens.get(next).is(Kind.HOLIDAYS)) {
          holidaysOff = true;
          return next + 1;
        }
        if (cur.hasDays() && !cur.hasSchedule() && !cur.closed) {
          cur.closed = true;
        } else {
          finish();
          cur.closed = true;
        }
      }
      case EXCEPT -> {
        return except(i);
      }
      case HOLIDAYS -> global.add("jours fériés");
      case MORNING, AFTERNOON -> {
        Group.Half half = t.is(Kind.MORNING) ? Group.Half.MORNING : Group.Half.AFTERNOON;
        if (cur.half != null && cur.half != half) {
          cur.reasons.add("matin et après-midi mêlés");
        }
        cur.half = half;
      }
      case FREQUENCY -> marker("fréquence non précise (une semaine sur deux, par mois…)");
      case APPOINTMENT -> marker("sur rendez-vous");
      case BREAK -> {
        if (cur.hasSchedule() || cur.closed) {
          finish();
        }
      }
      case TO -> {
        if (TimeParser.startsTimes(tokens, i + 1) && cur.hasSchedule()) {
          // "9h à 12h30 à 14h à 16h30": probably "et", but not said.
          cur.reasons.add("« à » entre deux plages horaires");
        }
      }
      case FILLER, COMMA, AND, SLASH, DASH, COLON -> {
        // separators and words that add nothing
      }
      default -> unknownWords.add(t.text());
    }
    return i + 1;
  }

  /**
   * A condition on days ("sur rendez-vous"): it flags the current statement and, when that one
   * already has its hours, the next one too (the condition may introduce it).
   */
  private void marker(String reason) {
    cur.reasons.add(reason);
    if (cur.hasSchedule() || cur.closed) {
      carried.add(reason);
    }
  }

  private int except(int i) {
    int next = DayParser.skip(tokens, i + 1, Kind.FILLER, Kind.COLON);
    if (next < tokens.size() && tokens.get(next).is(Kind.HOLIDAYS)) {
      holidaysOff = true;
      return next + 1;
    }
    if (next >= tokens.size() || !tokens.get(next).is(Kind.DAY) || !cur.hasDays()) {
      global.add("exception non comprise");
      return i + 1;
    }
    DayParser.Result r;
    try {
      r = DayParser.read(tokens, next);
    } catch (DayParser.Unclear e) {
      global.add(e.getMessage());
      return next + 1;
    }
    int after = DayParser.skip(tokens, r.next(), Kind.FILLER);
    if (after < tokens.size()
        && (tokens.get(after).is(Kind.MORNING) || tokens.get(after).is(Kind.AFTERNOON))) {
      // "sauf le mercredi après-midi": which hours the morning keeps is not said.
      global.add("exception d'une demi-journée");
      return after + 1;
    }
    if (!r.spec().weekly() || !cur.days.weekly()) {
      global.add("exception non comprise");
      return r.next();
    }
    if (!cur.hasSchedule() && !cur.closed) {
      // "du lundi au vendredi sauf le mercredi[, de 9h à 12h]": the hours that follow are the
      // other days'; the excepted days are closed.
      Set<DayOfWeek> kept = EnumSet.copyOf(cur.days.days());
      kept.removeAll(r.spec().days());
      cur.days = new DaySpec(kept, Set.of());
      Group closed = new Group();
      closed.days = r.spec();
      closed.closed = true;
      groups.add(closed);
    } else {
      // "du lundi au vendredi de 9h à 17h sauf le mercredi[ de 9h à 12h]".
      finish();
      cur.days = r.spec();
      cur.exception = true;
    }
    return r.next();
  }

  private void finish() {
    if (!cur.isEmpty()) {
      groups.add(cur);
    }
    cur = new Group();
    cur.reasons.addAll(carried);
    carried.clear();
  }
}
