package fr.mediation.directory.web.console;

import fr.mediation.directory.federation.Federation;
import fr.mediation.directory.federation.MergeDecision;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.Venues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /console/sources/{id}/lieux}: the source's published venues, searchable, with quality
 * flags (hours not read or read in part, position at the commune's centre, no phone, stale {@code
 * date_maj}), each linking to its public page; those merged with another source's listing name that
 * source, with "Ce n'est pas le même lieu" ({@code POST .../lieux/{listing}/distinct}): a "lieux
 * distincts" decision recorded through the same {@link Federation#decide} as the administrator's
 * API, applied at once (the administrator sees it among the decisions and may withdraw it).
 */
@ApplicationScoped
class VenuesPage extends PatternPage {

  VenuesPage() {
    super("/sources/([^/]+)/lieux(?:/([0-9a-f-]{36})/distinct)?");
  }

  /** Venues shown at most: a search narrows them. */
  static final int SHOWN = 300;

  /** A {@code date_maj} older than this many days is flagged. */
  static final int STALE_DAYS = 365;

  @Inject Venues venues;

  @Inject Sources sources;

  @Inject Federation federation;

  Clock clock = Clock.systemUTC();

  @Override
  public void get(ConsoleRequest request) throws IOException {
    Source source = request.pathSource(false);
    if (source == null) {
      return;
    }
    String words = request.param("q");
    if (words != null && words.length() > 200) {
      words = words.substring(0, 200);
    }
    Map<String, Object> page = request.page("Mes lieux");
    page.put("source", SourceSpacePage.describe(source, sources.activeVenues(source.getKey())));
    LocalDate staleBefore = LocalDate.now(clock).minusDays(STALE_DAYS);
    Map<String, String> names = new LinkedHashMap<>();
    List<Map<String, Object>> list = new ArrayList<>();
    for (Venue v : venues.publishedBy(source.getKey(), words, SHOWN)) {
      list.add(row(source, v, staleBefore, names, request.csrf()));
    }
    page.put("lieux", list);
    page.put("aLieux", !list.isEmpty());
    page.put("q", words);
    long total = venues.countPublishedBy(source.getKey());
    page.put("total", total + (total == 1 ? " lieu publié" : " lieux publiés"));
    page.put("tronque", list.size() == SHOWN);
    page.put("adresse", "/console/sources/" + Paths.segment(source.getKey()) + "/lieux");
    page.put("fait", request.take("lieux:" + source.getKey()));
    request.render("lieux", page);
  }

  private Map<String, Object> row(
      Source source, Venue v, LocalDate staleBefore, Map<String, String> names, String csrf) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nom", v.getNom());
    m.put("commune", (v.getCodePostal() == null ? "" : v.getCodePostal() + " ") + v.getCommune());
    m.put("identifiant", v.getLocalId());
    m.put("href", "/lieux/" + Paths.segment(v.getMergedId() != null ? v.getMergedId() : v.getId()));
    List<String> flags = new ArrayList<>();
    if (v.getHorairesSource() != null) {
      flags.add(v.getHoraires() == null ? "Horaires non lus" : "Horaires lus en partie");
    }
    if ("COMMUNE".equals(v.getPositionPrecision()) || "POSTCODE".equals(v.getPositionPrecision())) {
      flags.add("Position au centre de la commune");
    }
    if (v.getTelephone() == null || v.getTelephone().isBlank()) {
      flags.add("Sans téléphone");
    }
    if (v.getDateMaj() == null || v.getDateMaj().isBefore(staleBefore)) {
      flags.add("Mise à jour de plus d'un an");
    }
    m.put("drapeaux", flags);
    m.put("aDrapeaux", !flags.isEmpty());
    List<Map<String, Object>> others = new ArrayList<>();
    if (v.getMergedId() != null) {
      for (Venue other : venues.listingsOf(v.getMergedId())) {
        if (other.getSourceKey().equals(source.getKey()) || other.getRetiredAt() != null) {
          continue;
        }
        String name =
            names.computeIfAbsent(
                other.getSourceKey(), k -> sources.find(k).map(Source::getName).orElse(k));
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("source", name);
        o.put("nom", other.getNom());
        o.put("autre", other.getId());
        o.put("csrf", csrf);
        o.put(
            "action",
            "/console/sources/"
                + Paths.segment(source.getKey())
                + "/lieux/"
                + v.getId()
                + "/distinct");
        others.add(o);
      }
    }
    m.put("fusions", others);
    if (!others.isEmpty()) {
      m.put("provenance", "/console/lieux-fusionnes/" + Paths.segment(v.getMergedId()));
    }
    return m;
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    Source source = request.pathSource(true);
    if (source == null) {
      return;
    }
    Optional<Venue> mine =
        venues.find(request.group(2)).filter(v -> v.getSourceKey().equals(source.getKey()));
    Optional<Venue> other =
        Optional.ofNullable(request.param("autre"))
            .flatMap(venues::find)
            .filter(o -> !o.getSourceKey().equals(source.getKey()));
    if (mine.isEmpty()
        || other.isEmpty()
        || mine.get().getMergedId() == null
        || !mine.get().getMergedId().equals(other.get().getMergedId())) {
      request.notFound();
      return;
    }
    federation.decide(
        MergeDecision.Kind.NOT_DUPLICATES,
        List.of(mine.get().getId(), other.get().getId()),
        "Console : la source " + source.getKey() + " indique que ce n'est pas le même lieu.");
    request.audit(
        "lieux distincts",
        "source " + source.getKey() + ", lieu " + mine.get().getLocalId(),
        "distinct de " + other.get().getSourceKey() + ":" + other.get().getLocalId());
    request.keep(
        "lieux:" + source.getKey(),
        "« "
            + mine.get().getNom()
            + " » et la fiche de « "
            + sources.find(other.get().getSourceKey()).map(Source::getName).orElse("l'autre source")
            + " » sont désormais des lieux distincts.");
    request.redirect("/sources/" + Paths.segment(source.getKey()) + "/lieux");
  }
}
