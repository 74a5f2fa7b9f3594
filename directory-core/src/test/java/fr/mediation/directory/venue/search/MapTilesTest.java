package fr.mediation.directory.venue.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MapTilesTest {

  @Test
  void parisIsInTheSlippyMapTileOfEveryMap() {
    // Zoom 10 tile of central Paris: x=518, y=352 (as OpenStreetMap numbers it).
    assertThat(MapTiles.cell(48.8566, 2.3522, 10)).isEqualTo(518L * 1024 + 352);
  }

  @Test
  void nearbyPointsShareACellAtLowZoomNotAtHighZoom() {
    assertThat(MapTiles.cell(48.8566, 2.3522, 6)).isEqualTo(MapTiles.cell(48.87, 2.36, 6));
    assertThat(MapTiles.cell(48.8566, 2.3522, 18)).isNotEqualTo(MapTiles.cell(48.87, 2.36, 18));
  }

  @Test
  void polarLatitudesAreClampedIntoTheMap() {
    assertThat(MapTiles.cell(89.9, 0, 3)).isEqualTo(4L * 8 + 0);
  }

  @Test
  void neighbouringBoxesAreSnappedToTheSameTiles() {
    VenueQuery.BoundingBox view = new VenueQuery.BoundingBox(2.25, 48.81, 2.42, 48.90);
    VenueQuery.BoundingBox moved = new VenueQuery.BoundingBox(2.251, 48.811, 2.421, 48.901);
    VenueQuery.BoundingBox snapped = MapTiles.snap(view, 12);
    assertThat(MapTiles.snap(moved, 12)).isEqualTo(snapped);
    // Grown outward, never shrunk: the whole view stays in the answer.
    assertThat(snapped.minLon()).isLessThanOrEqualTo(2.25);
    assertThat(snapped.minLat()).isLessThanOrEqualTo(48.81);
    assertThat(snapped.maxLon()).isGreaterThanOrEqualTo(2.42);
    assertThat(snapped.maxLat()).isGreaterThanOrEqualTo(48.90);
    // Its edges are tile edges: Paris's zoom-12 tiles start at x = 2073.
    assertThat(snapped.minLon()).isCloseTo(2073.0 / 4096 * 360 - 180, within(1e-9));
    assertThat(MapTiles.tiles(snapped, 12)).isEqualTo(MapTiles.tiles(view, 12));
  }

  @Test
  void theWorldAtStreetZoomIsCoarsenedToABoundedView() {
    VenueQuery.BoundingBox world = new VenueQuery.BoundingBox(-180, -85, 180, 85.001);
    VenueClusters.View view = VenueClusters.View.of(world, 17);
    assertThat(view.zoom()).isEqualTo(3);
    assertThat(MapTiles.tiles(view.box(), view.zoom()))
        .isLessThanOrEqualTo(VenueClusters.MAX_TILES);
    assertThat(MapTiles.tiles(world, view.zoom() + 1)).isGreaterThan(VenueClusters.MAX_TILES);
    assertThat(VenueClusters.View.of(new VenueQuery.BoundingBox(-180, -85, 180, 85), 17))
        .isEqualTo(view);
  }

  @Test
  void aScreenSizedViewKeepsItsZoom() {
    // About 1,900 x 1,000 pixels at zoom 13 around Lyon.
    VenueQuery.BoundingBox lyon = new VenueQuery.BoundingBox(4.67, 45.70, 5.00, 45.83);
    assertThat(VenueClusters.View.of(lyon, 13).zoom()).isEqualTo(13);
  }
}
