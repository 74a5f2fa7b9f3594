package fr.mediation.directory.feed;

import fr.mediation.directory.geo.BanGeocoder;
import fr.mediation.directory.geo.Communes;
import fr.mediation.directory.geo.FallbackGeocoder;
import fr.mediation.directory.geo.GazetteerGeocoder;
import fr.mediation.directory.geo.Geocoder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How imported rows are placed: the commune reference and the configured geocoder, loaded at the
 * first import. A fresh one (the gazetteer) in unit tests.
 */
@ApplicationScoped
public class Placing {

  /** {@code gazetteer} (offline, commune precision) or {@code ban} (the national address API). */
  @Inject
  @ConfigProperty(name = "directory.geocoder", defaultValue = "gazetteer")
  String geocoder = "gazetteer";

  @Inject
  @ConfigProperty(name = "directory.ban.url", defaultValue = "https://api-adresse.data.gouv.fr")
  String banUrl;

  @Inject
  @ConfigProperty(name = "directory.ban.min-score", defaultValue = "0.5")
  double banMinScore;

  private volatile PlaceNormaliser places;

  /** The normaliser placing rows, made at the first call. */
  PlaceNormaliser places() {
    if (places == null) {
      Communes communes = Communes.get();
      Geocoder gazetteer = new GazetteerGeocoder(communes);
      Geocoder chosen =
          "ban".equalsIgnoreCase(geocoder)
              ? new FallbackGeocoder(
                  BanGeocoder.builder()
                      .baseUrl(banUrl)
                      .minScore(banMinScore)
                      .communes(communes)
                      .build(),
                  gazetteer)
              : gazetteer;
      places = new PlaceNormaliser(communes, chosen);
    }
    return places;
  }
}
