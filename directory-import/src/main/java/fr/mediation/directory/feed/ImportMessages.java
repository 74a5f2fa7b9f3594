package fr.mediation.directory.feed;

import fr.mediation.directory.feed.ImportWriter.Counts;

/** What a run's report says of how it ended, in English and French. */
final class ImportMessages {

  /** How a dry run's message begins. */
  static final String DRY_RUN = "Dry run, nothing was changed. If this file were imported: ";

  static final String DRY_RUN_FR =
      "Vérification sans publication : rien n'a été modifié. Si ce fichier était publié : ";

  static final String DRY_RUN_UNREADABLE =
      "Dry run: the file could not be read (an import would fail); nothing was changed. ";

  static final String DRY_RUN_UNREADABLE_FR =
      "Vérification sans publication : le fichier n'a pas pu être lu (sa publication échouerait) ;"
          + " rien n'a été modifié. ";

  private ImportMessages() {}

  static String succeeded(int read, int accepted, Counts counts, int rejected, int retired) {
    return read
        + " rows read: "
        + accepted
        + " accepted ("
        + counts.created()
        + " new, "
        + counts.updated()
        + " updated, "
        + counts.unchanged()
        + " unchanged), "
        + rejected
        + " rejected, "
        + retired
        + " venues retired.";
  }

  static String succeededFr(int read, int accepted, Counts counts, int rejected, int retired) {
    return read
        + " lignes lues : "
        + accepted
        + " acceptées ("
        + counts.created()
        + " nouvelles, "
        + counts.updated()
        + " modifiées, "
        + counts.unchanged()
        + " inchangées), "
        + rejected
        + " refusées, "
        + retired
        + " lieux retirés.";
  }

  static String held(int retiring, long active, double maxShare) {
    return "Held: this file would retire "
        + retiring
        + " of the source's "
        + active
        + " venues ("
        + share(retiring, active)
        + " %), more than the "
        + allowed(maxShare)
        + " % allowed. Nothing was changed; the administrator may release or discard this run.";
  }

  static String heldFr(int retiring, long active, double maxShare) {
    return "Import suspendu : ce fichier retirerait "
        + retiring
        + " des "
        + active
        + " lieux de la source ("
        + share(retiring, active)
        + " %), plus que les "
        + allowed(maxShare)
        + " % permis. Rien n'a été modifié ; l'administrateur de l'annuaire peut publier ce fichier"
        + " tel quel ou l'écarter.";
  }

  private static int share(int retiring, long active) {
    return (int) Math.round(100.0 * retiring / active);
  }

  private static int allowed(double maxShare) {
    return (int) Math.round(100 * maxShare);
  }
}
