package fr.mediation.directory.web.console;

import fr.mediation.directory.api.source.CheckReport;
import fr.mediation.directory.feed.FeedImporter;
import fr.mediation.directory.feed.ImportBusyException;
import fr.mediation.directory.feed.ImportReport;
import fr.mediation.directory.source.ImportRun.Trigger;
import fr.mediation.directory.source.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /console/sources/{id}/fichier}: the upload form. "Publier" imports the file as a push
 * would ({@link FeedImporter#accept}) and shows its run's report; "Vérifier sans publier" checks it
 * ({@link FeedImporter#check}) and shows the report the import would give, nothing changed. The
 * file's size limit is the push's ({@code directory.feed.max-bytes}).
 */
@ApplicationScoped
class PublishPage extends PatternPage {

  PublishPage() {
    super("/sources/([^/]+)/fichier");
  }

  /** The session key of a source's last dry-run report. */
  static String checkKey(String source) {
    return "verification:" + source;
  }

  /** The session key of the last upload's refusal, shown on the source's space. */
  static String errorKey(String source) {
    return "erreur:" + source;
  }

  @Inject FeedImporter importer;

  @Inject
  @ConfigProperty(name = "directory.feed.max-bytes", defaultValue = "52428800")
  long maxBytes;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    Source source = request.pathSource();
    if (source == null) {
      return;
    }
    request.redirect("/sources/" + Paths.segment(source.getKey()));
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    Source source = request.pathSource();
    if (source == null) {
      return;
    }
    String space = "/sources/" + Paths.segment(source.getKey());
    request.take(errorKey(source.getKey()));
    byte[] content;
    String name;
    try {
      Part part = request.request().getPart("fichier");
      if (part == null || part.getSize() == 0) {
        refuse(request, source, space, "Choisissez un fichier avant d'envoyer le formulaire.");
        return;
      }
      if (part.getSize() > maxBytes) {
        refuse(
            request,
            source,
            space,
            "Le fichier dépasse la taille maximale acceptée ("
                + maxBytes / (1024 * 1024)
                + " Mo). Contactez l'équipe de l'annuaire pour un fichier plus gros.");
        return;
      }
      name = part.getSubmittedFileName();
      try (InputStream in = part.getInputStream()) {
        content = in.readAllBytes();
      }
    } catch (ServletException | IllegalStateException e) {
      refuse(
          request,
          source,
          space,
          "Le formulaire n'a pas pu être lu : envoyez le fichier à nouveau.");
      return;
    }
    if ("verifier".equals(request.param("action"))) {
      ImportReport report = importer.check(source.getKey(), content);
      request.keep(checkKey(source.getKey()), CheckReport.of(report));
      request.redirect(space + "/verification");
      return;
    }
    try {
      ImportReport report = importer.accept(source.getKey(), content, Trigger.PUSH);
      request.audit(
          "publication d'un fichier",
          "source " + source.getKey() + ", import " + report.runId(),
          (name == null ? "" : name + " : ")
              + ReportView.status(report.status().name().toLowerCase()));
      request.redirect(space + "/imports/" + report.runId());
    } catch (ImportBusyException e) {
      refuse(
          request,
          source,
          space,
          "Un import de cette source est déjà en cours : un seul à la fois. Renvoyez le fichier"
              + " quand il sera terminé.");
    }
  }

  private static void refuse(ConsoleRequest request, Source source, String space, String why) {
    request.keep(errorKey(source.getKey()), why);
    request.redirect(space);
  }
}
