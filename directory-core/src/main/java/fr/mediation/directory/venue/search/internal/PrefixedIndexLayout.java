package fr.mediation.directory.venue.search.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's default layout of Elasticsearch/OpenSearch indexes ({@code venue-000001}
 * behind the aliases {@code venue-write} and {@code venue-read}), every name prefixed with {@code
 * DIRECTORY_INDEX_PREFIX} (empty by default): several directories (production and staging, or test
 * servers) can then share one cluster.
 */
public class PrefixedIndexLayout implements IndexLayoutStrategy {

  /** The configuration key of the prefix. */
  public static final String PREFIX_KEY = "directory.index.prefix";

  private static final Pattern PRIMARY_NAME = Pattern.compile("(.*)-\\d{6}");

  private final String prefix;

  public PrefixedIndexLayout() {
    this(configuredPrefix());
  }

  PrefixedIndexLayout(String prefix) {
    if (!prefix.matches("[a-z0-9_-]*")) {
      throw new IllegalArgumentException(
          "DIRECTORY_INDEX_PREFIX must hold lower-case letters, digits, '-' or '_' only, not '"
              + prefix
              + "'.");
    }
    this.prefix = prefix;
  }

  private static String configuredPrefix() {
    return Optional.ofNullable(System.getProperty(PREFIX_KEY))
        .or(
            () -> {
              try {
                return ConfigProvider.getConfig().getOptionalValue(PREFIX_KEY, String.class);
              } catch (IllegalStateException | UnsupportedOperationException e) {
                return Optional.empty(); // no MicroProfile Config outside the server
              }
            })
        .or(() -> Optional.ofNullable(System.getenv("DIRECTORY_INDEX_PREFIX")))
        .map(String::strip)
        .orElse("");
  }

  @Override
  public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName + "-000001";
  }

  @Override
  public String createWriteAlias(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName + "-write";
  }

  @Override
  public String createReadAlias(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName + "-read";
  }

  @Override
  public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName;
  }

  @Override
  public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
    Matcher matcher = PRIMARY_NAME.matcher(elasticsearchIndexName);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "Unexpected index name '" + elasticsearchIndexName + "': expected NAME-000001.");
    }
    return matcher.group(1);
  }
}
