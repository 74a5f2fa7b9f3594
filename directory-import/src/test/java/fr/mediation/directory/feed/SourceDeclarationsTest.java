package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDeclarationsTest {

  @TempDir Path folder;

  private Path file(String name, String yaml) throws IOException {
    return Files.writeString(folder.resolve(name), yaml);
  }

  @Test
  void readsAPullSourceDeclaration() throws IOException {
    SourceSettings settings =
        SourceDeclarations.read(
            file(
                "gironde.yaml",
                """
                source: 1
                id: gironde
                name: Hubik (Gironde)
                publisher: Département de la Gironde
                licence: Licence Ouverte 2.0
                format: gironde
                delivery: pull
                url: https://example.org/export.json
                pull_every_minutes: 1440
                max_retire_share: 0.2
                """));

    assertThat(settings.id()).isEqualTo("gironde");
    assertThat(settings.format()).isEqualTo("gironde");
    assertThat(settings.pullEveryMinutes()).isEqualTo(1440);
    assertThat(settings.maxRetireShare()).isEqualTo(0.2);
  }

  @Test
  void namesTheFileAndAnUnknownSetting() throws IOException {
    Path file =
        file(
            "x.yaml",
            "source: 1\nid: x1\nname: X\nformat: standard-v1-csv\ndelivery: push\nurll: y\n");

    assertThatThrownBy(() -> SourceDeclarations.read(file))
        .hasMessageContaining("x.yaml")
        .hasMessageContaining("unknown setting 'urll'");
  }

  @Test
  void namesTheSettingThatCannotBeUsed() throws IOException {
    Path noUrl =
        file("a.yaml", "source: 1\nid: a1\nname: A\nformat: standard-v1-csv\ndelivery: pull\n");
    Path badFormat = file("b.yaml", "source: 1\nid: b1\nname: B\nformat: excel\ndelivery: push\n");
    Path badHash =
        file(
            "c.yaml",
            "source: 1\nid: c1\nname: C\nformat: standard-v1-csv\ndelivery: push\npush_key_sha256: secret\n");

    assertThatThrownBy(() -> SourceDeclarations.read(noUrl)).hasMessageContaining("url");
    assertThatThrownBy(() -> SourceDeclarations.read(badFormat)).hasMessageContaining("format");
    assertThatThrownBy(() -> SourceDeclarations.read(badHash))
        .hasMessageContaining("push_key_sha256");
  }

  @Test
  void refusesAnotherVersionOfTheDeclarationFormat() throws IOException {
    Path file =
        file("v.yaml", "source: 2\nid: v1\nname: V\nformat: standard-v1-csv\ndelivery: push\n");

    assertThatThrownBy(() -> SourceDeclarations.read(file))
        .hasMessageContaining("'source' must be 1");
  }

  @Test
  void acceptsACustomMappingGivenWithTheSource() throws IOException {
    SourceSettings settings =
        SourceDeclarations.read(
            file(
                "custom.yaml",
                """
                source: 1
                id: custom-hub
                name: Hub au format propre
                format: custom
                delivery: push
                mapping: |
                  mapping: 1
                  format: csv
                  fields:
                    id: ID
                    pivot: {value: "00000000000000"}
                    nom: Nom
                    commune: Ville
                    code_postal: CP
                    adresse: Adresse
                    date_maj: {value: "2025-01-01"}
                """));

    assertThat(settings.mapping()).contains("mapping: 1");
  }
}
