package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Federation's reads by many values bound as one array ({@link ValuesReads}) and its rows read from
 * them ({@link Row#SELECT}), on the migrated schema in H2: every value is looked up, across
 * batches, values are data and never SQL, and a row reads back what was stored, missing position
 * and merged id included.
 */
class ValuesReadsTest {

  private static final Instant CREATED = Instant.parse("2026-03-01T08:30:15.123456Z");

  private Connection db;

  @BeforeEach
  void migratedDatabase() throws SQLException {
    db = MigratedH2.open("values");
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    MigratedH2.drop(db);
  }

  /** Stores a listing as an import leaves it; {@code latitude} null for one without a position. */
  private void listing(String id, String nom, String telephone, Double latitude, String mergedId)
      throws SQLException {
    try (PreparedStatement venue =
            db.prepareStatement(
                "insert into venue (id, source_key, local_id, pivot, nom, commune, code_postal,"
                    + " code_insee, adresse, latitude, longitude, telephone, date_maj, created_at,"
                    + " updated_at, version)"
                    + " values (?, 'hub', ?, '00000000000000', ?, 'L''Haÿ-les-Roses', '94240',"
                    + " '94038', '1 rue Œuvre', ?, ?, ?, ?, ?, ?, 0)");
        PreparedStatement federation =
            db.prepareStatement(
                "insert into venue_federation (venue_id, merged_id) values (?, ?)")) {
      venue.setString(1, id);
      venue.setString(2, "local-" + id);
      venue.setString(3, nom);
      if (latitude == null) {
        venue.setNull(4, Types.DOUBLE);
        venue.setNull(5, Types.DOUBLE);
      } else {
        venue.setDouble(4, latitude);
        venue.setDouble(5, 2.34);
      }
      venue.setString(6, telephone);
      venue.setDate(7, Date.valueOf("2026-01-01"));
      venue.setTimestamp(8, Timestamp.from(CREATED));
      venue.setTimestamp(9, Timestamp.from(CREATED));
      venue.executeUpdate();
      federation.setString(1, id);
      federation.setString(2, mergedId);
      federation.executeUpdate();
    }
  }

  @Test
  void everyValueIsLookedUpAcrossBatchesAndOnlyTheRowsHoldingOneAreRead() throws SQLException {
    List<String> asked = new ArrayList<>();
    for (int i = 0; i < 2 * ValuesReads.BATCH + 7; i++) {
      String id = "hub-%05d".formatted(i);
      if (i % 3 == 0) {
        listing(id, "Médiathèque " + i, "+33100000" + i, 48.79, null);
      }
      asked.add(id);
    }
    asked.add("absent");

    List<String> ids =
        ValuesReads.read(db, "select id from venue where id = any(?)", asked, r -> r.getString(1));

    assertThat(ids)
        .hasSize((2 * ValuesReads.BATCH + 7 + 2) / 3)
        .doesNotHaveDuplicates()
        .allMatch(id -> Integer.parseInt(id.substring(4)) % 3 == 0);
  }

  @Test
  void valuesAreDataNeverSql() throws SQLException {
    String hostile = "x' or '1'='1";
    listing("a", "Espace public numérique", "+33102030405", 48.79, null);
    listing(hostile, "Point d'accès | \"numérique\"", "+33102030406", 48.79, null);

    assertThat(
            ValuesReads.read(
                db,
                "select id from venue where id = any(?)",
                List.of(hostile),
                r -> r.getString(1)))
        .containsExactly(hostile);
    assertThat(
            ValuesReads.read(
                db,
                "select id from venue where telephone = any(?)",
                List.of("+33102030405", "' or 1=1 --"),
                r -> r.getString(1)))
        .containsExactly("a");
  }

  @Test
  void everyParameterOfTheStatementIsTheArrayOfValues() throws SQLException {
    listing("a", "Espace public numérique", "+33102030405", 48.79, null);
    listing("b", "Médiathèque", "+33102030406", 48.79, null);
    listing("c", "Mairie", "+33102030407", 48.79, null);

    // As people's decisions are read: a listing named on either side.
    assertThat(
            ValuesReads.read(
                db,
                "select id from venue where id = any(?)"
                    + " union select id from venue where telephone = any(?)",
                List.of("a", "+33102030406"),
                r -> r.getString(1)))
        .containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void noValueReadsNothing() throws SQLException {
    listing("a", "Espace public numérique", "+33102030405", 48.79, null);

    assertThat(
            ValuesReads.read(
                db, "select id from venue where id = any(?)", List.of(), r -> r.getString(1)))
        .isEmpty();
  }

  @Test
  void aRowReadsBackWhatWasStored() throws SQLException {
    listing("placed", "Maison France Services d'Œuilly", "+33326000000", 48.79, "m-1");
    listing("unplaced", "Café associatif", null, null, null);

    List<Row> rows =
        ValuesReads.read(
            db,
            Row.SELECT + "where v.id = any(?) order by v.id",
            List.of("placed", "unplaced"),
            Row::of);

    assertThat(rows).hasSize(2);
    Row placed = rows.get(0);
    assertThat(placed.id()).isEqualTo("placed");
    assertThat(placed.match())
        .isEqualTo(
            new Matchable(
                "hub",
                "local-placed",
                "Maison France Services d'Œuilly",
                "1 rue Œuvre",
                "94240",
                "94038",
                48.79,
                2.34,
                "00000000000000",
                "+33326000000",
                null,
                null));
    assertThat(placed.mergedId()).isEqualTo("m-1");
    assertThat(placed.createdAt()).isEqualTo(CREATED);
    assertThat(placed.retired()).isFalse();
    assertThat(placed.pending()).isTrue();
    Row unplaced = rows.get(1);
    assertThat(unplaced.match().placed()).isFalse();
    assertThat(unplaced.match().latitude()).isNull();
    assertThat(unplaced.match().telephone()).isNull();
    assertThat(unplaced.mergedId()).isNull();
  }

  /** Unpublishes listing {@code id}; {@code federated}: and federation has composed that since. */
  private void retire(String id, boolean federated) throws SQLException {
    try (PreparedStatement venue =
            db.prepareStatement("update venue set retired_at = ? where id = ?");
        PreparedStatement federation =
            db.prepareStatement(
                "update venue_federation set federation_pending = ? where venue_id = ?")) {
      venue.setTimestamp(1, Timestamp.from(CREATED));
      venue.setString(2, id);
      venue.executeUpdate();
      federation.setBoolean(1, !federated);
      federation.setString(2, id);
      federation.executeUpdate();
    }
  }

  @Test
  void aDepartementsListingsInPlayAreReadAndARetirementFederatedAlreadyIsNot() throws SQLException {
    listing("published", "Médiathèque", "+33102030405", 48.79, "m-1");
    listing("leaving", "Mairie", "+33102030406", 48.79, "m-2");
    retire("leaving", false);
    listing("gone", "Café associatif", "+33102030407", 48.79, "m-3");
    retire("gone", true);

    assertThat(Row.ofDepartement(db, "94"))
        .extracting(Row::id)
        .containsExactlyInAnyOrder("published", "leaving");
    assertThat(Row.ofDepartement(db, "93")).isEmpty();
    assertThat(Row.byIds(db, List.of("published", "leaving", "gone"), false))
        .extracting(Row::id)
        .containsExactlyInAnyOrder("published", "leaving");
    assertThat(Row.byIds(db, List.of("published", "leaving", "gone"), true))
        .extracting(Row::id)
        .containsExactly("published");
  }
}
