package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.geo.Commune;
import fr.mediation.directory.geo.Communes;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.venue.field.StandardField;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Fills a missing postcode or commune when the commune reference leaves no doubt: the postcode of a
 * commune known by its name alone (no homonym) that has a single postcode ("Épernay" gives 51200,
 * "Bordeaux" with five postcodes gives nothing), the commune of a postcode that serves a single
 * commune, the postcode of one of La Poste's localities named alone in France ("Sainte-Clotilde"
 * gives 97490; the commune is then corrected to Saint-Denis when the place is checked). Each filled
 * value is warned about.
 */
final class PlaceCompletion {

  private static final String MESSAGES = "fr.mediation.directory.feed.mapping.messages";

  private PlaceCompletion() {}

  static void complete(
      Map<StandardField, String> values,
      Supplier<Communes> reference,
      List<FieldWarning> warnings) {
    String postcode = values.get(StandardField.CODE_POSTAL);
    String name = values.get(StandardField.COMMUNE);
    if (postcode == null && name != null) {
      Communes communes = reference.get();
      if (communes.find(null, name).isEmpty()) {
        communes
            .localities()
            .find(null, name)
            .ifPresent(
                l -> {
                  values.put(StandardField.CODE_POSTAL, l.postcode());
                  warnings.add(
                      new FieldWarning(
                          StandardField.CODE_POSTAL,
                          l.postcode(),
                          "No postcode; "
                              + name
                              + " is a locality of La Poste's addresses, postcode "
                              + l.postcode()
                              + ".",
                          "Code postal absent : « "
                              + name
                              + " » est une localité de La Poste, de code postal "
                              + l.postcode()
                              + "."));
                });
        return;
      }
      communes
          .find(null, name)
          .map(communes::currentOf)
          .filter(c -> c.postcodes().size() == 1)
          .ifPresent(
              c -> {
                String code = c.postcodes().getFirst();
                values.put(StandardField.CODE_POSTAL, code);
                Message completed =
                    Message.of(MESSAGES, "place.postcode.completed", code, c.name());
                warnings.add(
                    new FieldWarning(
                        StandardField.CODE_POSTAL, code, completed.en(), completed.fr()));
              });
    } else if (name == null && postcode != null) {
      List<Commune> served = reference.get().byPostcode(postcode);
      if (served.size() == 1) {
        String commune = served.getFirst().canonicalName();
        values.put(StandardField.COMMUNE, commune);
        Message completed = Message.of(MESSAGES, "place.commune.completed", commune, postcode);
        warnings.add(
            new FieldWarning(StandardField.COMMUNE, commune, completed.en(), completed.fr()));
      }
    }
  }
}
