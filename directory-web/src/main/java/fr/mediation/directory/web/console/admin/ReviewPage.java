package fr.mediation.directory.web.console.admin;

import fr.mediation.directory.federation.Federation;
import fr.mediation.directory.federation.FederationReview;
import fr.mediation.directory.federation.Matchable;
import fr.mediation.directory.federation.MergeDecision;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.Venues;
import fr.mediation.directory.web.console.ConsoleRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /console/admin/federation}: the pairs the duplicate detector scored near its threshold,
 * side by side, with "Même lieu" and "Lieux distincts" buttons that record a merge decision.
 */
@ApplicationScoped
class ReviewPage extends AdminPage {

  ReviewPage() {
    super("/admin/federation");
  }

  private static final Pattern DEPARTEMENT = Pattern.compile("\\d{2,3}");

  /** Pairs per page. */
  static final int PAGE = 10;

  @Inject FederationReview review;

  @Inject Federation federation;

  @Inject Venues venues;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    String departement = departement(request.param("departement"));
    int offset = offset(request.param("depart"));
    FederationReview.Page queue = review.queue(review.defaultBand(), departement, PAGE, offset);
    Map<String, Object> page = request.page("Doublons à vérifier");
    page.put("seuil", String.format(Locale.FRANCE, "%.2f", queue.threshold()));
    page.put("bande", String.format(Locale.FRANCE, "%.2f", queue.band()));
    page.put("total", queue.total() == 1 ? "1 paire" : queue.total() + " paires");
    page.put("departement", departement);
    List<Map<String, Object>> pairs = new ArrayList<>();
    int n = offset;
    for (FederationReview.Candidate c : queue.pairs()) {
      Map<String, Object> pair = new LinkedHashMap<>();
      pair.put("numero", ++n);
      pair.put("a", c.a().id());
      pair.put("b", c.b().id());
      pair.put("score", String.format(Locale.FRANCE, "%.2f", c.score()));
      pair.put(
          "distance",
          c.distanceMetres() == null
              ? "inconnue"
              : String.format(Locale.FRANCE, "%.0f m", c.distanceMetres()));
      pair.put("avis", c.duplicate() ? "le détecteur les fusionne" : "le détecteur les sépare");
      pair.put("raisons", AdminText.reasons(c.reasons()));
      pair.put("champs", fields(c.a().listing(), c.b().listing()));
      pair.put("sourceA", c.a().listing().source());
      pair.put("sourceB", c.b().listing().source());
      pairs.add(pair);
    }
    page.put("paires", pairs);
    page.put("resultat", request.take("resultat"));
    page.put("depart", offset);
    if (offset + PAGE < queue.total()) {
      page.put("suivante", link(departement, offset + PAGE));
    }
    if (offset > 0) {
      page.put("precedente", link(departement, Math.max(0, offset - PAGE)));
    }
    request.render("admin-federation", page);
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    String choice = request.param("decision");
    Venue a = venues.find(nullSafe(request.param("a"))).orElse(null);
    Venue b = venues.find(nullSafe(request.param("b"))).orElse(null);
    MergeDecision.Kind kind =
        "meme-lieu".equals(choice)
            ? MergeDecision.Kind.SAME_VENUE
            : "distincts".equals(choice) ? MergeDecision.Kind.NOT_DUPLICATES : null;
    if (a == null || b == null || kind == null || a.getId().equals(b.getId())) {
      request.error(
          400,
          "Décision impossible",
          "Cette paire de lieux n'existe plus ou le choix est inconnu.");
      return;
    }
    federation.decide(
        kind, List.of(a.getId(), b.getId()), "Console : file des doublons à vérifier");
    String label = kind == MergeDecision.Kind.SAME_VENUE ? "même lieu" : "lieux distincts";
    request.audit(
        "décision de fusion : " + label,
        a.getSourceKey() + ":" + a.getLocalId() + " et " + b.getSourceKey() + ":" + b.getLocalId(),
        a.getNom() + " / " + b.getNom());
    request.keep(
        "resultat",
        "Décision enregistrée (" + label + ") : « " + a.getNom() + " » et « " + b.getNom() + " ».");
    String departement = departement(request.param("departement"));
    request.redirect(
        link(departement, offset(request.param("depart"))).substring("/console".length()));
  }

  private static String nullSafe(String id) {
    return id == null ? "" : id;
  }

  private static String link(String departement, int offset) {
    StringBuilder link = new StringBuilder("/console/admin/federation?depart=").append(offset);
    if (departement != null) {
      link.append("&departement=").append(departement);
    }
    return link.toString();
  }

  private static String departement(String raw) {
    return raw != null && DEPARTEMENT.matcher(raw).matches() ? raw : null;
  }

  private static int offset(String raw) {
    return raw != null && raw.matches("\\d{1,6}") ? Integer.parseInt(raw) : 0;
  }

  /** The fields compared, one row per field, both sides. */
  private static List<Map<String, Object>> fields(Matchable a, Matchable b) {
    List<Map<String, Object>> rows = new ArrayList<>();
    row(rows, "Source", a.source() + " : " + a.localId(), b.source() + " : " + b.localId());
    row(rows, "Nom", a.nom(), b.nom());
    row(rows, "Adresse", a.adresse(), b.adresse());
    row(rows, "Code postal", a.codePostal(), b.codePostal());
    row(rows, "Code INSEE", a.codeInsee(), b.codeInsee());
    row(rows, "Téléphone", a.telephone(), b.telephone());
    row(rows, "Courriels", a.courriels(), b.courriels());
    row(rows, "Site web", a.siteWeb(), b.siteWeb());
    row(rows, "SIRET / RNA", a.pivot(), b.pivot());
    row(rows, "Position", position(a), position(b));
    return rows;
  }

  private static String position(Matchable m) {
    return m.placed()
        ? String.format(Locale.ROOT, "%.5f, %.5f", m.latitude(), m.longitude())
        : null;
  }

  private static void row(List<Map<String, Object>> rows, String label, String a, String b) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("champ", label);
    row.put("a", a == null || a.isBlank() ? "—" : a);
    row.put("b", b == null || b.isBlank() ? "—" : b);
    row.put("differents", !java.util.Objects.equals(a, b));
    rows.add(row);
  }
}
