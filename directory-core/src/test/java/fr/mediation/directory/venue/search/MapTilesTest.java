package fr.mediation.directory.venue.search;

import static org.assertj.core.api.Assertions.assertThat;

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
}
