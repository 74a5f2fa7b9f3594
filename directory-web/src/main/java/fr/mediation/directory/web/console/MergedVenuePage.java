package fr.mediation.directory.web.console;

import fr.mediation.directory.federation.Composition.Origin;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.Venues;
import fr.mediation.directory.venue.field.StandardField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /console/lieux-fusionnes/{id}}: a merged venue as citizens see it, each field's value with
 * the source (and the listing) it was taken from, and the listings it groups. The administrator
 * reads any; a hub only one that groups a published listing of its own (any other answers the
 * console's 404, as an unknown id does).
 */
@ApplicationScoped
class MergedVenuePage extends PatternPage {

  MergedVenuePage() {
    super("/lieux-fusionnes/([0-9a-f-]{36})");
  }

  @Inject Venues venues;

  @Inject Sources sources;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    Optional<MergedVenue> found = venues.findMerged(request.group(1));
    List<Venue> listings = found.map(m -> venues.listingsOf(m.getId())).orElse(List.of());
    ConsoleUser user = request.user();
    boolean allowed =
        found.isPresent()
            && (user.admin()
                || listings.stream()
                    .anyMatch(
                        l ->
                            l.getRetiredAt() == null && l.getSourceKey().equals(user.sourceKey())));
    if (!allowed) {
      request.notFound();
      return;
    }
    MergedVenue venue = found.get();
    Map<String, String> names = new HashMap<>();
    Map<String, Object> page = request.page("Fiche fusionnée « " + venue.getNom() + " »");
    page.put("nom", venue.getNom());
    page.put("public", "/lieux/" + Paths.segment(venue.getId()));
    page.put("retire", venue.getRetiredAt() != null || venue.getRedirectTo() != null);
    List<String> sourceNames = new ArrayList<>();
    for (String key : venue.getSourceKeyList()) {
      sourceNames.add(name(names, key));
    }
    page.put("sources", String.join(", ", sourceNames));
    page.put("champs", fields(venue, names));
    List<Map<String, Object>> grouped = new ArrayList<>();
    for (Venue l : listings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", name(names, l.getSourceKey()));
      m.put("identifiant", l.getLocalId());
      m.put("nom", l.getNom());
      m.put("commune", (l.getCodePostal() == null ? "" : l.getCodePostal() + " ") + l.getCommune());
      m.put("dateMaj", l.getDateMaj() == null ? "inconnue" : l.getDateMaj().toString());
      m.put("etat", l.getRetiredAt() == null ? "publiée" : "retirée");
      grouped.add(m);
    }
    page.put("fiches", grouped);
    page.put(
        "retour",
        user.admin()
            ? "/console/admin/lieux-fusionnes"
            : "/console/sources/" + Paths.segment(user.sourceKey()) + "/lieux");
    request.render("lieu-fusionne", page);
  }

  /** Each field present, in the standard's order, with its value and where it comes from. */
  private List<Map<String, Object>> fields(MergedVenue venue, Map<String, String> names) {
    Map<StandardField, String> row = venue.toStandardRow();
    Map<StandardField, List<Origin>> provenance = venue.getProvenance();
    List<Map<String, Object>> fields = new ArrayList<>();
    for (StandardField field : StandardField.inOrder()) {
      String value = row.get(field);
      if (value == null || value.isBlank() || field == StandardField.ID) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("champ", field.frenchName());
      m.put("cle", field.key());
      m.put("valeur", field.isList() ? value.replace("|", ", ") : value);
      List<String> origins = new ArrayList<>();
      for (Origin o : provenance.getOrDefault(field, List.of())) {
        origins.add(
            name(names, o.source())
                + " (fiche "
                + o.localId()
                + (o.dateMaj() == null ? "" : ", mise à jour le " + french(o.dateMaj()))
                + ")");
      }
      m.put("origine", origins.isEmpty() ? "composé par l'annuaire" : String.join(" ; ", origins));
      fields.add(m);
    }
    return fields;
  }

  private String name(Map<String, String> names, String key) {
    return names.computeIfAbsent(key, k -> sources.find(k).map(Source::getName).orElse(k));
  }

  private static String french(LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }
}
