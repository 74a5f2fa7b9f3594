package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.source.ImportRun;
import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Why a held run cannot be released or discarded, word for word in both languages. */
class HeldRunConflictTextsTest {

  private static ImportRun run(long id) throws ReflectiveOperationException {
    ImportRun run = new ImportRun("hub", "sha", Instant.parse("2026-12-01T10:00:00Z"));
    Field field = ImportRun.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(run, id);
    return run;
  }

  @Test
  void aRunPublishedAfterTheHeldOneIsNamedWithBothNumbersWithoutSeparators() throws Exception {
    HeldRunConflictException conflict = HeldImports.newerPublished(run(1_234), 1_240);

    assertThat(conflict.getMessage())
        .isEqualTo("Run 1240 of the source was published after run 1234 was held.");
    assertThat(conflict.messageFr())
        .isEqualTo(
            "L'import n° 1240 de la source a été publié après la suspension de l'import n° 1234 :"
                + " ce fichier a été examiné d'après des lieux qui ont changé depuis, il ne peut"
                + " plus être publié tel quel. Renvoyez-le s'il est toujours d'actualité.");
  }
}
