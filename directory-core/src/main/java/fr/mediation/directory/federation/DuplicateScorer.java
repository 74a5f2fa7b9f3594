package fr.mediation.directory.federation;

import fr.mediation.directory.geo.GreatCircle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether two venues are the same place: a score from 0 to 1 built from their names (distinctive
 * words weigh more than "mairie", "espace", "médiathèque"), addresses, distance, and shared
 * contacts (phone, e-mail, website, registry number), and a threshold. Each decision says why.
 */
public final class DuplicateScorer {

  /** Default score from which two venues are taken as the same. */
  public static final double DEFAULT_THRESHOLD = 0.62;

  /** Beyond this distance two venues are never the same place. */
  public static final double MAX_DISTANCE_M = 3_000;

  /** Candidates: venues of one commune within this distance, or sharing an identifier. */
  public static final double CANDIDATE_DISTANCE_M = 1_000;

  /** Weights of the names', addresses' and positions' similarities in the score. */
  static final double NAME_WEIGHT = 0.40;

  static final double ADDRESS_WEIGHT = 0.20;
  static final double PROXIMITY_WEIGHT = 0.15;

  private final double threshold;

  public DuplicateScorer() {
    this(DEFAULT_THRESHOLD);
  }

  public DuplicateScorer(double threshold) {
    this.threshold = threshold;
  }

  /** The score from which two venues are the same. */
  public double threshold() {
    return threshold;
  }

  /** A decision and its reasons. */
  public record Decision(boolean duplicate, double score, List<String> reasons) {}

  /** Whether the pair is worth scoring at all (blocking): the cheap test run on every pair. */
  public static boolean candidate(Matchable a, Matchable b) {
    if (samePivot(a, b) || same(a.telephone(), b.telephone())) {
      return true;
    }
    boolean sameCommune =
        same(a.codeInsee(), b.codeInsee()) || same(a.codePostal(), b.codePostal());
    if (a.placed() && b.placed()) {
      double h = GreatCircle.haversine(a.latitude(), a.longitude(), b.latitude(), b.longitude());
      return h <= CANDIDATE_HAVERSINE || (sameCommune && h <= MAX_HAVERSINE);
    }
    return sameCommune;
  }

  /** {@link #CANDIDATE_DISTANCE_M} as a {@linkplain GreatCircle#haversine haversine}. */
  static final double CANDIDATE_HAVERSINE = GreatCircle.haversineOf(CANDIDATE_DISTANCE_M);

  /** {@link #MAX_DISTANCE_M} as a {@linkplain GreatCircle#haversine haversine}. */
  static final double MAX_HAVERSINE = GreatCircle.haversineOf(MAX_DISTANCE_M);

  /**
   * What the detector reads of one venue, worked out once: grouping a dense city scores each
   * listing against many others, and the words of its name and address, its kinds, e-mails and
   * websites would otherwise be worked out again for every pair.
   */
  public record Compared(
      Matchable venue,
      List<String> name,
      List<String> street,
      String houseNumber,
      List<String> qualifier,
      Set<VenueKinds> kinds,
      boolean mobile,
      Set<String> emails,
      Set<String> hosts,
      Weights nameWeights,
      Weights streetWeights) {

    /** What the detector reads of {@code venue}. */
    public static Compared of(Matchable venue) {
      List<String> name = NameTokens.tokens(venue.nom());
      List<String> address = NameTokens.tokens(venue.adresse());
      List<String> street = NameTokens.streetWords(address);
      List<String> nameWords = VenueKinds.words(venue.nom());
      return new Compared(
          venue,
          name,
          street,
          NameTokens.houseNumber(address),
          DuplicateScorer.qualifier(venue.nom()),
          VenueKinds.of(nameWords),
          VenueKinds.mobile(nameWords),
          Contacts.emails(venue.courriels()),
          Contacts.hosts(venue.siteWeb()),
          Weights.of(name),
          Weights.of(street));
    }
  }

  /** The weight of each word of a name or a street, their total, and the distinctive words'. */
  public record Weights(double[] each, double total, int distinctive) {
    static Weights of(List<String> words) {
      double[] each = new double[words.size()];
      int distinctive = 0;
      for (int i = 0; i < each.length; i++) {
        each[i] = NameTokens.weight(words.get(i));
        if (each[i] == 1.0) {
          distinctive++;
        }
      }
      // Summed as the stream did, the total equals to the last bit what a name's words add up to.
      return new Weights(each, java.util.Arrays.stream(each).sum(), distinctive);
    }
  }

