package fr.mediation.directory.venue.search.internal;

import fr.mediation.directory.venue.search.Analyzers;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link Analyzers} for the Elasticsearch/OpenSearch backend: the same chain as
 * {@link LuceneAnalysis}, built from the server's own components, so that a search finds the same
 * venues on both backends.
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

  /** Lucene's French articles ({@code FrenchAnalyzer.DEFAULT_ARTICLES}), used by LuceneAnalysis. */
  private static final String[] FRENCH_ARTICLES = {
    "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"
  };

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context
        .analyzer(Analyzers.FRENCH)
        .custom()
        .tokenizer("standard")
        .tokenFilters(
            "directory_french_elision",
            "lowercase",
            "directory_french_stop",
            "asciifolding",
            "directory_french_stemmer");
    context
        .analyzer(Analyzers.FRENCH_WORDS)
        .custom()
        .tokenizer("standard")
        .tokenFilters(
            "directory_french_elision", "lowercase", "directory_french_stop", "asciifolding");
    context
        .tokenFilter("directory_french_elision")
        .type("elision")
        .param("articles", FRENCH_ARTICLES)
        .param("articles_case", true);
    // The snowball French list, as Lucene's french_stop.txt.
    context
        .tokenFilter("directory_french_stop")
        .type("stop")
        .param("stopwords", "_french_")
        .param("ignore_case", true);
    context
        .tokenFilter("directory_french_stemmer")
        .type("stemmer")
        .param("language", "light_french");

    context.normalizer(Analyzers.SORT).custom().tokenFilters("lowercase", "asciifolding");
  }
}
