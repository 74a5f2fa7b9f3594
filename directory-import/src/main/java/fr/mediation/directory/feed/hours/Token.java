package fr.mediation.directory.feed.hours;

/**
 * One token of an hours text.
 *
 * @param kind what it is
 * @param text the normalised text it was read from
 * @param value a day (1 = Monday), a time in minutes, a number or an ordinal (-1 = last)
 */
record Token(Kind kind, String text, int value) {

  enum Kind {
    /** A day of the week; value 1 (Monday) to 7. */
    DAY,
    /** A time written as a time (9h, 9h30, 09:30, midi); value in minutes. */
    TIME,
    /** A bare number (may be an hour in "9-12h"). */
    NUMBER,
    /** 1er, 2e, dernier...; value the occurrence in the month (-1: last). */
    ORDINAL,
    /** "du mois", "de chaque mois". */
    MONTH,
    /** Every day ("tous les jours", "7j/7"). */
    ALL_DAYS,
    /** Monday to Friday ("la semaine", "en semaine"). */
    WEEKDAYS,
    /** "à", "au", "jusqu'à": a range of days or times. */
    TO,
    /** "et", "&". */
    AND,
    /** A dash. */
    DASH,
    /** A slash. */
    SLASH,
    /** A comma, a plus sign. */
    COMMA,
    /** A colon. */
    COLON,
    /** A strong break: semicolon, full stop, line break. */
    BREAK,
    /** Fermé. */
    CLOSED,
    /** Sauf, excepté, hors. */
    EXCEPT,
    /** Jours fériés. */
    HOLIDAYS,
    /** Matin. */
    MORNING,
    /** Après-midi. */
    AFTERNOON,
    /** Every other week, once a month...: a frequency that is not said exactly. */
    FREQUENCY,
    /** Sur rendez-vous. */
    APPOINTMENT,
    /** A word that adds nothing ("de", "le", "horaires"...). */
    FILLER,
    /** Anything else. */
    UNKNOWN
  }

  boolean is(Kind k) {
    return kind == k;
  }

  /** A time, or a bare number that may be an hour. */
  boolean timeLike() {
    return kind == Kind.TIME || (kind == Kind.NUMBER && value <= 24);
  }
}
