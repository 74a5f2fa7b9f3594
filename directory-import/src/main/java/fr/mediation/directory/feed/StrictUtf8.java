package fr.mediation.directory.feed;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Reads the standard's files as what the standard says they are, UTF-8, strictly: a file with bytes
 * that are not UTF-8 (most often a Latin-1 or Windows-1252 export) is refused as a whole, naming
 * the first such line and its bytes, rather than read with replacement characters that would pass
 * for text. Nothing is guessed or converted.
 */
final class StrictUtf8 {

  private StrictUtf8() {}

  /**
   * A reader of {@code content}, checked first.
   *
   * @throws FeedFormatException when {@code content} is not UTF-8
   */
  static Reader reader(byte[] content) {
    check(content);
    return new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
  }

  /**
   * Checks that {@code content} is UTF-8.
   *
   * @throws FeedFormatException naming the line (1 = the first line of the file) and the bytes
   */
  static void check(byte[] content) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result =
          in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
      if (result.isError()) {
        throw notUtf8(content, in.position(), result.length());
      }
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      result = decoder.flush(out);
      if (result.isError()) {
        throw notUtf8(content, in.position(), result.length());
      }
      return;
    }
  }

  private static FeedFormatException notUtf8(byte[] content, int at, int length) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (content[i] == '\n') {
        line++;
      }
    }
    String bytes = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(content, at, at + length);
    return new FeedFormatException(
        "The file is not in UTF-8: line "
            + line
            + " has the bytes "
            + bytes
            + ", which UTF-8 does not allow (a Latin-1 or Windows-1252 file?). Save it in UTF-8"
            + " and send it again.",
        "Le fichier n'est pas en UTF-8 : la ligne "
            + line
            + " contient les octets "
            + bytes
            + ", impossibles en UTF-8 (fichier enregistré en Latin-1 ou Windows-1252 ?)."
            + " Enregistrez-le en UTF-8 et envoyez-le à nouveau.");
  }
}
