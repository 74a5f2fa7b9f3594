package fr.mediation.directory.federation;

import fr.mediation.directory.federation.DuplicateScorer.Compared;

/**
 * What the detector finds of two venues besides their names' likeness, and their distance when both
 * are placed.
 */
record PairFacts(
    Compared a,
    Compared b,
    Double distance,
    double address,
    boolean sameCommune,
    double proximity,
    boolean samePhone,
    boolean sameEmail,
    boolean sameWebsite,
    double pivot) {

  static PairFacts of(Compared ca, Compared cb, Double distance) {
    Matchable a = ca.venue();
    Matchable b = cb.venue();
    double address =
        DuplicateScorer.addressSimilarity(
            ca.street(),
            ca.streetWeights(),
            ca.houseNumber(),
            cb.street(),
            cb.streetWeights(),
            cb.houseNumber());
    boolean sameCommune =
        DuplicateScorer.same(a.codeInsee(), b.codeInsee())
            || DuplicateScorer.same(a.codePostal(), b.codePostal());
    double proximity;
    if (distance != null) {
      proximity = distance <= 100 ? 1 : Math.max(0, 1 - (distance - 100) / 900);
    } else {
      proximity = sameCommune ? 0.5 : 0;
    }
    return new PairFacts(
        ca,
        cb,
        distance,
        address,
        sameCommune,
        proximity,
        DuplicateScorer.same(a.telephone(), b.telephone()),
        Contacts.shareAny(ca.emails(), cb.emails()),
        // A website is weak: a town's or network's site lists many of its venues.
        Contacts.shareAny(ca.hosts(), cb.hosts()),
        DuplicateScorer.samePivot(a, b) ? 1 : 0);
  }

  /** The contacts' part: a phone or an e-mail in common; else, weakly, a website. */
  double contacts() {
    return samePhone || sameEmail ? 1 : sameWebsite ? 0.3 : 0;
  }
}
