package fr.mediation.directory.feed.pull;

import fr.mediation.directory.feed.FeedImporter;
import fr.mediation.directory.feed.ImportReport;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.retry.Sleeper;
import fr.mediation.directory.source.ImportRun.Status;
import fr.mediation.directory.source.ImportRun.Trigger;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pulls a source's file from its URL and imports it: a 304 answer or an unreachable hub is recorded
 * as a run that changed nothing. The file's validators (ETag, Last-Modified) are kept for the next
 * conditional request only when the file was imported, so a held or unreadable file is fetched
 * again next time.
 */
@ApplicationScoped
public class PullService {

  @Inject Sources sources;

  @Inject FeedImporter importer;

  /** Hosts a hub's server may redirect a pull to (comma-separated), beside its own origin. */
  @Inject
  @ConfigProperty(name = "directory.pull.redirect-hosts", defaultValue = " ")
  String redirectHosts;

  /** Whether those hosts may resolve to loopback or private addresses. */
  @Inject
  @ConfigProperty(name = "directory.pull.allow-private-redirects", defaultValue = "false")
  boolean allowPrivateRedirects;

  private FeedFetcher fetcher;

  @PostConstruct
  void open() {
    fetcher =
        new FeedFetcher(
            FetchOptions.defaults(),
            Sleeper.real(),
            RedirectPolicy.of(redirectHosts, allowPrivateRedirects));
  }

  /**
   * Pulls source {@code sourceKey} now.
   *
   * @throws IllegalArgumentException when there is no such source or it is not pulled
   */
  public ImportReport pull(String sourceKey, Trigger trigger) {
    Source source =
        sources
            .find(sourceKey)
            .orElseThrow(() -> new IllegalArgumentException("No source " + sourceKey));
    if (source.getDelivery() != Source.Delivery.PULL || source.getUrl() == null) {
      throw new IllegalArgumentException("Source " + sourceKey + " is not pulled from a URL.");
    }
    String lastSha = sources.lastImportedSha(sourceKey).orElse("-");
    // A file read differently since its last import is fetched whole, even if unchanged.
    FetchState state =
        sources.readingChangedSinceLastImport(source)
            ? FetchState.none()
            : new FetchState(source.getEtag(), source.getLastModified());
    FetchResult result = fetcher.fetch(source.getUrl(), state);
    return switch (result) {
      case FetchResult.NotModified n ->
          importer.record(
              sourceKey,
              lastSha,
              trigger,
              Status.UNCHANGED,
              Message.of(FetchTexts.BUNDLE, "run.not-modified"));
      case FetchResult.Failed f ->
          importer.record(
              sourceKey, lastSha, trigger, Status.FAILED, new Message(f.reason(), f.reasonFr()));
      case FetchResult.Fetched f -> {
        ImportReport report = importer.accept(sourceKey, f.body(), trigger);
        if (report.status() == Status.SUCCEEDED || report.status() == Status.UNCHANGED) {
          sources.savePullState(sourceKey, f.newState().etag(), f.newState().lastModified());
        }
        yield report;
      }
    };
  }

  @PreDestroy
  void close() {
    if (fetcher != null) {
      fetcher.close();
    }
  }
}
