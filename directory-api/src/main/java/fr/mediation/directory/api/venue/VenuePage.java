package fr.mediation.directory.api.venue;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of search results. */
@Schema(name = "VenuePage", description = "One page of venues matching a search.")
@JsonbPropertyOrder({"total", "offset", "limit", "items"})
public record VenuePage(
    @Schema(description = "How many venues match, over all pages.", examples = "42") long total,
    @Schema(description = "Venues skipped before this page.", examples = "0") int offset,
    @Schema(description = "Largest number of venues in a page.", examples = "20") int limit,
    @Schema(description = "The venues of this page, in the requested order.")
        List<VenueSummary> items) {}
