package fr.mediation.directory.api.venue;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed. */
@Schema(name = "VenueChanges", description = "Venues changed since a date, retired ones included.")
@JsonbPropertyOrder({"updatedSince", "nextCursor", "items"})
public record VenueChange(
    @JsonbProperty("updated_since")
        @Schema(description = "The `updated_since` asked for.", examples = "2026-11-01T00:00:00Z")
        Instant updatedSince,
    @JsonbProperty("next_cursor")
        @Schema(
            description = "Pass it as `cursor` to get the next page; absent on the last page.",
            examples = "M2YxYzJhOWUtNWI3ZC0zYzQxLTlhMGUtMmQ4ZjZiMWM0ZTc3")
        String nextCursor,
    @Schema(
            description =
                "The venues changed since `updated_since`, in id order; a venue whose source no"
                    + " longer publishes it has `retired_at` set.")
        List<VenueDetail> items) {}
