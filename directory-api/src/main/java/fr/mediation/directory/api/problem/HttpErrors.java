package fr.mediation.directory.api.problem;

/** French titles and details of the HTTP errors that JAX-RS raises itself. */
final class HttpErrors {

  private HttpErrors() {}

  /** The problem's title for {@code status}. */
  static String title(int status) {
    return switch (status) {
      case 400 -> "Requête invalide";
      case 401 -> "Authentification requise";
      case 403 -> "Accès refusé";
      case 404 -> "Ressource introuvable";
      case 405 -> "Méthode non permise";
      case 406 -> "Format de réponse indisponible";
      case 409 -> "Conflit";
      case 410 -> "Ressource retirée";
      case 411 -> "Longueur requise";
      case 412 -> "Condition non remplie";
      case 413 -> "Requête trop volumineuse";
      case 414 -> "Adresse trop longue";
      case 415 -> "Type de contenu non pris en charge";
      case 429 -> "Trop de requêtes";
      case 503 -> "Service indisponible";
      default -> status >= 500 ? "Erreur du serveur" : "Requête refusée";
    };
  }

  /** The problem's detail for {@code status}, for people. */
  static String detail(int status) {
    return switch (status) {
      case 400 -> "La requête est mal formée.";
      case 401 -> "Cette adresse demande une clé d'accès (en-tête Authorization).";
      case 403 -> "Cette clé ne permet pas cette opération.";
      case 404 -> "Aucune ressource à cette adresse.";
      case 405 -> "Cette méthode HTTP n'est pas permise à cette adresse (voir l'en-tête Allow).";
      case 406 ->
          "Aucun des formats demandés (en-tête Accept) n'est disponible ici : JSON, GeoJSON ou"
              + " CSV selon l'adresse.";
      case 409 -> "La requête entre en conflit avec l'état de la ressource.";
      case 410 -> "Cette ressource n'existe plus.";
      case 411 -> "La requête doit indiquer la longueur de son corps (Content-Length).";
      case 412 -> "Une condition de la requête (If-Match...) n'est pas remplie.";
      case 413 -> "Le corps de la requête est trop volumineux.";
      case 414 -> "L'adresse demandée est trop longue.";
      case 415 ->
          "Le type du corps de la requête (en-tête Content-Type) n'est pas pris en charge ici.";
      case 429 -> "Trop de requêtes : réessayez un peu plus tard.";
      case 503 -> "Le service est momentanément indisponible : réessayez un peu plus tard.";
      default ->
          status >= 500
              ? "Le serveur n'a pas pu répondre (erreur " + status + ")."
              : "La requête a été refusée (erreur " + status + ").";
    };
  }
}
