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

/** The analyzers of {@link Analyzers} for the embedded Lucene backend. */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context
        .analyzer(Analyzers.FRENCH)
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
        .tokenFilter(ASCIIFoldingFilterFactory.class)
        .tokenFilter(FrenchLightStemFilterFactory.class);

    // The same chain without stemming: see SearchWords, which reads queries with it.
    context
        .analyzer(Analyzers.FRENCH_WORDS)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(ElisionFilterFactory.class)
        .param("ignoreCase", "true")
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(StopFilterFactory.class)
        .param("format", "snowball")
        .param("words", "org/apache/lucene/analysis/snowball/french_stop.txt")
        .param("ignoreCase", "true")
        .tokenFilter(ASCIIFoldingFilterFactory.class);

    context
        .normalizer(Analyzers.SORT)
        .custom()
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class);
  }
}
