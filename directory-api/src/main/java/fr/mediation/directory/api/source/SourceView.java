package fr.mediation.directory.api.source;

import fr.mediation.directory.source.Source;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as the public sees it (never its key). */
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
  "activeVenues"
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
        long activeVenues) {

  static SourceView of(Source s, long activeVenues) {
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
        activeVenues);
  }
}
