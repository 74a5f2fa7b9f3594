package fr.mediation.directory.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceFilesTest {

  private static final byte[] CSV =
      ("id,nom,commune,code_postal,adresse\n"
              + "a1,Médiathèque de l'Île-d'Yeu,L'Île-d'Yeu,85350,\"1 rue de l'Église, « bas »\"\n"
              + "a2,Espace numérique Saint-Étienne,Saint-Étienne,42000,2 place Jean-Jaurès\n")
          .repeat(50)
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void aFileComesBackByteForByteFromItsCompressedCopy() {
    byte[] kept = SourceFiles.compressed(CSV, 1_000_000);

    assertThat(kept).isNotNull().hasSizeLessThan(CSV.length / 5);
    assertThat(SourceFiles.decompressed(kept)).isEqualTo(CSV);
  }

  @Test
  void aFileLargerThanTheLimitOnceCompressedIsNotKept() {
    byte[] noise = new byte[64 * 1024];
    new Random(7).nextBytes(noise);

    assertThat(SourceFiles.compressed(noise, 32 * 1024)).isNull();
    assertThat(SourceFiles.compressed(CSV, 32 * 1024)).isNotNull();
  }

  @Test
  void anEmptyFileIsKeptAsEmpty() {
    assertThat(SourceFiles.decompressed(SourceFiles.compressed(new byte[0], 100))).isEmpty();
  }
}
