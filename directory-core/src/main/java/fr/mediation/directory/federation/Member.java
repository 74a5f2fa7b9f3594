package fr.mediation.directory.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A listing taking part in grouping: its id, what is compared, when it was first seen, and what
 * federation knows of it already.
 *
 * @param mergedId the merged venue it was last composed into (null when never composed)
 * @param settled whether neither it nor any listing of its merged venue changed since they were
 *     composed
 */
public record Member(
    String id, Matchable match, Instant createdAt, String mergedId, boolean settled) {

  /** A listing grouped as new: every pair it is in is scored. */
  public Member(String id, Matchable match, Instant createdAt) {
    this(id, match, createdAt, null, false);
  }

  /**
   * Whether the pair of this listing and {@code other} is scored. Two settled listings of different
   * merged venues are not: they were compared when last grouped, neither changed, and they were not
   * merged then; so the groups are those of scoring every pair, unless a people's "not duplicates"
   * decision elsewhere made the strongest-first joining take another order. Two listings of one
   * merged venue are, so that the venue keeps the edges that hold it together.
   */
  boolean scoredWith(Member other) {
    return !settled || !other.settled || (mergedId != null && mergedId.equals(other.mergedId));
  }

  /**
   * The members of the listings {@code rows} not retired; a merged venue with a changed listing (a
   * retired one too) is grouped again in full.
   */
  static List<Member> of(Collection<Row> rows) {
    Set<String> changedVenues = new HashSet<>();
    for (Row r : rows) {
      if (r.pending() && r.mergedId() != null) {
        changedVenues.add(r.mergedId());
      }
    }
    List<Member> members = new ArrayList<>();
    for (Row r : rows) {
      if (!r.retired()) {
        boolean settled =
            !r.pending() && r.mergedId() != null && !changedVenues.contains(r.mergedId());
        members.add(new Member(r.id(), r.match(), r.createdAt(), r.mergedId(), settled));
      }
    }
    return members;
  }
}
