package fr.mediation.directory.venue.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The words of a full-text query as the {@link Analyzers#FRENCH_WORDS} analyzer reads them (the
 * same chain as the index's, on either backend): elisions removed, lower case, French stop words
 * removed, accents folded. Each word is then matched on its own, exactly (stemmed) or within its
 * typo allowance (unstemmed), so that every word must match in one way or the other.
 */
public final class SearchWords {

  private static final Analyzer WORDS = words();

  private SearchWords() {}

  private static Analyzer words() {
    try {
      return CustomAnalyzer.builder(new ClasspathResourceLoader(SearchWords.class.getClassLoader()))
          .withTokenizer(StandardTokenizerFactory.class)
          .addTokenFilter(ElisionFilterFactory.class, "ignoreCase", "true")
          .addTokenFilter(LowerCaseFilterFactory.class)
          .addTokenFilter(
              StopFilterFactory.class,
              "format",
              "snowball",
              "words",
              "org/apache/lucene/analysis/snowball/french_stop.txt",
              "ignoreCase",
              "true")
          .addTokenFilter(ASCIIFoldingFilterFactory.class)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The searchable words of {@code text}, in order; empty when it holds only stop words ("le", "de
   * la") or punctuation.
   */
  public static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    try (TokenStream stream = WORDS.tokenStream("q", new StringReader(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /**
   * The typos forgiven in a word: none up to 3 letters (too many words are one edit apart), one up
   * to 7, two from 8 letters on.
   */
  public static int typos(String word) {
    int length = word.length();
    return length <= 3 ? 0 : length <= 7 ? 1 : 2;
  }
}