  /** The decision for {@code a} and {@code b}. */
  public Decision decide(Matchable a, Matchable b) {
    return decide(Compared.of(a), Compared.of(b));
  }

  /** The decision for {@code ca} and {@code cb}, with its reasons. */
  public Decision decide(Compared ca, Compared cb) {
    return decide(ca, cb, true);
  }

  /**
   * The decision for {@code ca} and {@code cb}; its reasons only when {@code explained}: grouping a
   * city scores millions of pairs, and writing out each one's reasons took most of the time.
   * Unexplained, a pair that could not reach the threshold even with the same name is not scored
   * further: its decision's score is then the highest the pair could have.
   */
  public Decision decide(Compared ca, Compared cb, boolean explained) {
    Reasons reasons = explained ? new Reasons(new ArrayList<>()) : Reasons.UNWRITTEN;
    return decide(ca, cb, reasons);
  }

  private Decision decide(Compared ca, Compared cb, Reasons reasons) {
    Matchable a = ca.venue();
    Matchable b = cb.venue();
    Double distance = a.placed() && b.placed() ? distance(a, b) : null;
    if (distance != null && distance > MAX_DISTANCE_M) {
      reasons.format("%.0f m apart", distance);
      return new Decision(false, 0, reasons.written());
    }
    PairFacts facts = PairFacts.of(ca, cb, distance);
    if (reasons == Reasons.UNWRITTEN) {
      // The names are the costly part (each word against the other's), and the score grows with
      // them: a pair that would not reach the threshold with the same name is not a duplicate, and
      // most pairs a city's grouping meets are such (different kinds, streets, far apart).
      double highest = score(1, facts, reasons);
      if (highest < threshold) {
        return new Decision(false, highest, reasons.written());
      }
    }
    double name = nameSimilarity(ca.name(), ca.nameWeights(), cb.name(), cb.nameWeights());
    reasons.format("names %.2f", name);
    reasons.format("addresses %.2f", facts.address());
    if (distance != null) {
      reasons.format("%.0f m apart", distance);
    }
    if (facts.samePhone()) {
      reasons.add("same phone");
    }
    if (facts.sameEmail()) {
      reasons.add("same e-mail");
    }
    if (facts.sameWebsite()) {
      reasons.add("same website");
    }
    if (facts.pivot() > 0) {
      reasons.add("same SIRET/RNA");
    }
    double score = score(name, facts, reasons);
    return new Decision(score >= threshold, score, reasons.written());
  }

  /**
   * The score of two venues whose names are {@code name} alike: it only grows with {@code name}.
   */
  private static double score(double name, PairFacts facts, Reasons reasons) {
    double address = facts.address();
    double score =
        NAME_WEIGHT * name
            + ADDRESS_WEIGHT * address
            + PROXIMITY_WEIGHT * facts.proximity()
            + 0.20 * facts.contacts()
            + 0.10 * facts.pivot();
    Set<VenueKinds> kindsA = facts.a().kinds();
    Set<VenueKinds> kindsB = facts.b().kinds();
    if (!kindsA.isEmpty() && !kindsB.isEmpty()) {
      if (kindsA.stream().anyMatch(kindsB::contains)) {
        score += 0.20;
        reasons.add("same kind ", kindsA);
      } else {
        score -= 0.35;
        reasons.add("different kinds ", kindsA, kindsB);
      }
    }
    if (address == 0) {
      // Both addresses known and on different streets.
      score -= 0.10;
      reasons.add("different streets");
    }
    Double distance = facts.distance();
    boolean sameSpot = distance != null ? distance <= 150 : facts.sameCommune();
    if (kindsA.contains(VenueKinds.FRANCE_SERVICES)
        && kindsB.contains(VenueKinds.FRANCE_SERVICES)
        && address >= 0.8
        && sameSpot) {
      // There is one France Services per address: the same label there is the same service.
      score += 0.10;
      reasons.add("one France Services at this address");
    }
    if (differentQualifiers(facts.a().qualifier(), facts.b().qualifier())) {
      // "Cité des associations (IREPS)" and "(OXYGEM)": two tenants of one building.
      score -= 0.20;
      reasons.add("different names in brackets");
    }
    if (facts.a().mobile() != facts.b().mobile()) {
      score -= 0.30;
      reasons.add("one is mobile");
    }
    if (!facts.sameCommune() && (distance == null || distance > 500)) {
      score -= 0.15;
      reasons.add("different communes");
    }
    return Math.max(0, Math.min(1, score));
  }

