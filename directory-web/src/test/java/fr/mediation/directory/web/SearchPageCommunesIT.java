package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.encode;
import static fr.mediation.directory.web.Api.get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.geo.Commune;
import fr.mediation.directory.geo.Communes;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The search page with the names French people write: 500 communes of the official list whose names
 * carry accents, ligatures, apostrophes or hyphens, each searched as written.
 */
class SearchPageCommunesIT {

  /** Every 1 in n of the matching names, in INSEE order: the same 500 at every run. */
  private static List<Commune> sample(int size) {
    List<Commune> tricky =
        Communes.get().all().stream()
            .filter(Commune::isCurrent)
            .filter(Commune::hasPosition)
            .filter(c -> c.name().matches(".*[^A-Za-z ].*"))
            .sorted(Comparator.comparing(Commune::insee))
            .toList();
    List<Commune> sample = new ArrayList<>();
    int step = Math.max(1, tricky.size() / size);
    for (int i = 0; i < tricky.size() && sample.size() < size; i += step) {
      sample.add(tricky.get(i));
    }
    // The hardest ones always: a ligature, a diaeresis after an apostrophe.
    tricky.stream()
        .filter(c -> c.name().contains("œ") || c.name().contains("Œ") || c.name().contains("ÿ"))
        .forEach(sample::add);
    return sample;
  }

  @Test
  void fiveHundredCommuneNamesAsWrittenEachGiveVenuesOrAChoice() {
    List<Commune> communes = sample(500);
    assertThat(communes).hasSizeGreaterThanOrEqualTo(500);
    List<String> failed = new ArrayList<>();
    for (Commune c : communes) {
      HttpResponse<String> page = get("/?ou=" + encode(c.name()));
      String body = page.body();
      boolean ok =
          page.statusCode() == 200
              && (body.contains("id=\"resultats-titre\"")
                  || body.contains("Plusieurs communes portent ce nom"))
              && !body.contains("Nous ne trouvons pas");
      if (!ok) {
        failed.add(c + " -> " + page.statusCode());
      }
    }
    assertThat(failed).isEmpty();
  }
}
