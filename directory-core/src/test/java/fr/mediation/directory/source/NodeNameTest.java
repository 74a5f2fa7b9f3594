package fr.mediation.directory.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A server's name among the nodes: stable across its restarts, distinct from its neighbours'. */
class NodeNameTest {

  @Test
  void theRunnableJarRestartedInANewFolderKeepsItsNameThroughItsDataFolder() {
    // The runnable jar extracts its server into a new folder at each start.
    String first =
        NodeName.of(
            "annuaire-1",
            Optional.empty(),
            Optional.of("/var/lib/annuaire"),
            "/tmp/wlp/directory_7296816480857/wlp/usr/servers/directory-dist");
    String restarted =
        NodeName.of(
            "annuaire-1",
            Optional.empty(),
            Optional.of("/var/lib/annuaire/"),
            "/tmp/wlp/directory_7602119689037/wlp/usr/servers/directory-dist");

    assertThat(restarted).isEqualTo(first).isEqualTo("annuaire-1:/var/lib/annuaire");
  }

  @Test
  void twoServersOfOneHostWithTheirOwnDataFoldersHaveTheirOwnNames() {
    assertThat(NodeName.of("h", Optional.empty(), Optional.of("/srv/a/data"), "/srv/a"))
        .isNotEqualTo(NodeName.of("h", Optional.empty(), Optional.of("/srv/b/data"), "/srv/b"));
  }

  @Test
  void aConfiguredNameWinsAndTheWorkingDirectoryIsTheLastResort() {
    assertThat(NodeName.of("h", Optional.of(" nœud-brest "), Optional.of("/d"), "/w"))
        .isEqualTo("nœud-brest");
    assertThat(NodeName.of("h", Optional.of(""), Optional.empty(), "/w")).isEqualTo("h:/w");
  }

  @Test
  void aVeryLongNameKeepsItsEndWithinTheColumn() {
    String name = NodeName.of("h", Optional.empty(), Optional.of("/d" + "/x".repeat(400)), "/w");
    assertThat(name).hasSize(300).endsWith("/x/x");
  }
}
