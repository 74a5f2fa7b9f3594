package fr.mediation.directory.api.source;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an administrator says of a source. */
@Schema(name = "SourceDefinition", description = "A source's configuration.")
public record SourceDefinition(
    @Schema(description = "Name, for people.", examples = "Hubik (Gironde)", required = true)
        String name,
    @Schema(description = "Who publishes the data.") String publisher,
    @Schema(description = "Licence of the data.", examples = "Licence Ouverte 2.0") String licence,
    @Schema(
            description =
                "standard-v1-csv, standard-v1-json, a bundled format (standard-v0-csv,"
                    + " data-inclusion-structures-json) or hub mapping (gironde, hub-lo...), or"
                    + " custom with `mapping`.",
            examples = "standard-v1-csv",
            required = true)
        String format,
    @Schema(description = "The mapping (YAML, docs/feed-mapping-v1.md) when format is custom.")
        String mapping,
    @Schema(description = "pull or push.", examples = "push", required = true) String delivery,
    @Schema(description = "URL of the file, for pull.") String url,
    @JsonbProperty("pull_every_minutes")
        @Schema(description = "Pull period, for pull.", examples = "1440")
        Integer pullEveryMinutes,
    @JsonbProperty("max_retire_share")
        @Schema(
            description = "Largest share of venues one run may retire (default 0.3).",
            examples = "0.3")
        Double maxRetireShare,
    @JsonbProperty("expected_period_days")
        @Schema(
            description =
                "Days between files the source is expected to publish: past them without a"
                    + " successful harvest, `GET /api/v1/sources` flags it stale (default 35).",
            examples = "35")
        Integer expectedPeriodDays) {}
