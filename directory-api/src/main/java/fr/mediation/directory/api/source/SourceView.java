package fr.mediation.directory.api.source;

import fr.mediation.directory.source.Source;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as the public sees it (never its key), with how fresh its data is. */
@Schema(name = "Source", description = "A hub or network whose venues the directory imports.")
@JsonbPropertyOrder({
  "key",
  "name",
  "publisher",
  "licence",
  "format",
  "delivery",
  "url",
  "pullEveryMinutes",
  "maxRetireShare",
  "activeVenues",
  "territory",
  "lastHarvestAt",
  "harvestAgeDays",
  "expectedPeriodDays",
  "stale"
})
public record SourceView(
    @Schema(description = "The source's id.", examples = "gironde") String key,
    @Schema(examples = "Hubik (Gironde)") String name,
    @Schema(description = "Who publishes the data.") String publisher,
    @Schema(description = "Licence of the data.", examples = "Licence Ouverte 2.0") String licence,
    @Schema(description = "Format of its files.", examples = "standard-v1-csv") String format,
    @Schema(description = "pull, push or bundled.", examples = "push") String delivery,
    @Schema(description = "Where its file is pulled from.") String url,
    @JsonbProperty("pull_every_minutes") @Schema(description = "Pull period in minutes.")
        Integer pullEveryMinutes,
    @JsonbProperty("max_retire_share")
        @Schema(
            description = "Largest share of its venues one run may retire before it is held.",
            examples = "0.3")
        double maxRetireShare,
    @JsonbProperty("active_venues") @Schema(description = "Venues it publishes now.")
        long activeVenues,
    @Schema(
            description = "Codes of the départements of the venues it publishes now.",
            examples = "[\"33\"]")
        List<String> territory,
    @JsonbProperty("last_harvest_at")
        @Schema(
            description =
                "Its last successful harvest: its file imported, or found unchanged (a held or"
                    + " failed run is none). Absent if never.",
            examples = "2026-11-30T03:00:00Z")
        Instant lastHarvestAt,
    @JsonbProperty("harvest_age_days")
        @Schema(description = "Whole days since the last successful harvest.", examples = "3")
        Long harvestAgeDays,
    @JsonbProperty("expected_period_days")
        @Schema(
            description =
                "Days between files the source is expected to publish (its own setting, or the"
                    + " directory's default).",
            examples = "35")
        int expectedPeriodDays,
    @Schema(
            description =
                "Whether no successful harvest happened for longer than the expected period (or"
                    + " ever): its venues may be out of date.",
            examples = "false")
        boolean stale) {

  static SourceView of(
      Source s, long activeVenues, List<String> territory, SourceFreshness freshness) {
    return new SourceView(
        s.getKey(),
        s.getName(),
        s.getPublisher(),
        s.getLicence(),
        s.getFormat(),
        s.getDelivery().name().toLowerCase(java.util.Locale.ROOT),
        s.getUrl(),
        s.getPullEveryMinutes(),
        s.getMaxRetireShare(),
        activeVenues,
        territory,
        freshness.lastHarvestAt(),
        freshness.ageDays(),
        freshness.periodDays(),
        freshness.stale());
  }
}
