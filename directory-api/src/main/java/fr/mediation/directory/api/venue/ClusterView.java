package fr.mediation.directory.api.venue;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The venues of a map view, grouped. */
@Schema(name = "VenueClusters", description = "The venues of a map view grouped by map cell.")
@JsonbPropertyOrder({"total", "zoom", "bbox", "clusters"})
public record ClusterView(
    @Schema(description = "Venues in the view.", examples = "1234") long total,
    @Schema(
            description =
                "The zoom level the clusters were made for: the one asked, or a coarser one when"
                    + " the box spans more than 128 tiles at the zoom asked.",
            examples = "6")
        int zoom,
    @Schema(
            description =
                "The box the clusters were made for (minLon, minLat, maxLon, maxLat): the box"
                    + " asked grown to whole tiles of `zoom`.",
            examples = "[-5.625, 40.97990, 11.25, 52.48278]")
        List<Double> bbox,
    @Schema(description = "One group per non-empty cell of about 32 pixels.")
        List<Cluster> clusters) {

  /** A group of venues, or one venue. */
  @Schema(name = "VenueCluster", description = "A group of venues at their mean position.")
  @JsonbPropertyOrder({"count", "lat", "lon", "id"})
  public record Cluster(
      @Schema(description = "Venues in the group.", examples = "42") long count,
      @Schema(description = "Mean latitude of the group's venues.", examples = "48.8566")
          double lat,
      @Schema(description = "Mean longitude of the group's venues.", examples = "2.3522")
          double lon,
      @Schema(
              description = "The venue's id when the group is one venue.",
              examples = "3f1c2a9e-5b7d-3c41-9a0e-2d8f6b1c4e77")
          String id) {}
}
