package fr.mediation.directory.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.mediation.directory.api.place.PlaceResource;
import fr.mediation.directory.api.problem.UnknownParameterException;
import fr.mediation.directory.api.venue.VenueChangeResource;
import fr.mediation.directory.api.venue.VenueExportResource;
import fr.mediation.directory.api.venue.VenueResource;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownParametersTest {

  private static Method method(Class<?> type, String name) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void acceptsTheQueryParametersOfTheMethodAndOfItsBeans() {
    Set<String> search =
        KnownParameters.accepted(VenueResource.class, method(VenueResource.class, "search"));
    assertThat(search)
        .contains("lat", "lon", "radius_km", "q", "sort", "limit", "cursor", "facets", "format")
        .contains("services", "departement", "ouvert_le", "bbox", "pass_numerique");

    Set<String> export =
        KnownParameters.accepted(
            VenueExportResource.class, method(VenueExportResource.class, "export"));
    assertThat(export)
        .contains("q", "lat", "lon", "radius_km", "services", "format", "updated_since")
        .doesNotContain("sort", "limit", "offset", "cursor", "facets");

    Set<String> changes =
        KnownParameters.accepted(
            VenueChangeResource.class, method(VenueChangeResource.class, "changes"));
    assertThat(changes).contains("updated_since", "cursor", "limit", "q", "services");

    assertThat(KnownParameters.accepted(PlaceResource.class, method(PlaceResource.class, "find")))
        .containsExactlyInAnyOrder("q", "limit");
  }

  /** A bean of parameters reading one by name, which only a request may make. */
  public static final class ReadsByName {
    static {
      RegisteredParameters.register(ReadsByName.class, List.of("a_flag"));
    }

    @QueryParam("declared")
    public String declared;

    public ReadsByName() {
      throw new IllegalStateException("made outside a request");
    }
  }

  /** A resource taking that bean. */
  public static final class ReadsByNameResource {
    public void find(@BeanParam ReadsByName parameters, @QueryParam("q") String q) {}
  }

  @Test
  void acceptsTheNamesABeanRegisteredWithoutMakingOne() {
    assertThat(
            KnownParameters.accepted(
                ReadsByNameResource.class, method(ReadsByNameResource.class, "find")))
        .containsExactlyInAnyOrder("q", "declared", "a_flag");
  }

  @Test
  void anUnknownParameterIsNamedWithTheAcceptedOnes() {
    UnknownParameterException e =
        catchThrowableOfType(
            UnknownParameterException.class,
            () ->
                new KnownParameters.Check(Set.of("services", "q"))
                    .check(java.util.Map.of("servics", List.of("gratuit"))));
    assertThat(e.parameter()).isEqualTo("servics");
    assertThat(e.value()).isEqualTo("gratuit");
    assertThat(e.detailFr()).contains("servics", "q, services");
    assertThat(e.errors()).hasSize(1);
  }
}
