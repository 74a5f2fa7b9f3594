package fr.mediation.directory.venue.search.internal;

import fr.mediation.directory.venue.search.Analyzers;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/** The analyzers of {@link Analyzers} for the embedded Lucene backend. */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    // French words, then stemmed: "ateliers" and "atelier" index the same.
    frenchWords(context, Analyzers.FRENCH).tokenFilter(FrenchLightStemFilterFactory.class);

    // The same chain without stemming: see SearchWords, which reads queries with it.
    frenchWords(context, Analyzers.FRENCH_WORDS);

    context
        .normalizer(Analyzers.SORT)
        .custom()
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class);
  }

  /**
   * The analyzer {@code name}: the standard tokenizer, French elisions (l', d', qu'...), lower
   * case, French stop words, accents folded; more filters may follow.
   */
  private static LuceneAnalysisOptionalComponentsStep frenchWords(
      LuceneAnalysisConfigurationContext context, String name) {
    return context
        .analyzer(name)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        // Without an "articles" parameter the filter uses French's: l, d, qu, j, m, t, s, n, c...
        .tokenFilter(ElisionFilterFactory.class)
        .param("ignoreCase", "true")
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(StopFilterFactory.class)
        .param("format", "snowball")
        .param("words", "org/apache/lucene/analysis/snowball/french_stop.txt")
        .param("ignoreCase", "true")
        .tokenFilter(ASCIIFoldingFilterFactory.class);
  }
}
