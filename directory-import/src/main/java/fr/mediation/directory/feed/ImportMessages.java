package fr.mediation.directory.feed;

import fr.mediation.directory.feed.ImportWriter.Counts;
import fr.mediation.directory.message.Message;

/**
 * What a run's report says of how it ended, in English and French: the texts are the {@code run.*}
 * messages of the feed's bundle ({@code fr/mediation/directory/feed/messages*.properties}).
 */
final class ImportMessages {

  private static final String MESSAGES = "fr.mediation.directory.feed.messages";

  private ImportMessages() {}

  /**
   * A published run: its rows read, accepted (new, updated, unchanged), rejected, and retirements.
   */
  static Message succeeded(int read, int accepted, Counts counts, int rejected, int retired) {
    return Message.of(
        MESSAGES,
        "run.succeeded",
        read,
        accepted,
        counts.created(),
        counts.updated(),
        counts.unchanged(),
        rejected,
        retired);
  }

  /** A run held because it would retire more than the source's allowed share of its venues. */
  static Message held(int retiring, long active, double maxShare) {
    return Message.of(
        MESSAGES,
        "run.held",
        retiring,
        active,
        Math.round(100.0 * retiring / active),
        Math.round(100 * maxShare));
  }

  /** A run being read, staged and published. */
  static Message running() {
    return Message.of(MESSAGES, "run.running");
  }

  /** A run ended by an unexpected error: nothing of its file was published. */
  static Message failed() {
    return Message.of(MESSAGES, "run.failed");
  }

  /** A dry run's report: {@code outcome}, what an import of the file would have done. */
  static Message dryRun(Message outcome) {
    return Message.around(MESSAGES, "run.dry", outcome);
  }

  /** A dry run of a file that could not be read: {@code why}. */
  static Message dryRunUnreadable(Message why) {
    return Message.around(MESSAGES, "run.dry.unreadable", why);
  }
}
