package fr.mediation.directory.api.venue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.api.http.KnownParameters;
import fr.mediation.directory.venue.search.FlagFilter;
import fr.mediation.directory.venue.search.LabelFilter;
import fr.mediation.directory.venue.search.VenueQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every filter of the registry is an API parameter: accepted, read and converted into the query. A
 * label filter registered without its declared parameter fails here; a yes/no filter is read from
 * the request by its key, accepted and documented from the registry.
 */
class FilterRegistryTest {

  @Test
  void everyRegisteredFilterIsADeclaredAndAcceptedParameter() throws Exception {
    var accepted =
        KnownParameters.accepted(
            VenueClusterResource.class,
            VenueClusterResource.class.getMethod(
                "clusters",
                String.class,
                FilterParameters.class,
                jakarta.ws.rs.core.Request.class));
    for (LabelFilter filter : LabelFilter.values()) {
      assertThat(FilterParameters.declares(filter.key())).as(filter.key()).isTrue();
      assertThat(accepted).contains(filter.key());
    }
    for (FlagFilter flag : FlagFilter.values()) {
      assertThat(FilterParameters.declares(flag.key())).as(flag.key()).isTrue();
      assertThat(accepted).contains(flag.key());
    }
  }

  @Test
  void everyFlagParameterIsConverted() {
    for (FlagFilter flag : FlagFilter.values()) {
      FilterParameters yes = FilterParameters.of(Map.of(flag.key(), List.of("oui")));
      FilterParameters no = FilterParameters.of(Map.of(flag.key(), List.of("false", "true")));

      VenueQuery withFlag = SearchParameters.toFilterQuery(yes);
      VenueQuery withoutFlag = SearchParameters.toFilterQuery(no);

      assertThat(withFlag.flags()).as(flag.key()).containsExactlyEntriesOf(Map.of(flag, true));
      assertThat(withoutFlag.flags()).as(flag.key()).containsExactlyEntriesOf(Map.of(flag, false));
    }
  }

  @Test
  void everyLabelParameterIsConverted() {
    for (LabelFilter filter : LabelFilter.values()) {
      Enum<?> first = filter.type().getEnumConstants()[0];
      String code = ((fr.mediation.directory.venue.field.StandardLabel) first).code();
      FilterParameters p = new FilterParameters();
      set(p, filter.key(), List.of(code));

      Set<Object> values = Set.copyOf(SearchParameters.toFilterQuery(p).labels().get(filter));
      assertThat(values).as(filter.key()).isEqualTo(Set.of(first));
    }
  }

  private static void set(FilterParameters p, String name, Object value) {
    for (var field : FilterParameters.class.getDeclaredFields()) {
      var parameter = field.getAnnotation(jakarta.ws.rs.QueryParam.class);
      if (parameter != null && parameter.value().equals(name)) {
        try {
          field.set(p, value);
          return;
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no parameter " + name);
  }
}
