package fr.mediation.directory.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import okio.Buffer;

/**
 * The jsDelivr CDN ({@code https://cdn.jsdelivr.net/npm/<package>@<version>/<file>}) for one npm
 * package installed by the build, served over TLS on 127.0.0.1 by OkHttp's MockWebServer with a
 * throwaway certificate for {@value #HOST} (okhttp-tls): the browser reaches it as {@value #HOST}
 * through its host-resolver rules ({@link Browser#startOffline}), which also make it accept the
 * certificate, so that a page embedding the package as partners do loads it from here, never from
 * the internet. Every version of the package is served from the installed one: the national
 * cartography's component asks for its assets under a version of its own (5.20.0).
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

  private final MockWebServer server = new MockWebServer();
  private final List<String> missing = new CopyOnWriteArrayList<>();

  /** Serves {@code root} (the unpacked package) as {@code /npm/<name>@<any version>/}. */
  ComponentCdn(String name, Path root) {
    Pattern path = Pattern.compile("^/npm/" + Pattern.quote(name) + "@[0-9][0-9A-Za-z.-]*/(.+)$");
    Path base = root.toAbsolutePath().normalize();
    HeldCertificate certificate =
        new HeldCertificate.Builder()
            .commonName(HOST)
            .addSubjectAlternativeName(HOST)
            .duration(2, TimeUnit.DAYS)
            .build();
    server.useHttps(
        new HandshakeCertificates.Builder()
            .heldCertificate(certificate)
            .build()
            .sslSocketFactory());
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String requested =
                URLDecoder.decode(request.getUrl().encodedPath(), StandardCharsets.UTF_8);
            Matcher m = path.matcher(requested);
            Path file = m.matches() ? base.resolve(m.group(1)).normalize() : null;
            // jsDelivr answers every origin: module scripts and fonts are fetched in CORS mode.
            MockResponse.Builder answer =
                new MockResponse.Builder().setHeader("Access-Control-Allow-Origin", "*");
            if (file == null || !file.startsWith(base) || !Files.isRegularFile(file)) {
              missing.add(requested);
              return answer.code(404).build();
            }
            String fileName = file.getFileName().toString();
            String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
            try {
              return answer
                  .setHeader(
                      "Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"))
                  .body(new Buffer().write(Files.readAllBytes(file)))
                  .build();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the browser must send {@value #HOST}: 127.0.0.1 and this server's port. */
  String address() {
    return "127.0.0.1:" + server.getPort();
  }

  /** The paths asked for that the package does not have. */
  List<String> missing() {
    return List.copyOf(missing);
  }

  @Override
  public void close() {
    server.close();
  }
}
