package fr.mediation.directory.federation;

import static fr.mediation.directory.federation.VenueKinds.DIGITAL_SPACE;
import static fr.mediation.directory.federation.VenueKinds.FAMILY_ALLOWANCES;
import static fr.mediation.directory.federation.VenueKinds.FRANCE_SERVICES;
import static fr.mediation.directory.federation.VenueKinds.INTERCOMMUNALITY;
import static fr.mediation.directory.federation.VenueKinds.LIBRARY;
import static fr.mediation.directory.federation.VenueKinds.SOCIAL_CENTRE;
import static fr.mediation.directory.federation.VenueKinds.TOWN_HALL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class VenueKindsTest {

  private static Set<VenueKinds> kinds(String name) {
    return VenueKinds.of(VenueKinds.words(name));
  }

  @Test
  void namesTheKindsOfThePhrasesAmongItsWords() {
    assertThat(kinds("Médiathèque Jean Jaurès")).containsExactly(LIBRARY);
    assertThat(kinds("Espace France Services de Saint-Éloi")).containsExactly(FRANCE_SERVICES);
    assertThat(kinds("Mairie - Médiathèque")).containsExactlyInAnyOrder(TOWN_HALL, LIBRARY);
    assertThat(kinds("Centre socio-culturel L'Escale")).containsExactly(SOCIAL_CENTRE);
    assertThat(kinds("Point relais CAF")).containsExactly(FAMILY_ALLOWANCES);
    assertThat(kinds("CC du Pays Basque")).containsExactly(INTERCOMMUNALITY);
    assertThat(kinds("Association Les Lilas")).isEmpty();
    assertThat(kinds("")).isEmpty();
  }

  @Test
  void readsEverySpellingOfAPhraseItsOptionalWordsIncluded() {
    for (String name :
        new String[] {
          "Maison de services au public",
          "Maisons des service",
          "Relais services publics",
          "Relais de service public",
          "franceservices",
          "France service"
        }) {
      assertThat(kinds(name)).as(name).containsExactly(FRANCE_SERVICES);
    }
    assertThat(kinds("Espace numérique")).containsExactly(DIGITAL_SPACE);
    assertThat(kinds("Espace public multimédia")).containsExactly(DIGITAL_SPACE);
    assertThat(kinds("Cyber-base")).containsExactly(DIGITAL_SPACE);
  }

  /** A phrase is whole words: glued to a letter or a digit, or missing a word, it is not found. */
  @Test
  void findsOnlyWholeWordsInTheirOrder() {
    assertThat(kinds("Bibliothèques")).isEmpty();
    assertThat(kinds("BM2")).isEmpty();
    assertThat(kinds("Accès")).isEmpty();
    assertThat(kinds("Maison services")).isEmpty();
    assertThat(kinds("Services France")).isEmpty();
    assertThat(kinds("Espace public")).isEmpty();
    // The last words of a name: a phrase may not run past them.
    assertThat(kinds("Ateliers de l'hôtel de")).isEmpty();
  }

  @Test
  void namesAVenueThatMovesByOneOfItsWords() {
    assertThat(VenueKinds.mobile(VenueKinds.words("EPN itinérante du Val"))).isTrue();
    assertThat(VenueKinds.mobile(VenueKinds.words("Bus numérique"))).isTrue();
    assertThat(VenueKinds.mobile(VenueKinds.words("Gare routière (autobus)"))).isFalse();
  }
}
