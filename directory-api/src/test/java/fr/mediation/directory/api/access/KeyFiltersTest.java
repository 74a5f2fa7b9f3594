package fr.mediation.directory.api.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.access.SourceKeyRequired.Subject;
import fr.mediation.directory.api.problem.ProblemException;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The key filters, on requests as a client sends them, with the keys and venues of an in-memory
 * directory: who is let through, and the 401 and 403 problems of the others.
 */
class KeyFiltersTest {

  private static final String ADMIN = "clé-admin-é'\"<b>";
  private static final String GIRONDE_KEY = "gironde-Kèy-123";
  private static final String LANDES_KEY = "landes-key-456";

  /** A directory of two sources, one venue published by both, and one published by Landes only. */
  private static Access access(String adminKey) {
    Access access =
        new Access() {
          @Override
          Optional<String> sourceOfKey(String key) {
            return Optional.ofNullable(
                Map.of(GIRONDE_KEY, "gironde", LANDES_KEY, "landes").get(key));
          }

          @Override
          Optional<Collection<String>> owners(Subject subject, String id) {
            Map<String, Collection<String>> known =
                subject == Subject.SOURCE
                    ? Map.of("gironde", List.of("gironde"), "landes", List.of("landes"))
                    : Map.of(
                        "lieu-partage",
                        List.of("gironde", "landes"),
                        "lieu-landais",
                        List.of("landes"));
            return Optional.ofNullable(known.get(id));
          }
        };
    access.adminKey = Optional.ofNullable(adminKey);
    return access;
  }

  /** The resource methods the filters are bound to, as a resource would carry their annotations. */
  static class Resources {
    @AdminKeyRequired
    public void admin() {}

    @SourceKeyRequired
    public void read() {}

    @SourceKeyRequired(admin = false)
    public void push() {}

    @SourceKeyRequired(Subject.VENUE)
    public void closures() {}
  }

  private static ProblemException admin(String adminKey, String authorization) {
    KeyFilters.Admin filter = new KeyFilters.Admin();
    filter.access = access(adminKey);
    return catchThrowableOfType(
        ProblemException.class, () -> filter.filter(request(authorization, null)));
  }

  private static ProblemException source(String method, String id, String authorization)
      throws NoSuchMethodException {
    KeyFilters.Source filter = new KeyFilters.Source();
    filter.access = access(ADMIN);
    filter.resource = resource(Resources.class.getMethod(method));
    return catchThrowableOfType(
        ProblemException.class, () -> filter.filter(request(authorization, id)));
  }

  @Test
  void theAdministratorsKeyOpensTheAdminResources() {
    assertThat(admin(ADMIN, "Bearer " + ADMIN)).isNull();
    assertThat(admin(ADMIN, "bearer   " + ADMIN + " ")).isNull();
  }

