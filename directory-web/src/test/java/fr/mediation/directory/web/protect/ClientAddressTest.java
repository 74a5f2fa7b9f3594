package fr.mediation.directory.web.protect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private final ClientAddress behindProxy =
      new ClientAddress("X-Forwarded-For", Set.of("127.0.0.1", "10.0.0.2"));

  @Test
  void withoutAHeaderTheConnectionIsTheClient() {
    ClientAddress direct = new ClientAddress(null, Set.of("127.0.0.1"));
    assertThat(direct.resolve("198.51.100.7", "203.0.113.9")).isEqualTo("198.51.100.7");
  }

  @Test
  void theRightMostUntrustedAddressIsTheClientNotAForgedOneOnItsLeft() {
    assertThat(behindProxy.resolve("127.0.0.1", "1.2.3.4, 203.0.113.9, 10.0.0.2"))
        .isEqualTo("203.0.113.9");
    assertThat(behindProxy.resolve("127.0.0.1", " 203.0.113.9 ")).isEqualTo("203.0.113.9");
  }

  @Test
  void aHeaderFromAnUntrustedConnectionIsIgnored() {
    assertThat(behindProxy.resolve("198.51.100.7", "203.0.113.9")).isEqualTo("198.51.100.7");
  }

  @Test
  void aChainOfTrustedHopsOnlyNamesItsFirstOrTheConnection() {
    assertThat(behindProxy.resolve("127.0.0.1", "10.0.0.2")).isEqualTo("10.0.0.2");
    assertThat(behindProxy.resolve("127.0.0.1", null)).isEqualTo("127.0.0.1");
    assertThat(behindProxy.resolve("127.0.0.1", " , ")).isEqualTo("127.0.0.1");
  }
}
