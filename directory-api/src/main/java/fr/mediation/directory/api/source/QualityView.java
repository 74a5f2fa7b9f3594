package fr.mediation.directory.api.source;

import fr.mediation.directory.source.SourceQuality;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source's data quality, as figures and as shares of its published venues. */
@Schema(
    name = "SourceQuality",
    description =
        "How good a source's published data is, and what its last import that read a file warned"
            + " about.")
@JsonbPropertyOrder({
  "source",
  "venues",
  "hoursExact",
  "hoursPartlyFlagged",
  "hoursWhollyFlagged",
  "phone",
  "email",
  "services",
  "positions",
  "lastRun"
})
public record QualityView(
    @Schema(description = "The source's id.") String source,
    @Schema(description = "Venues the source publishes (not retired).") long venues,
    @JsonbProperty("hours_exact") @Schema(description = "Venues whose hours were read exactly.")
        Share hoursExact,
    @JsonbProperty("hours_partly_flagged")
        @Schema(
            description =
                "Venues with only some days read with certainty; the hub's text is kept and shown.")
        Share hoursPartlyFlagged,
    @JsonbProperty("hours_wholly_flagged")
        @Schema(description = "Venues whose hours could not be read; the hub's text is shown.")
        Share hoursWhollyFlagged,
    @Schema(description = "Venues with a phone number.") Share phone,
    @Schema(description = "Venues with an e-mail address.") Share email,
    @Schema(description = "Venues with at least one service.") Share services,
    @Schema(
            description =
                "Venues by position precision: source (the hub's position, kept), address, street,"
                    + " commune (centre), postcode (placed by the geocoder), none (not on the map).")
        Map<String, Share> positions,
    @JsonbProperty("last_run")
        @Schema(
            description =
                "What the source's last import that read a file (succeeded or held) warned about;"
                    + " absent before any.")
        LastRun lastRun) {

  /** A count and its share of the source's venues. */
  @Schema(name = "QualityShare")
  @JsonbPropertyOrder({"count", "share"})
  public record Share(
      @Schema(description = "How many venues.") long count,
      @Schema(description = "Their share of the source's venues, 0 to 1.", examples = "0.873")
          double share) {

    static Share of(long count, long of) {
      return new Share(count, of == 0 ? 0 : Math.round(1000.0 * count / of) / 1000.0);
    }
  }

  /** The last import's warnings. */
  @Schema(name = "QualityLastRun")
  @JsonbPropertyOrder({
    "run",
    "rowsWarned",
    "positionsReplaced",
    "positionsSwapped",
    "warningsByField"
  })
  public record LastRun(
      @Schema(description = "The run's id.") long run,
      @JsonbProperty("rows_warned") @Schema(description = "Accepted rows with warnings.")
          int rowsWarned,
      @JsonbProperty("positions_replaced")
          @Schema(
              description =
                  "Rows whose position lay outside their commune and was replaced by the"
                      + " geocoder's.")
          long positionsReplaced,
      @JsonbProperty("positions_swapped")
          @Schema(description = "Rows whose latitude and longitude were exchanged, put back.")
          long positionsSwapped,
      @JsonbProperty("warnings_by_field")
          @Schema(
              description =
                  "Warnings by field of the standard, most first: how many, on how many rows.")
          Map<String, Warnings> warningsByField) {}

  /** Warnings about one field. */
  @Schema(name = "QualityWarnings")
  @JsonbPropertyOrder({"warnings", "rows"})
  public record Warnings(long warnings, long rows) {}

  static QualityView of(String source, SourceQuality q) {
    long n = q.venues();
    Map<String, Share> positions = new LinkedHashMap<>();
    q.positions()
        .forEach((k, v) -> positions.put(k.toLowerCase(java.util.Locale.ROOT), Share.of(v, n)));
    LastRun last = null;
    if (q.lastRun() != null) {
      Map<String, Warnings> byField = new LinkedHashMap<>();
      q.lastRun()
          .warningsByField()
          .forEach((k, v) -> byField.put(k, new Warnings(v.warnings(), v.rows())));
      last =
          new LastRun(
              q.lastRun().runId(),
              q.lastRun().rowsWarned(),
              q.lastRun().positionsReplaced(),
              q.lastRun().positionsSwapped(),
              byField);
    }
    return new QualityView(
        source,
        n,
        Share.of(q.hoursExact(), n),
        Share.of(q.hoursPartlyFlagged(), n),
        Share.of(q.hoursWhollyFlagged(), n),
        Share.of(q.phone(), n),
        Share.of(q.email(), n),
        Share.of(q.services(), n),
        positions,
        last);
  }
}
