package fr.mediation.directory.api.problem;

import fr.mediation.directory.message.Message;
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
        message(unknown.keySet(), new TreeSet<>(accepted)));
    this.unknown = new LinkedHashMap<>(unknown);
    this.accepted = new TreeSet<>(accepted);
  }

  /** The unknown names, then the accepted ones, in both languages. */
  private static Message message(Set<String> names, Set<String> accepted) {
    Message unknown =
        Message.of(
            ProblemMappers.MESSAGES,
            names.size() == 1 ? "unknown.one" : "unknown.many",
            String.join(", ", names));
    Message takes =
        accepted.isEmpty()
            ? Message.of(ProblemMappers.MESSAGES, "accepted.none")
            : Message.of(ProblemMappers.MESSAGES, "accepted", String.join(", ", accepted));
    return new Message(unknown.en() + " " + takes.en(), unknown.fr() + " " + takes.fr());
  }

  @Override
  public String detailFr() {
    return messageFr();
  }

  @Override
  public List<Problem.ParameterError> errors() {
    return unknown.entrySet().stream()
        .map(
            e -> {
              Message message = message(Set.of(e.getKey()), accepted);
              return new Problem.ParameterError(
                  e.getKey(), e.getValue(), message.en(), message.fr());
            })
        .toList();
  }
}
