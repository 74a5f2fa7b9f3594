package fr.mediation.directory.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The French words of the HTTP errors JAX-RS raises itself, status by status. */
class HttpErrorsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          400 | Requête invalide | La requête est mal formée.
          401 | Authentification requise | Cette adresse demande une clé d'accès (en-tête Authorization).
          403 | Accès refusé | Cette clé ne permet pas cette opération.
          404 | Ressource introuvable | Aucune ressource à cette adresse.
          405 | Méthode non permise | Cette méthode HTTP n'est pas permise à cette adresse (voir l'en-tête Allow).
          406 | Format de réponse indisponible | Aucun des formats demandés (en-tête Accept) n'est disponible ici : JSON, GeoJSON ou CSV selon l'adresse.
          409 | Conflit | La requête entre en conflit avec l'état de la ressource.
          410 | Ressource retirée | Cette ressource n'existe plus.
          411 | Longueur requise | La requête doit indiquer la longueur de son corps (Content-Length).
          412 | Condition non remplie | Une condition de la requête (If-Match...) n'est pas remplie.
          413 | Requête trop volumineuse | Le corps de la requête est trop volumineux.
          414 | Adresse trop longue | L'adresse demandée est trop longue.
          415 | Type de contenu non pris en charge | Le type du corps de la requête (en-tête Content-Type) n'est pas pris en charge ici.
          429 | Trop de requêtes | Trop de requêtes : réessayez un peu plus tard.
          503 | Service indisponible | Le service est momentanément indisponible : réessayez un peu plus tard.
          418 | Requête refusée | La requête a été refusée (erreur 418).
          451 | Requête refusée | La requête a été refusée (erreur 451).
          500 | Erreur du serveur | Le serveur n'a pas pu répondre (erreur 500).
          502 | Erreur du serveur | Le serveur n'a pas pu répondre (erreur 502).
          """)
  void eachStatusHasItsFrenchTitleAndDetail(int status, String title, String detail) {
    assertThat(HttpErrors.title(status)).isEqualTo(title);
    assertThat(HttpErrors.detail(status)).isEqualTo(detail);
  }
}
