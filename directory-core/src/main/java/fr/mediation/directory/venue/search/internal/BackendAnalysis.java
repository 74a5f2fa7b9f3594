package fr.mediation.directory.venue.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysis configurer of the persistence unit, whichever backend {@code
 * DIRECTORY_INDEX_BACKEND} chooses: the Lucene backend calls the first method, the
 * Elasticsearch/OpenSearch backend the second, so one property serves both.
 */
public class BackendAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    new LuceneAnalysis().configure(context);
  }

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    new ElasticsearchAnalysis().configure(context);
  }
}
