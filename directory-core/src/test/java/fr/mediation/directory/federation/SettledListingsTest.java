package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mediation.directory.federation.SettledListings.Settled;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Federation's write of the listings it composed ({@link SettledListings}, which FederationStore
 * calls in its transaction) on the migrated schema, in H2: a listing read at its current version
 * gets its merged venue and is no longer pending; one an import published again since it was read
 * (its version moved on) fails the write, which the transaction then rolls back whole, leaving
 * every listing pending for the next pass.
 */
class SettledListingsTest {

  private Connection db;

  @BeforeEach
  void migratedDatabase() throws SQLException {
    db = MigratedH2.open("settled");
    // As in the store's transaction: nothing is committed until the whole write succeeds.
    db.setAutoCommit(false);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    MigratedH2.drop(db);
  }

  /** Stores a pending listing whose row is at {@code version}, as an import leaves it. */
  private void listing(String id, long version) throws SQLException {
    try (PreparedStatement venue =
            db.prepareStatement(
                "insert into venue (id, source_key, local_id, pivot, nom, commune, code_postal,"
                    + " adresse, date_maj, created_at, updated_at, version)"
                    + " values (?, 'hub', ?, '00000000000000', 'Médiathèque', 'Épernay', '51200',"
                    + " '1 place de l''Hôtel de Ville', ?, ?, ?, ?)");
        PreparedStatement federation =
            db.prepareStatement("insert into venue_federation (venue_id) values (?)")) {
      Timestamp epoch = Timestamp.from(Instant.EPOCH);
      venue.setString(1, id);
      venue.setString(2, id);
      venue.setDate(3, Date.valueOf("2026-01-01"));
      venue.setTimestamp(4, epoch);
      venue.setTimestamp(5, epoch);
      venue.setLong(6, version);
      venue.executeUpdate();
      federation.setString(1, id);
      federation.executeUpdate();
    }
    db.commit();
  }

  /** Each listing's federation columns, as "id merged_id pending", by id. */
  private List<String> federation() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet r =
        db.createStatement()
            .executeQuery(
                "select venue_id, merged_id, federation_pending from venue_federation"
                    + " order by venue_id")) {
      while (r.next()) {
        rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getBoolean(3));
      }
    }
    return rows;
  }

  @Test
  void listingsReadAtTheirVersionGetTheirMergedVenueAndAreNoLongerPending() throws SQLException {
    listing("fs-1", 0);
    listing("hub-1", 3);

    SettledListings.write(
        db, List.of(new Settled("hub-1", "m-1", 3), new Settled("fs-1", "m-1", 0)));

    assertThat(federation()).containsExactly("fs-1 m-1 false", "hub-1 m-1 false");
  }

  @Test
  void aListingPublishedAgainSinceItWasReadFailsTheWriteAndEveryListingStaysPending()
      throws SQLException {
    listing("fs-1", 1);
    listing("hub-1", 3);

    // fs-1 was read at version 0; an import has published it again since.
    assertThatThrownBy(
            () ->
                SettledListings.write(
                    db, List.of(new Settled("hub-1", "m-1", 3), new Settled("fs-1", "m-1", 0))))
        .isInstanceOf(OptimisticLockException.class)
        .hasMessageContaining("fs-1");
    db.rollback();

    assertThat(federation()).containsExactly("fs-1 null true", "hub-1 null true");
  }

  @Test
  void aChangedListingInALaterBatchFailsTheWriteToo() throws SQLException {
    List<Settled> settled = new ArrayList<>();
    for (int i = 0; i <= FederationStore.BATCH; i++) {
      String id = "hub-%04d".formatted(i);
      listing(id, i == FederationStore.BATCH ? 1 : 0);
      settled.add(new Settled(id, "m-" + i, 0));
    }

    assertThatThrownBy(() -> SettledListings.write(db, settled))
        .isInstanceOf(OptimisticLockException.class)
        .hasMessageContaining("hub-%04d".formatted(FederationStore.BATCH));
  }
}
