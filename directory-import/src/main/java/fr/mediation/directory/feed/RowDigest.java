package fr.mediation.directory.feed;

import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.venue.field.StandardField;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * The digest of what a row's preparation reads: the build that prepares it, the source, the row's
 * values as mapped, the mapping's warnings and how its hours were read. Two rows with one digest
 * prepare into the same venue with the same warnings, unless the geocoder is asked (which is never
 * remembered: see {@link RowPreparation}).
 */
final class RowDigest {

  /**
   * The build of the code that prepares rows: rows remembered by another build are prepared again.
   */
  static final String BUILD = build();

  private RowDigest() {}

  /** Copied for each row: cheaper than looking the algorithm up among the providers each time. */
  private static final MessageDigest SHA_256 = sha256();

  /** The digest of {@code row} of source {@code sourceKey}: 128 bits of SHA-256, in Base64. */
  static String of(String sourceKey, MappedRow row) {
    Digester d = new Digester();
    d.add(BUILD);
    d.add(sourceKey);
    for (Map.Entry<StandardField, String> value : row.row().values().entrySet()) {
      d.add(value.getKey().key());
      d.add(value.getValue());
    }
    for (FieldWarning w : row.warnings()) {
      d.add("warning");
      d.add(w.field() == null ? null : w.field().key());
      d.add(w.value());
      d.add(w.message());
      d.add(w.messageFr());
    }
    if (row.hours() != null) {
      d.add("hours");
      d.add(row.hours().toString());
    }
    return Base64.getEncoder().encodeToString(Arrays.copyOf(d.digest(), 16));
  }

  /**
   * Texts into one SHA-256, through one buffer rather than an array of bytes per text: each text is
   * its length in chars then its chars in UTF-8, so that no two sequences of texts give the same
   * bytes.
   */
  private static final class Digester {
    private final MessageDigest sha = copy();
    private final byte[] buffer = new byte[1024];
    private int used;

    void add(String text) {
      if (text == null) {
        put(0);
        return;
      }
      put(1);
      int length = text.length();
      put(length >>> 24);
      put(length >>> 16);
      put(length >>> 8);
      put(length);
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c < 0x80) {
          put(c);
        } else if (c < 0x800) {
          put(0xC0 | (c >> 6));
          put(0x80 | (c & 0x3F));
        } else {
          // Surrogates one by one: unambiguous, and never decoded.
          put(0xE0 | (c >> 12));
          put(0x80 | ((c >> 6) & 0x3F));
          put(0x80 | (c & 0x3F));
        }
      }
    }

    private void put(int b) {
      if (used == buffer.length) {
        sha.update(buffer, 0, used);
        used = 0;
      }
      buffer[used++] = (byte) b;
    }

    byte[] digest() {
      sha.update(buffer, 0, used);
      used = 0;
      return sha.digest();
    }
  }

  private static MessageDigest copy() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      return sha256();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String build() {
    try (InputStream in = RowDigest.class.getResourceAsStream("build.properties")) {
      if (in == null) {
        throw new IllegalStateException("build.properties is missing from the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      String build = properties.getProperty("build");
      if (build == null || build.contains("${")) {
        throw new IllegalStateException("build.properties was not filtered by the build: " + build);
      }
      return build;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
