package fr.mediation.directory.web.console.admin;

import fr.mediation.directory.api.source.CheckReport;
import fr.mediation.directory.feed.SourceAdministration;
import fr.mediation.directory.feed.SourceSettings;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.SourceFile;
import fr.mediation.directory.source.SourceFiles;
import fr.mediation.directory.source.Sources;
import fr.mediation.directory.web.console.ConsoleRequest;
import fr.mediation.directory.web.console.ReportView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /console/admin/sources/nouvelle} and {@code /console/admin/sources/{id}/modifier}: the
 * administrator creates a source or edits its definition (name, push or pull, pull URL and period,
 * expected period, retirement guard, format and mapping) through {@link SourceAdministration}, the
 * admin API's service; a refused setting is shown beside its field (the mapping's violations with
 * their JSON pointers), nothing saved. "Essayer sur le dernier fichier" reads the source's last
 * file with the edited, unsaved definition through the import's dry run and shows its report above
 * the form, which keeps what was typed.
 */
@ApplicationScoped
class SourceFormPage extends AdminPage {

  SourceFormPage() {
    super("/admin/sources/(?:nouvelle|([^/]+)/modifier)");
  }

  @Inject SourceAdministration administration;

  @Inject Sources sources;

  @Inject SourceFiles files;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    String id = request.group(1);
    if (id == null) {
      render(request, null, SourceForm.blank(), null, 200);
      return;
    }
    Optional<Source> source = request.source(id);
    if (source.isEmpty()) {
      request.notFound();
      return;
    }
    render(request, source.get(), SourceForm.of(source.get()), null, 200);
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    String id = request.group(1);
    Source stored = null;
    if (id != null) {
      stored = request.source(id).orElse(null);
      if (stored == null) {
        request.notFound();
        return;
      }
    }
    SourceForm form = SourceForm.posted(request, id);
    SourceSettings settings;
    try {
      settings = form.settings();
      if (stored == null && sources.find(settings.id()).isPresent()) {
        // A creation never overwrites a source: its id is taken.
        settings.validate();
        form.refuse(
            new SourceForm.Refusal(
                "id",
                settings.id(),
                "Une source « "
                    + settings.id()
                    + " » existe déjà : choisissez un autre identifiant"
                    + " ou modifiez-la depuis la liste des sources."));
        render(request, null, form, null, 422);
        return;
      }
      if ("essayer".equals(request.param("action"))) {
        Map<String, Object> trial = trial(stored, settings);
        render(request, stored, form, trial, 200);
        return;
      }
      SourceAdministration.Saved saved = administration.save(settings);
      request.audit(
          saved.created() ? "création d'une source" : "modification d'une source",
          "source " + saved.source().getKey(),
          saved.created() ? "livraison " + form.value("delivery") : changes(stored, settings));
      String message =
          saved.created()
              ? "La source « " + saved.source().getName() + " » est créée."
              : "Les modifications de la source « "
                  + saved.source().getName()
                  + " » sont"
                  + " enregistrées.";
      request.keep("resultat", message);
      if (saved.pushKey() != null) {
        request.keep("cle", saved.pushKey());
      }
      request.redirect("/admin/sources/" + saved.source().getKey() + "/modifier");
    } catch (SourceForm.Refusal e) {
      form.refuse(e);
      render(request, stored, form, null, 422);
    } catch (SourceSettings.InvalidSettingException e) {
      form.refuse(e);
      render(request, stored, form, null, 422);
    }
  }

  /** The dry run of the edited settings on the last file, as the report's model. */
  private Map<String, Object> trial(Source stored, SourceSettings settings) {
    Map<String, Object> m = new LinkedHashMap<>();
    Optional<SourceAdministration.Trial> trial =
        stored == null ? Optional.empty() : administration.tryOnLastFile(settings);
    if (trial.isEmpty()) {
      settings.validate();
      m.put(
          "absent",
          "Cette source n'a pas de dernier fichier conservé sur lequel essayer : rien n'a été"
              + " lu. Enregistrez, puis attendez ou demandez son prochain fichier.");
      return m;
    }
    CheckReport report = CheckReport.of(trial.get().report());
    long active = sources.activeVenues(stored.getKey());
    Map<String, Object> view =
        ReportView.of(report, null, active == 0 ? null : (double) report.retired() / active);
    view.put("aMotifs", false);
    m.put("rapport", view);
    m.put("fichier", file(trial.get().file()));
    return m;
  }

  private void render(
      ConsoleRequest request, Source stored, SourceForm form, Map<String, Object> trial, int status)
      throws IOException {
    Map<String, Object> page =
        request.page(
            stored == null ? "Nouvelle source" : "Modifier la source « " + stored.getName() + " »");
    page.putAll(form.model());
    page.put("nouvelle", stored == null);
    page.put(
        "action",
        stored == null
            ? "/console/admin/sources/nouvelle"
            : "/console/admin/sources/" + stored.getKey() + "/modifier");
    if (stored != null) {
      page.put(
          "source",
          Map.of(
              "id",
              stored.getKey(),
              "nom",
              stored.getName(),
              "envoi",
              stored.getDelivery() == Source.Delivery.PUSH,
              "tiree",
              stored.getDelivery() == Source.Delivery.PULL && stored.getUrl() != null));
      page.put("territoire", String.join(", ", sources.territory(stored.getKey())));
      page.put(
          "dernierFichier", files.last(stored.getKey()).map(SourceFormPage::file).orElse(null));
    }
    page.put("formats", formats(form.value("format")));
    page.put("essai", trial);
    page.put("resultat", request.take("resultat"));
    page.put("cle", request.take("cle"));
    request.response().setStatus(status);
    request.render("admin-source", page);
  }

  private static Map<String, Object> file(SourceFile file) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", AdminText.when(file.getReceivedAt()));
    m.put("taille", size(file.getSizeBytes()));
    m.put("empreinte", file.getContentSha256().substring(0, 12));
    m.put("import", file.getRunId());
    m.put("conserve", file.isContentKept());
    return m;
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " octets";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " Ko";
    }
    return String.format(java.util.Locale.FRANCE, "%.1f Mo", bytes / (1024.0 * 1024));
  }

  /** The formats offered (the field accepts any other the directory knows). */
  private List<String> formats(String current) {
    List<String> formats =
        new ArrayList<>(List.of("standard-v1-csv", "standard-v1-json", "custom"));
    for (Source s : sources.all()) {
      if (!formats.contains(s.getFormat())) {
        formats.add(s.getFormat());
      }
    }
    if (current != null && !formats.contains(current)) {
      formats.add(current);
    }
    return formats;
  }

  /** Which settings a save changed, for the audit log (never a key). */
  private static String changes(Source before, SourceSettings after) {
    List<String> changed = new ArrayList<>();
    compare(changed, "nom", before.getName(), after.name());
    compare(changed, "producteur", before.getPublisher(), after.publisher());
    compare(changed, "licence", before.getLicence(), after.licence());
    compare(
        changed,
        "livraison",
        before.getDelivery().name().toLowerCase(java.util.Locale.ROOT),
        after.delivery());
    compare(changed, "adresse", before.getUrl(), after.url());
    compare(changed, "fréquence", before.getPullEveryMinutes(), after.pullEveryMinutes());
    compare(
        changed, "période attendue", before.getExpectedPeriodDays(), after.expectedPeriodDays());
    compare(
        changed,
        "part maximale retirée",
        before.getMaxRetireShare(),
        after.maxRetireShare() == null ? Source.DEFAULT_MAX_RETIRE_SHARE : after.maxRetireShare());
    compare(changed, "format", before.getFormat(), after.format());
    compare(changed, "correspondance", before.getMappingYaml(), after.mapping());
    return changed.isEmpty() ? "rien de changé" : String.join(", ", changed) + " modifiés";
  }

  private static void compare(List<String> changed, String label, Object before, Object after) {
    Object a = before instanceof String s ? s.strip() : before;
    Object b = after instanceof String s ? s.strip() : after;
    if (!Objects.equals(a, b)) {
      changed.add(label);
    }
  }
}
