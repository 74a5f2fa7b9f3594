package fr.mediation.directory.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.search.FlagFilter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The search form's yes/no checkboxes come from the filter registry. */
class SearchPageFlagsTest {

  @Test
  void everyFlagWithAFormLabelIsACheckboxCheckedWhenAsked() {
    List<FlagFilter> offered =
        Arrays.stream(FlagFilter.values()).filter(flag -> flag.formLabel() != null).toList();
    assertThat(offered).contains(FlagFilter.FICHE_ACCES_LIBRE);

    List<Map<String, Object>> boxes =
        SearchPage.flags(Map.of("fiche_acces_libre", List.of("true")));

    assertThat(boxes)
        .extracting(box -> box.get("nom"))
        .containsExactlyElementsOf(offered.stream().map(FlagFilter::key).toList());
    for (Map<String, Object> box : boxes) {
      assertThat(box.get("coche"))
          .as(box.get("nom").toString())
          .isEqualTo(box.get("nom").equals("fiche_acces_libre"));
      assertThat(box.get("texte").toString()).isNotBlank();
    }
  }
}
