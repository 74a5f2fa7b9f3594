package fr.mediation.directory.web;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The jsDelivr CDN ({@code https://cdn.jsdelivr.net/npm/<package>@<version>/<file>}) for one npm
 * package installed by the build, served over TLS on 127.0.0.1 with a throwaway self-signed
 * certificate: the browser reaches it as {@value #HOST} through its host-resolver rules ({@link
 * Browser#startOffline}), so that a page embedding the package as partners do loads it from here,
 * never from the internet. Every version of the package is served from the installed one: the
 * national cartography's component asks for its assets under a version of its own (5.20.0).
 */
final class ComponentCdn implements AutoCloseable {

  static final String HOST = "cdn.jsdelivr.net";

  private static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json",
          "svg", "image/svg+xml",
          "png", "image/png",
          "woff2", "font/woff2",
          "woff", "font/woff",
          "ttf", "font/ttf",
          "eot", "application/vnd.ms-fontobject");

  private final HttpsServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final List<String> missing = new CopyOnWriteArrayList<>();

  /** Serves {@code root} (the unpacked package) as {@code /npm/<name>@<any version>/}. */
  ComponentCdn(String name, Path root) {
    Pattern path = Pattern.compile("^/npm/" + Pattern.quote(name) + "@[0-9][0-9A-Za-z.-]*/(.+)$");
    Path base = root.toAbsolutePath().normalize();
    try {
      server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setHttpsConfigurator(new HttpsConfigurator(selfSigned()));
    // The browser asks for many files at once, on several connections.
    server.setExecutor(executor);
    server.createContext(
        "/",
        exchange -> {
          String requested =
              URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
          Matcher m = path.matcher(requested);
          Path file = m.matches() ? base.resolve(m.group(1)).normalize() : null;
          // jsDelivr answers every origin: module scripts and fonts are fetched in CORS mode.
          exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
          if (file == null || !file.startsWith(base) || !Files.isRegularFile(file)) {
            missing.add(requested);
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          String fileName = file.getFileName().toString();
          String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
          exchange
              .getResponseHeaders()
              .set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
          exchange.sendResponseHeaders(200, Files.size(file));
          try (OutputStream out = exchange.getResponseBody();
              InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
          }
        });
    server.start();
  }

  /** Where the browser must send {@value #HOST}: 127.0.0.1 and this server's port. */
  String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /** The paths asked for that the package does not have. */
  List<String> missing() {
    return List.copyOf(missing);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.close();
  }

  /**
   * A TLS context with a key and certificate for {@value #HOST} made by the JDK's keytool in a
   * temporary folder (the JDK has no API to issue a certificate); the browser is told to accept it.
   */
  private static SSLContext selfSigned() {
    try {
      Path dir = Files.createTempDirectory("component-cdn");
      Path store = dir.resolve("cdn.p12");
      char[] password = "not-a-secret".toCharArray();
      Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
      Process process =
          new ProcessBuilder(
                  keytool.toString(),
                  "-genkeypair",
                  "-alias",
                  "cdn",
                  "-keyalg",
                  "EC",
                  "-groupname",
                  "secp256r1",
                  "-dname",
                  "CN=" + HOST,
                  "-ext",
                  "SAN=dns:" + HOST,
                  "-validity",
                  "2",
                  "-storetype",
                  "PKCS12",
                  "-keystore",
                  store.toString(),
                  "-storepass",
                  new String(password))
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("keytool could not make a certificate: " + output);
      }
      KeyStore keys = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(store)) {
        keys.load(in, password);
      }
      KeyManagerFactory managers =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      managers.init(keys, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(managers.getKeyManagers(), null, null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
