package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.ImportWriter.Counts;
import fr.mediation.directory.message.Message;
import org.junit.jupiter.api.Test;

/**
 * The run reports' texts, read from the feed's bundle: numbers without grouping separators (hubs
 * and scripts read "100000 rows read"), apostrophes kept, and the same words as before they moved
 * to the bundle.
 */
class ImportMessagesTest {

  @Test
  void aPublishedRunCountsItsRowsWithoutGroupingSeparatorsInBothLanguages() {
    Message message =
        ImportMessages.succeeded(100_000, 99_000, new Counts(1_200, 300, 97_500), 1_000, 12);

    assertThat(message.en())
        .isEqualTo(
            "100000 rows read: 99000 accepted (1200 new, 300 updated, 97500 unchanged), 1000"
                + " rejected, 12 venues retired.");
    assertThat(message.fr())
        .isEqualTo(
            "100000 lignes lues : 99000 acceptées (1200 nouvelles, 300 modifiées, 97500"
                + " inchangées), 1000 refusées, 12 lieux retirés.");
  }

  @Test
  void aHeldRunGivesTheShareItWouldRetireAndTheShareAllowedRounded() {
    Message message = ImportMessages.held(1_234, 2_000, 0.3);

    assertThat(message.en())
        .isEqualTo(
            "Held: this file would retire 1234 of the source's 2000 venues (62 %), more than the"
                + " 30 % allowed. Nothing was changed; the administrator may release or discard"
                + " this run.");
    assertThat(message.fr())
        .isEqualTo(
            "Import suspendu : ce fichier retirerait 1234 des 2000 lieux de la source (62 %), plus"
                + " que les 30 % permis. Rien n'a été modifié ; l'administrateur de l'annuaire peut"
                + " publier ce fichier tel quel ou l'écarter.");
  }

  @Test
  void aFailedRunSaysNothingWasChangedInEachLanguage() {
    Message failed = ImportMessages.failed();

    assertThat(failed.en())
        .isEqualTo("The import failed on an internal error; nothing was changed.");
    assertThat(failed.fr())
        .isEqualTo("L'import a échoué sur une erreur interne ; rien n'a été modifié.");
  }

  @Test
  void aDryRunSaysNothingChangedBeforeWhatAnImportWouldHaveDoneInEachLanguage() {
    Message outcome = ImportMessages.succeeded(2, 1, new Counts(1, 0, 0), 1, 0);

    assertThat(ImportMessages.dryRun(outcome).en())
        .isEqualTo("Dry run, nothing was changed. If this file were imported: " + outcome.en());
    assertThat(ImportMessages.dryRun(outcome).fr())
        .isEqualTo(
            "Vérification sans publication : rien n'a été modifié. Si ce fichier était publié : "
                + outcome.fr());
    assertThat(ImportMessages.dryRunUnreadable(new Message("Not UTF-8.", "Pas en UTF-8.")).fr())
        .isEqualTo(
            "Vérification sans publication : le fichier n'a pas pu être lu (sa publication"
                + " échouerait) ; rien n'a été modifié. Pas en UTF-8.");
  }
}
