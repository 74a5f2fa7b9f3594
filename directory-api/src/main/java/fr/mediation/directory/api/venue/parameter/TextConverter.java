package fr.mediation.directory.api.venue.parameter;

import fr.mediation.directory.venue.search.SearchWords;

/**
 * Words to search, stripped, at most {@link #MAX_TEXT} characters. Words made only of stop words
 * ("le", "de la") or punctuation are refused: they match nothing, and an empty list would be taken
 * for "no such venue".
 */
public final class TextConverter implements ParameterConverter<String> {

  public static final int MAX_TEXT = 200;

  public static final TextConverter TEXT = new TextConverter();

  private TextConverter() {}

  @Override
  public String convert(String name, String raw) {
    String text = raw.strip();
    if (text.length() > MAX_TEXT) {
      throw ParameterConverter.refused(name, text.substring(0, 40) + "…", "text.long", MAX_TEXT);
    }
    if (SearchWords.of(text).isEmpty()) {
      throw ParameterConverter.refused(name, raw, "text.empty");
    }
    return text;
  }
}
