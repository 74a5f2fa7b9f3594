package fr.mediation.directory.federation;

import java.util.List;
import java.util.Locale;

/** The reasons of a detector's decision, written out or not. */
record Reasons(List<String> list) {
  static final Reasons UNWRITTEN = new Reasons(null);

  void add(String reason) {
    if (list != null) {
      list.add(reason);
    }
  }

  void format(String format, double value) {
    if (list != null) {
      list.add(String.format(Locale.ROOT, format, value));
    }
  }

  void add(String text, Object detail, Object... more) {
    if (list != null) {
      StringBuilder reason = new StringBuilder(text).append(detail);
      for (Object m : more) {
        reason.append(" / ").append(m);
      }
      list.add(reason.toString());
    }
  }

  List<String> written() {
    return list == null ? List.of() : list;
  }
}
