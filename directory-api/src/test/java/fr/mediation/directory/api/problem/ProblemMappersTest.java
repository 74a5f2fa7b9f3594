package fr.mediation.directory.api.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.mediation.directory.api.http.UnencodedCharacters;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

  @Test
  void theInstanceIsAUriReferenceWhateverTheClientSent() {
    String raw = "/api/v1/venues?services=a|b&q={x}^\"<y>\\ é";
    String instance = UnencodedCharacters.uriReference(raw);

    assertThat(instance)
        .isEqualTo("/api/v1/venues?services=a%7Cb&q=%7Bx%7D%5E%22%3Cy%3E%5C%20%C3%A9");
    assertThat(URI.create(instance).getRawQuery()).startsWith("services=a%7Cb");
    assertThat(UnencodedCharacters.uriReference("/api/v1/venues?q=m%C3%A9dia&lat=48.8"))
        .isEqualTo("/api/v1/venues?q=m%C3%A9dia&lat=48.8");
    // A % that starts no escape is a character of its own.
    assertThat(UnencodedCharacters.uriReference("/api/v1/venues?q=100%&r=%zz%4"))
        .isEqualTo("/api/v1/venues?q=100%25&r=%25zz%254");
  }

  @Test
  void jaxRsErrorsHaveFrenchTitlesAndDetails() {
    for (int status : new int[] {400, 404, 405, 406, 415, 500, 418}) {
      assertThat(HttpErrors.title(status)).as("" + status).doesNotContain("Not ", "Method");
      assertThat(HttpErrors.detail(status)).as("" + status).isNotBlank();
    }
    assertThat(HttpErrors.title(404)).isEqualTo("Ressource introuvable");
    assertThat(HttpErrors.title(415)).isEqualTo("Type de contenu non pris en charge");
  }

  @Test
  void aMappingBreakingTheSchemaIsA422ListingEachViolationWithItsPointer() {
    InvalidMappingException e =
        new InvalidMappingException(
            List.of(
                new InvalidMappingException.Violation(
                    "/fields", "propriété requise 'nom' introuvable"),
                new InvalidMappingException.Violation(
                    "/skip/0", "propriété requise 'reason' introuvable")));

    Problem problem = ProblemMappers.InvalidMapping.problem(e, "/api/v1/admin/sources/hub");

    assertThat(problem.status()).isEqualTo(422);
    assertThat(problem.title()).isEqualTo("Correspondance invalide");
    assertThat(problem.detail())
        .isEqualTo(
            "La correspondance (mapping) ne suit pas le format (schéma JSON de"
                + " docs/feed-mapping-v1.md) : 2 erreurs, chacune avec son emplacement (pointeur"
                + " JSON) dans errors.");
    assertThat(
            new InvalidMappingException(
                    List.of(new InvalidMappingException.Violation("/fields", "x")))
                .detailFr())
        .contains(" : 1 erreur, chacune");
    assertThat(problem.errors())
        .extracting(Problem.ParameterError::name, Problem.ParameterError::pointer)
        .containsExactly(tuple("mapping", "/fields"), tuple("mapping", "/skip/0"));
    assertThat(problem.errors().get(1).messageFr())
        .isEqualTo("propriété requise 'reason' introuvable");
  }

  @Test
  void aQueryOverItsTimeLimitIsA503InFrenchNamingTheRequest() {
    Problem problem = ProblemMappers.timedOut("/api/v1/venues?q=x");

    assertThat(problem.status()).isEqualTo(503);
    assertThat(problem.title()).isEqualTo("Service momentanément surchargé");
    assertThat(problem.detail()).contains("Réessayez dans quelques secondes");
    assertThat(problem.instance()).isEqualTo("/api/v1/venues?q=x");
  }
}
