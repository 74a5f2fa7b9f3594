package fr.mediation.directory.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.message.Message;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageTest {

  private static final String ACCESS = "fr.mediation.directory.api.access.messages";

  private static final ResourceBundle.Control ONLY =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Test
  void aMessageHasItsTwoLanguagesWithArgumentsAndApostrophes() {
    Message message = Message.of(ACCESS, "forbidden.write", "landes", "l'île-{0}");

    assertThat(message.en()).isEqualTo("The key of source landes cannot write source l'île-{0}.");
    assertThat(message.fr())
        .isEqualTo(
            "Cette clé est celle d'une autre source : elle ne peut pas écrire la source"
                + " « l'île-{0} ».");
    assertThat(Message.french(ACCESS, "title.forbidden")).isEqualTo("Accès refusé");
  }

  @Test
  void everyEnglishMessageHasAFrenchOneWhoseApostrophesSurvive() {
    ResourceBundle en = ResourceBundle.getBundle(ACCESS, Locale.ROOT, ONLY);
    ResourceBundle fr = ResourceBundle.getBundle(ACCESS, Locale.FRENCH, ONLY);
    Set<String> keys = new TreeSet<>(en.keySet());
    assertThat(keys).hasSizeGreaterThanOrEqualTo(8);
    for (String key : keys) {
      Message message = Message.of(ACCESS, key, "a", "b");
      assertThat(message.fr()).as(key).isNotEqualTo(message.en()).doesNotContain("{", "''");
      assertThat(fr.getString(key).replace("''", "").contains("'")).as(key).isFalse();
      assertThat(message.en().replace("''", "")).as(key).doesNotContain("{");
    }
  }
}
