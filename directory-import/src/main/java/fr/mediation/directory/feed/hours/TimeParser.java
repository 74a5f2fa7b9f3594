package fr.mediation.directory.feed.hours;

import fr.mediation.directory.feed.hours.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a list of time spans: "9h-12h / 14h-17h", "de 9h à 12h et de 14h à 17h", "9h12h", "13:00
 * 17:00", "10h/12h et 14h/17h", "9-12h". Two times in a row always make one span; spans are
 * separated by "/", ",", "et", "+" or a dash.
 */
final class TimeParser {

  /** The spans read and the index of the first token after them. */
  record Result(List<TimeRange> ranges, int next) {}

  /** Thrown when times cannot be read exactly. */
  static final class Unclear extends Exception {
    Unclear(String reasonFr) {
      super(reasonFr, null, false, false);
    }
  }

  private TimeParser() {}

  /** Whether a span starts at {@code i} (after "de"). */
  static boolean startsTimes(List<Token> tokens, int i) {
    int pos = DayParser.skip(tokens, i, Kind.FILLER);
    if (pos >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(pos);
    if (t.is(Kind.TIME)) {
      return true;
    }
    // A bare hour starts a span only when a time follows: "9-12h".
    if (t.timeLike()) {
      int sep = DayParser.skip(tokens, pos + 1, Kind.TO, Kind.DASH);
      return sep > pos + 1 && sep < tokens.size() && tokens.get(sep).is(Kind.TIME);
    }
    return false;
  }

  /** Reads spans from {@code i}, which {@link #startsTimes} accepted. */
  static Result read(List<Token> tokens, int i) throws Unclear {
    List<TimeRange> ranges = new ArrayList<>();
    int pos = i;
    while (true) {
      pos = DayParser.skip(tokens, pos, Kind.FILLER);
      Token start = tokens.get(pos);
      pos++;
      int sep = DayParser.skip(tokens, pos, Kind.TO, Kind.DASH, Kind.FILLER);
      boolean slash = false;
      if (sep == pos && sep < tokens.size() && tokens.get(sep).is(Kind.SLASH)) {
        sep++;
        slash = true;
      }
      if (sep >= tokens.size() || !tokens.get(sep).timeLike()) {
        throw new Unclear("heure de fin manquante après « " + start.text() + " »");
      }
      Token end = tokens.get(sep);
      if (!start.is(Kind.TIME) && !end.is(Kind.TIME)) {
        throw new Unclear("nombres sans heure");
      }
      if (slash && !(start.is(Kind.TIME) && end.is(Kind.TIME))) {
        throw new Unclear("plage horaire ambiguë");
      }
      int s = minutes(start);
      int e = minutes(end);
      if (e <= s) {
        throw new Unclear("plage horaire à l'envers (" + start.text() + "-" + end.text() + ")");
      }
      ranges.add(new TimeRange(s, e));
      pos = sep + 1;
      // A span may carry a redundant "h" or minutes-less repeat; anything else ends the list
      // unless another span follows a separator.
      int next = DayParser.skip(tokens, pos, Kind.COMMA, Kind.AND, Kind.SLASH, Kind.DASH);
      if (next < tokens.size() && startsTimes(tokens, next)) {
        pos = next;
        continue;
      }
      return new Result(ranges, pos);
    }
  }

  private static int minutes(Token t) {
    return t.is(Kind.TIME) ? t.value() : t.value() * 60;
  }
}
