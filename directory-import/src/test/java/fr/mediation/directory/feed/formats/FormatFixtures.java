package fr.mediation.directory.feed.formats;

import fr.mediation.directory.feed.mapping.FeedMapping;
import fr.mediation.directory.feed.mapping.FeedMapping.Rule;
import fr.mediation.directory.feed.mapping.FeedMapping.Source;
import fr.mediation.directory.feed.mapping.FeedMappings;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.feed.mapping.MappingEngine;
import fr.mediation.directory.venue.InvalidRowException;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.AccessMode;
import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.Mobility;
import fr.mediation.directory.venue.field.NationalProgramme;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.field.SpecificPublic;
import fr.mediation.directory.venue.field.SpecificSupport;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.field.StandardLabel;
import fr.mediation.directory.venue.field.SupportMode;
import fr.mediation.directory.venue.field.TrainingLabel;
import fr.mediation.directory.venue.field.Typology;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/** Maps the fixtures of the input formats and validates their rows as the import does. */
final class FormatFixtures {

  /** The enumeration holding the labels of each field of the standard that has labels. */
  static final Map<StandardField, Class<? extends StandardLabel>> LABELS =
      Map.of(
          StandardField.TYPOLOGIE, Typology.class,
          StandardField.ITINERANCE, Mobility.class,
          StandardField.SERVICES, Service.class,
          StandardField.PUBLICS_SPECIFIQUEMENT_ADRESSES, SpecificPublic.class,
          StandardField.PRISE_EN_CHARGE_SPECIFIQUE, SpecificSupport.class,
          StandardField.FRAIS_A_CHARGE, Fee.class,
          StandardField.DISPOSITIF_PROGRAMMES_NATIONAUX, NationalProgramme.class,
          StandardField.FORMATIONS_LABELS, TrainingLabel.class,
          StandardField.MODALITES_ACCES, AccessMode.class,
          StandardField.MODALITES_ACCOMPAGNEMENT, SupportMode.class);

  private FormatFixtures() {}

  /** One record of a fixture: what the mapping made of it, then the venue or the errors. */
  record Outcome(MappedRow mapped, VenueRecord venue, List<InvalidFieldException> errors) {

    boolean accepted() {
      return venue != null;
    }

    /** The record's identifier, as mapped. */
    String id() {
      return mapped.row().values().get(StandardField.ID);
    }

    /** The fields the row was rejected for, in the standard's order. */
    List<StandardField> rejectedFields() {
      return errors.stream().map(InvalidFieldException::field).toList();
    }
  }

  /**
   * Maps the fixture {@code fixture} with the mapping file {@code mapping}, both on the classpath.
   */
  static List<Outcome> run(String mapping, String fixture) {
    return run(FeedMappings.fromClasspath(mapping), bytes(fixture));
  }

  /** Maps {@code content} with {@code mapping} and validates each row. */
  static List<Outcome> run(FeedMapping mapping, byte[] content) {
    return MappingEngine.map(content, mapping).stream().map(FormatFixtures::validate).toList();
  }

  private static Outcome validate(MappedRow row) {
    try {
      return new Outcome(row, VenueRecord.parse(row.row().values()), List.of());
    } catch (InvalidRowException e) {
      return new Outcome(row, null, e.errors());
    }
  }

  /** The outcome of the record whose identifier is {@code id}. */
  static Outcome byId(List<Outcome> outcomes, String id) {
    return outcomes.stream()
        .filter(o -> id.equals(o.id()))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no record " + id));
  }

  /** The venue of the record whose identifier is {@code id}, which must have been accepted. */
  static VenueRecord venue(List<Outcome> outcomes, String id) {
    Outcome outcome = byId(outcomes, id);
    if (!outcome.accepted()) {
      throw new AssertionError(id + " was rejected: " + outcome.errors());
    }
    return outcome.venue();
  }

  static byte[] bytes(String resource) {
    try (InputStream in = FormatFixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A target of a dictionary of a mapping: the field and the label it gives. */
  record Target(StandardField field, String label) {}

  /** Every target of every dictionary (values) of {@code mapping}, {@code first} rules included. */
  static List<Target> dictionaryTargets(FeedMapping mapping) {
    List<Target> targets = new ArrayList<>();
    mapping.fields().forEach((field, rule) -> collect(field, rule, targets));
    return targets;
  }

  private static void collect(StandardField field, Rule rule, List<Target> targets) {
    if (rule.source() instanceof Source.First first) {
      first.rules().forEach(r -> collect(field, r, targets));
    }
    if (rule.source() instanceof Source.Flags flags) {
      flags.labelsByColumn().values().forEach(label -> targets.add(new Target(field, label)));
    }
    Map<String, List<String>> values = rule.transforms().values();
    if (values != null) {
      values.values().stream()
          .flatMap(List::stream)
          .forEach(label -> targets.add(new Target(field, label)));
    }
  }

  /**
   * The targets of {@code mapping}'s dictionaries that are not, exactly, a label of the field's
   * enumeration (a typo, a label of another field, a dictionary on a field without labels).
   */
  static List<String> targetsUnknownToTheStandard(FeedMapping mapping) {
    List<String> unknown = new ArrayList<>();
    for (Target target : dictionaryTargets(mapping)) {
      Class<? extends StandardLabel> type = LABELS.get(target.field());
      if (type == null) {
        unknown.add(target.field().key() + " has no labels, yet maps to '" + target.label() + "'");
        continue;
      }
      Set<String> labels =
          Arrays.stream(type.getEnumConstants())
              .map(StandardLabel::label)
              .collect(Collectors.toSet());
      if (!labels.contains(target.label())) {
        unknown.add(target.field().key() + ": '" + target.label() + "'");
      }
    }
    return unknown;
  }
}
