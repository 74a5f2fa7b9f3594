package fr.mediation.directory.report;

import fr.mediation.directory.text.Folding;

/** The key under which two reports say the same thing, whatever their case, accents or spacing. */
final class ReportMessages {

  private ReportMessages() {}

  /**
   * {@code message} lower-cased, without accents, with œ and æ spelt out, its punctuation and
   * spacing reduced to single spaces: « L’accueil a FERMÉ ! » and « l'accueil a fermé » share one
   * key.
   */
  static String key(String message) {
    String key = Folding.fold(message).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return key.length() > ErrorReports.MAX_MESSAGE
        ? key.substring(0, ErrorReports.MAX_MESSAGE)
        : key;
  }
}
