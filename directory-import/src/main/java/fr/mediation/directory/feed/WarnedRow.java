package fr.mediation.directory.feed;

import fr.mediation.directory.feed.mapping.FieldWarning;
import java.util.List;

/** An accepted row of which something was left out or corrected. */
public record WarnedRow(int number, String localId, List<FieldWarning> warnings) {
  public WarnedRow {
    warnings = List.copyOf(warnings);
  }
}
