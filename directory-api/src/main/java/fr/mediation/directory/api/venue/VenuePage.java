package fr.mediation.directory.api.venue;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of search results. */
@Schema(name = "VenuePage", description = "One page of venues matching a search.")
@JsonbPropertyOrder({"total", "totalExact", "offset", "limit", "nextCursor", "items", "facets"})
public record VenuePage(
    @Schema(
            description =
                "How many venues match, over all pages: exactly when `total_exact` is true, at"
                    + " least otherwise.",
            examples = "42")
        long total,
    @JsonbProperty("total_exact")
        @Schema(
            description =
                "Whether `total` counts every match. Beyond 1,000 matches it is a lower bound"
                    + " unless the search asked for `exact_total=true`.",
            examples = "true")
        boolean totalExact,
    @Schema(description = "Venues skipped before this page.", examples = "0") int offset,
    @Schema(description = "Largest number of venues in a page.", examples = "20") int limit,
    @Schema(description = "The venues of this page, in the requested order.")
        List<VenueSummary> items,
    @JsonbProperty("next_cursor")
        @Schema(
            description =
                "Pass it as `cursor` (with the same other parameters) to get the next page; it"
                    + " starts right after this page's last venue, so venues added or removed"
                    + " meanwhile shift nothing. Absent on the last page.",
            examples = "bmFtZR9tZWRpYXRoZXF1ZR8zZjFjMmE5ZQ")
        String nextCursor,
    @Schema(
            description =
                "With `facets=true`: for each filter, how many matching venues have each value"
                    + " (codes of the standard's values; `true`/`false` for yes/no filters;"
                    + " codes for `departement` and `region`).",
            examples = "{\"services\":{\"aide-aux-demarches-administratives\":12}}")
        Map<String, Map<String, Long>> facets) {}
