package fr.mediation.directory.federation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * The merged ids of a batch's groups, and what becomes of the old ones no group kept: each group
 * keeps the merged id most of its listings had (largest groups first); a new group takes its oldest
 * listing's id, unless a merged venue has it already; an old id no group kept redirects to where
 * most of its published listings went, or is retired when none is left.
 *
 * @param ids the merged id of each group, in the groups' order
 * @param redirects old merged id to the id it redirects to
 * @param retired old merged ids without a published listing left
 */
record MergedIds(List<String> ids, Map<String, String> redirects, Set<String> retired) {

  /**
   * @param all the batch's listings by id
   * @param existing which of some ids merged venues have already
   */
  static MergedIds of(
      List<Set<String>> groups,
      Map<String, Row> all,
      Function<Collection<String>, Set<String>> existing) {
    Set<String> used = new HashSet<>();
    List<String> ids = new ArrayList<>(groups.size());
    List<Set<String>> unnamed = new ArrayList<>();
    for (Set<String> group : groups) {
      Map<String, Integer> votes = new TreeMap<>();
      for (String id : group) {
        String old = all.get(id).mergedId();
        if (old != null && !used.contains(old)) {
          votes.merge(old, 1, Integer::sum);
        }
      }
      String chosen =
          votes.entrySet().stream()
              .max(
                  Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
              .map(Map.Entry::getKey)
              .orElse(null);
      if (chosen != null) {
        used.add(chosen);
      } else {
        unnamed.add(group);
      }
      ids.add(chosen);
    }
    Map<Set<String>, String> oldest = new HashMap<>();
    for (Set<String> group : unnamed) {
      oldest.put(
          group,
          group.stream()
              .map(all::get)
              .min(
                  Comparator.comparing(
                          Row::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
                      .thenComparing(Row::id))
              .orElseThrow()
              .id());
    }
    Set<String> taken = existing.apply(oldest.values());
    for (int i = 0; i < groups.size(); i++) {
      if (ids.get(i) == null) {
        String candidate = oldest.get(groups.get(i));
        String id =
            taken.contains(candidate) || used.contains(candidate)
                ? UUID.randomUUID().toString()
                : candidate;
        used.add(id);
        ids.set(i, id);
      }
    }

    Map<String, String> groupIdOf = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      for (String listing : groups.get(i)) {
        groupIdOf.put(listing, ids.get(i));
      }
    }
    // Where the published listings of each old id no group kept went, read in one pass.
    Map<String, Map<String, Integer>> destinations = new HashMap<>();
    for (Row r : all.values()) {
      String old = r.mergedId();
      if (old != null && !used.contains(old)) {
        Map<String, Integer> counts = destinations.computeIfAbsent(old, k -> new TreeMap<>());
        if (!r.retired()) {
          counts.merge(groupIdOf.get(r.id()), 1, Integer::sum);
        }
      }
    }
    Map<String, String> redirects = new HashMap<>();
    Set<String> retired = new HashSet<>();
    destinations.forEach(
        (old, counts) ->
            counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .ifPresentOrElse(e -> redirects.put(old, e.getKey()), () -> retired.add(old)));
    return new MergedIds(ids, redirects, retired);
  }
}
