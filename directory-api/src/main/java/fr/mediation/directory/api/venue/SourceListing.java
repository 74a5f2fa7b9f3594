package fr.mediation.directory.api.venue;

import fr.mediation.directory.venue.Venue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One source's listing of a venue: which source, under which id, updated when. */
@Schema(name = "SourceListing", description = "A source's listing of the venue.")
@JsonbPropertyOrder({"source", "id", "dateMaj", "vuLe", "retiredAt"})
public record SourceListing(
    @Schema(description = "The source's key.", examples = "exemple") String source,
    @Schema(
            description =
                "The venue's id in that source (the standard's `id`); `GET"
                    + " /api/v1/venues/{source}:{id}` leads to the merged venue.",
            examples = "exemple-0001")
        String id,
    @JsonbProperty("date_maj")
        @Schema(description = "The listing's update date, as the source gives it.")
        LocalDate dateMaj,
    @JsonbProperty("vu_le")
        @Schema(
            description =
                "When the directory last saw the listing in its source's file: the source's last"
                    + " successful harvest (file imported or found unchanged) while it publishes"
                    + " the listing; absent once retired, or in the change feed.",
            examples = "2026-12-01T03:00:00Z")
        Instant vuLe,
    @JsonbProperty("retired_at")
        @Schema(
            description = "When the source stopped publishing the listing; absent while it does.")
        Instant retiredAt) {

  /** The listing {@code v}, its source last harvested at {@code lastHarvest} (may be null). */
  static SourceListing of(Venue v, Instant lastHarvest) {
    return new SourceListing(
        v.getSourceKey(),
        v.getLocalId(),
        v.getDateMaj(),
        v.getRetiredAt() == null ? lastHarvest : null,
        v.getRetiredAt());
  }

  /** Where a field's value comes from. */
  @Schema(name = "FieldOrigin", description = "The listing a field's value comes from.")
  @JsonbPropertyOrder({"source", "id", "dateMaj"})
  public record Origin(
      @Schema(description = "The source's key.", examples = "exemple") String source,
      @Schema(description = "The venue's id in that source.", examples = "exemple-0001") String id,
      @JsonbProperty("date_maj") @Schema(description = "The listing's update date.")
          LocalDate dateMaj) {}
}
