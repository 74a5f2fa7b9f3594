package fr.mediation.directory.source;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The name of this server among the nodes sharing one database, so that a server started again
 * after a crash recognises the runs it left (and concludes them at once), and two servers on one
 * host are told apart: {@code directory.node.name} ({@code DIRECTORY_NODE_NAME}) when set,
 * otherwise its host name and its data folder ({@code directory.data.dir}). Not the working
 * directory: the runnable jar runs its server in a new folder at each start, so a restarted
 * installation took itself for another node and left its interrupted run holding the source until
 * the lease expired.
 */
public final class NodeName {

  private static final int MAX = 300;

  private static final String CURRENT = compute();

  private NodeName() {}

  /** This server's name. */
  public static String current() {
    return CURRENT;
  }

  /**
   * The name of a server on {@code host}: {@code configured} when given, else the host and the
   * server's data folder, else its working directory {@code userDir}.
   */
  static String of(
      String host, Optional<String> configured, Optional<String> dataDir, String userDir) {
    Optional<String> given = configured.map(String::strip).filter(s -> !s.isEmpty());
    String name =
        given.orElseGet(
            () ->
                host
                    + ":"
                    + Path.of(
                            dataDir.filter(s -> !s.isBlank() && !s.contains("${")).orElse(userDir))
                        .toAbsolutePath()
                        .normalize());
    return name.length() <= MAX ? name : name.substring(name.length() - MAX);
  }

  private static String compute() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return of(
        host,
        setting("directory.node.name"),
        setting("directory.data.dir"),
        System.getProperty("user.dir", "."));
  }

  private static Optional<String> setting(String name) {
    try {
      return ConfigProvider.getConfig().getOptionalValue(name, String.class);
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty(); // no MicroProfile Config here (unit tests)
    }
  }
}
