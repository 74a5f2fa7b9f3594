package fr.mediation.directory.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AuditLogTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);

  @Test
  void anEntryIsDatedByTheInjectedClock() {
    AuditEntry entry = AuditLog.entry(clock, "gironde", "publication", "source gironde", "f.csv");

    assertThat(entry.getAt()).isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
    assertThat(entry.getActor()).isEqualTo("gironde");
    assertThat(entry.getAction()).isEqualTo("publication");
    assertThat(entry.getTarget()).isEqualTo("source gironde");
    assertThat(entry.getDetail()).isEqualTo("f.csv");
  }

  @Test
  void aLongDetailIsCutToItsColumnRatherThanFailingTheWrite() {
    AuditEntry entry = AuditLog.entry(clock, AuditLog.ADMIN, "x", null, "é".repeat(5000));

    assertThat(entry.getDetail()).hasSize(AuditLog.DETAIL).endsWith("…");
    assertThat(entry.getTarget()).isNull();
  }

  @Test
  void anEntryWithoutActorOrActionIsRefused() {
    assertThatThrownBy(() -> AuditLog.entry(clock, " ", "x", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditLog.entry(clock, "admin", null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