  @Test
  void noKeyAWrongKeyOrASourcesKeyIsA401WithItsChallengeAndNeverEchoesTheKey() {
    for (String authorization :
        new String[] {
          null, "", "Bearer ", "Basic " + ADMIN, "Bearer " + GIRONDE_KEY, "Bearer l'intrus \"é\""
        }) {
      ProblemException refused = admin(ADMIN, authorization);
      assertThat(refused).as(String.valueOf(authorization)).isNotNull();
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.headers()).containsEntry("WWW-Authenticate", "Bearer realm=\"annuaire\"");
      assertThat(refused.title()).isEqualTo("Authentification requise");
      assertThat(refused.getMessage() + refused.detailFr())
          .doesNotContain(ADMIN, GIRONDE_KEY, "intrus");
    }
    assertThat(admin(ADMIN, null).detailFr()).contains("Authorization: Bearer");
    assertThat(admin(ADMIN, "Basic abc").detailFr()).contains("Bearer <clé>");
    assertThat(admin(ADMIN, "Bearer nope").detailFr())
        .isEqualTo("Clé d'administration incorrecte.");
  }

  @Test
  void withoutAnAdminKeyConfiguredTheAdminResourcesAreForbidden() {
    for (String configured : new String[] {null, "", "  "}) {
      ProblemException refused = admin(configured, "Bearer " + configured);
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.detailFr()).contains("DIRECTORY_ADMIN_KEY");
    }
  }

  @Test
  void aSourcesOwnKeyOrTheAdministratorsOpensWhatConcernsTheSource() throws Exception {
    assertThat(source("read", "gironde", "Bearer " + GIRONDE_KEY)).isNull();
    assertThat(source("read", "gironde", "Bearer " + ADMIN)).isNull();
  }

  @Test
  void anotherSourcesKeyIsA403AndAnUnknownKeyA401() throws Exception {
    ProblemException other = source("read", "gironde", "Bearer " + LANDES_KEY);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.detailFr()).isEqualTo("Cette clé est celle d'une autre source.");
    assertThat(other.headers()).isEmpty();
    assertThat(other.getMessage()).doesNotContain(LANDES_KEY);

    ProblemException unknown = source("read", "gironde", "Bearer clé-inconnue");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.detailFr()).startsWith("Clé inconnue");
    assertThat(unknown.headers()).containsKey("WWW-Authenticate");
    assertThat(source("read", "gironde", null).status()).isEqualTo(401);
  }

  @Test
  void onlyTheSourceItselfPushesItsFile() throws Exception {
    assertThat(source("push", "gironde", "Bearer " + GIRONDE_KEY)).isNull();
    assertThat(source("push", "gironde", "Bearer " + ADMIN).status()).isEqualTo(401);
    ProblemException other = source("push", "gironde", "Bearer " + LANDES_KEY);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.detailFr()).contains("autre source", "« gironde »");
  }

  @Test
  void aVenuesClosuresTakeTheKeyOfAnySourcePublishingIt() throws Exception {
    assertThat(source("closures", "lieu-partage", "Bearer " + GIRONDE_KEY)).isNull();
    assertThat(source("closures", "lieu-partage", "Bearer " + LANDES_KEY)).isNull();
    assertThat(source("closures", "lieu-landais", "Bearer " + ADMIN)).isNull();
    ProblemException other = source("closures", "lieu-landais", "Bearer " + GIRONDE_KEY);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.detailFr()).contains("ne publie pas ce lieu");
  }

  @Test
  void aMissingSourceOrVenueIsLeftToTheResourcesOwn404() throws Exception {
    assertThat(source("read", "nulle-part", null)).isNull();
    assertThat(source("closures", "lieu-retiré", "Bearer rien")).isNull();
  }

  @Test
  void theFiltersAreBoundByTheirAnnotations() {
    assertThat(AdminKeyRequired.class.isAnnotationPresent(NameBinding.class)).isTrue();
    assertThat(SourceKeyRequired.class.isAnnotationPresent(NameBinding.class)).isTrue();
    assertThat(KeyFilters.Admin.class.isAnnotationPresent(AdminKeyRequired.class)).isTrue();
    assertThat(KeyFilters.Source.class.isAnnotationPresent(SourceKeyRequired.class)).isTrue();
  }

  @Test
  void everyAdminResourceNeedsTheAdministratorsKey() throws Exception {
    List<Class<?>> admin = new ArrayList<>();
    for (Class<?> type : apiClasses()) {
      Path path = type.getAnnotation(Path.class);
      if (path != null && path.value().startsWith("/admin")) {
        admin.add(type);
        assertThat(type.isAnnotationPresent(AdminKeyRequired.class)).as(type.getName()).isTrue();
      }
    }
    assertThat(admin).hasSizeGreaterThanOrEqualTo(8);
  }

  /** Every class of the API, from its compiled classes. */
  private static List<Class<?>> apiClasses() throws IOException, URISyntaxException {
    java.nio.file.Path root =
        Paths.get(DirectoryApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(root)) {
      for (java.nio.file.Path file : files.toList()) {
        String name = root.relativize(file).toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          try {
            classes.add(
                Class.forName(
                    name.substring(0, name.length() - 6).replace('/', '.'),
                    false,
                    KeyFiltersTest.class.getClassLoader()));
          } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError(name, e);
          }
        }
      }
    }
    return classes;
  }

  private static ResourceInfo resource(Method method) {
    return new ResourceInfo() {
      @Override
      public Method getResourceMethod() {
        return method;
      }

      @Override
      public Class<?> getResourceClass() {
        return method.getDeclaringClass();
      }
    };
  }

  /** A request with this {@code Authorization} header and path {@code id}. */
  private static ContainerRequestContext request(String authorization, String id) {
    MultivaluedHashMap<String, String> path = new MultivaluedHashMap<>();
    if (id != null) {
      path.putSingle("id", id);
    }
    UriInfo uri =
        (UriInfo)
            Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(),
                new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getPathParameters")) {
                    return path;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    return (ContainerRequestContext)
        Proxy.newProxyInstance(
            ContainerRequestContext.class.getClassLoader(),
            new Class<?>[] {ContainerRequestContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getHeaderString" ->
                      "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                  case "getUriInfo" -> uri;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
