package fr.mediation.directory.source;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * The name of this server among the nodes sharing one database: its host name and its working
 * directory (Liberty runs each server in its own folder), so that a server started again after a
 * crash recognises the runs it left, and two servers on one host are told apart.
 */
public final class NodeName {

  private static final String CURRENT = compute();

  private NodeName() {}

  /** This server's name. */
  public static String current() {
    return CURRENT;
  }

  private static String compute() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    String name = host + ":" + Path.of(System.getProperty("user.dir", ".")).toAbsolutePath();
    return name.length() <= 300 ? name : name.substring(name.length() - 300);
  }
}
