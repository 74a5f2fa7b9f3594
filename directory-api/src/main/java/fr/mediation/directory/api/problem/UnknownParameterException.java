package fr.mediation.directory.api.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Query parameters the endpoint does not take: a typo ({@code servics=}) or a parameter of another
 * endpoint would otherwise be ignored silently, and the answer taken for a filtered one.
 */
public class UnknownParameterException extends InvalidParameterException {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, String> unknown;
  private final transient Set<String> accepted;

  /**
   * @param unknown the unknown parameters and their (first) values, in request order
   * @param accepted the parameters the endpoint takes
   */
  public UnknownParameterException(Map<String, String> unknown, Set<String> accepted) {
    super(
        unknown.keySet().iterator().next(),
        unknown.values().iterator().next(),
        english(unknown.keySet(), new TreeSet<>(accepted)),
        french(unknown.keySet(), new TreeSet<>(accepted)));
    this.unknown = new LinkedHashMap<>(unknown);
    this.accepted = new TreeSet<>(accepted);
  }

  private static String english(Set<String> names, Set<String> accepted) {
    return (names.size() == 1 ? "Unknown parameter " : "Unknown parameters ")
        + String.join(", ", names)
        + ". "
        + (accepted.isEmpty()
            ? "This endpoint takes no query parameter."
            : "Accepted: " + String.join(", ", accepted) + ".");
  }

  private static String french(Set<String> names, Set<String> accepted) {
    return (names.size() == 1 ? "Paramètre inconnu : " : "Paramètres inconnus : ")
        + String.join(", ", names)
        + ". "
        + (accepted.isEmpty()
            ? "Cette adresse ne prend aucun paramètre."
            : "Paramètres acceptés : " + String.join(", ", accepted) + ".");
  }

  @Override
  public String detailFr() {
    return messageFr();
  }

  @Override
  public List<Problem.ParameterError> errors() {
    return unknown.entrySet().stream()
        .map(
            e ->
                new Problem.ParameterError(
                    e.getKey(),
                    e.getValue(),
                    english(Set.of(e.getKey()), accepted),
                    french(Set.of(e.getKey()), accepted)))
        .toList();
  }
}
