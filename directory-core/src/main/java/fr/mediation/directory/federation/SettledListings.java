package fr.mediation.directory.federation;

import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes the merged venue of each listing federation composed, and clears its pending mark, in the
 * narrow table {@code venue_federation}: JDBC batches of updates, each guarded by the version the
 * listing was read with. Kept apart from {@link FederationStore} (which calls it in its
 * transaction) so that the guard is tested on a database of its own.
 */
final class SettledListings {

  /** A listing composed into merged venue {@code mergedId}, as read at {@code version}. */
  record Settled(String id, String mergedId, long version) {}

  private SettledListings() {}

  /**
   * Writes {@code settled} on {@code connection} in batches of {@link FederationStore#BATCH},
   * unless a listing changed since it was read: then it throws, and the caller's transaction rolls
   * back whatever the batches wrote.
   *
   * @throws OptimisticLockException when a listing's version is no longer the one it was read at
   */
  static void write(Connection connection, List<Settled> settled) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "update venue_federation set merged_id = ?, federation_pending = false"
                + " where venue_id = ?"
                + " and exists (select 1 from venue v where v.id = ? and v.version = ?)")) {
      for (int from = 0; from < settled.size(); from += FederationStore.BATCH) {
        List<Settled> batch =
            settled.subList(from, Math.min(from + FederationStore.BATCH, settled.size()));
        for (Settled s : batch) {
          update.setString(1, s.mergedId());
          update.setString(2, s.id());
          update.setString(3, s.id());
          update.setLong(4, s.version());
          update.addBatch();
        }
        int[] counts = update.executeBatch();
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] == 0) {
            throw new OptimisticLockException(
                "Listing " + batch.get(i).id() + " changed while it was composed");
          }
        }
      }
    }
  }
}