  /**
   * Weighted share of the two names' words found in the other name (Jaro-Winkler ≥ 0.92, an initial
   * for a first name). A name whose distinctive words all stand in the other ("Solidairnet" in
   * "Chom'Actif (Solidairnet)", an alias in brackets) counts nearly as the same name.
   */
  static double nameSimilarity(String a, String b) {
    List<String> ta = NameTokens.tokens(a);
    List<String> tb = NameTokens.tokens(b);
    return nameSimilarity(ta, Weights.of(ta), tb, Weights.of(tb));
  }

  private static double nameSimilarity(List<String> ta, Weights va, List<String> tb, Weights vb) {
    if (ta.isEmpty() || tb.isEmpty()) {
      return 0;
    }
    MatchedWords matched = MatchedWords.of(ta, va, tb, vb);
    double ab = matched.first();
    double ba = matched.second();
    double wa = va.total();
    double wb = vb.total();
    double shared = (ab + ba) / (wa + wb);
    int distinctive = wa <= wb ? va.distinctive() : vb.distinctive();
    if (distinctive > 0 && (wa <= wb ? ab : ba) == Math.min(wa, wb)) {
      return Math.max(shared, CONTAINED);
    }
    return shared;
  }

  private static final java.util.regex.Pattern BRACKETS =
      java.util.regex.Pattern.compile("\\(([^)]*)\\)");

  /** The distinctive words of a name's qualifier in brackets; null when it has none. */
  private static List<String> qualifier(String name) {
    var m = BRACKETS.matcher(name == null ? "" : name);
    if (!m.find()) {
      return null;
    }
    return NameTokens.tokens(m.group(1)).stream().filter(t -> NameTokens.weight(t) == 1.0).toList();
  }

  /** Whether both names end with a qualifier in brackets and the two share no distinctive word. */
  static boolean differentQualifiers(String a, String b) {
    return differentQualifiers(qualifier(a), qualifier(b));
  }

  private static boolean differentQualifiers(List<String> qa, List<String> qb) {
    return qa != null
        && qb != null
        && !qa.isEmpty()
        && !qb.isEmpty()
        && qa.stream().noneMatch(qb::contains);
  }

  /** The name similarity of a name whose distinctive words all stand in the other. */
  private static final double CONTAINED = 0.8;

  /** 1 for the same number in the same street, less as they differ; 0.5 when unknown. */
  static double addressSimilarity(String a, String b) {
    List<String> wa = NameTokens.streetWords(a);
    List<String> wb = NameTokens.streetWords(b);
    return addressSimilarity(
        wa,
        Weights.of(wa),
        NameTokens.houseNumber(a),
        wb,
        Weights.of(wb),
        NameTokens.houseNumber(b));
  }

  static double addressSimilarity(
      List<String> wa, Weights va, String na, List<String> wb, Weights vb, String nb) {
    if (wa.isEmpty() || wb.isEmpty()) {
      return 0.5;
    }
    MatchedWords matched = MatchedWords.of(wa, va, wb, vb);
    double street = (matched.first() + matched.second()) / (va.total() + vb.total());
    if (na != null && nb != null && !na.equals(nb)) {
      return street * 0.6;
    }
    return street;
  }

  /** Great-circle distance in metres between two placed listings. */
  static double distance(Matchable a, Matchable b) {
    return GreatCircle.metres(a.latitude(), a.longitude(), b.latitude(), b.longitude());
  }

  static boolean samePivot(Matchable a, Matchable b) {
    return a.pivot() != null && a.pivot().equals(b.pivot()) && identifying(a.pivot());
  }

  /**
   * Whether two listings sharing this registry number are one venue: a SIRET, not a SIREN (which
   * covers every establishment of an organisation) nor the standard's "unknown".
   */
  static boolean identifying(String pivot) {
    return pivot != null && pivot.length() != 9 && !zeros(pivot);
  }

  /**
   * Whether a registry number is the standard's "unknown": zeros only. (Most hubs' listings have
   * it, so two listings of a city share it: this runs for most pairs measured.)
   */
  static boolean zeros(String pivot) {
    if (pivot.isEmpty()) {
      return false;
    }
    for (int i = 0; i < pivot.length(); i++) {
      if (pivot.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  /** Whether two values are the same and not blank (equal ones are rare: tested first). */
  static boolean same(String a, String b) {
    return a != null && a.equals(b) && !a.isBlank();
  }
}
