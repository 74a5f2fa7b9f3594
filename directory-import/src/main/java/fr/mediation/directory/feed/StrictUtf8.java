package fr.mediation.directory.feed;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Reads the standard's files as what the standard says they are, UTF-8, strictly: a file with bytes
 * that are not UTF-8 (most often a Latin-1 or Windows-1252 export) is refused as a whole, naming
 * the first such line and its bytes, rather than read with replacement characters that would pass
 * for text. Nothing is guessed or converted. The file is decoded once, by the reader that reads it.
 */
final class StrictUtf8 {

  private StrictUtf8() {}

  /**
   * A reader of {@code content} that decodes it once, as it is read: the bytes that are not UTF-8
   * are refused when the reader reaches them, so a file is read whole only if it is UTF-8 whole.
   *
   * @throws FeedFormatException from {@code read}, when {@code content} is not UTF-8 there
   */
  static Reader reader(byte[] content) {
    return new Decoding(content);
  }

  /** A strict UTF-8 decoder of an array, {@value #CHUNK} characters at a time. */
  private static final class Decoding extends Reader {

    private static final int CHUNK = 8192;

    private final byte[] content;
    private final ByteBuffer in;
    private final CharsetDecoder decoder = strict();
    private final CharBuffer chars = CharBuffer.allocate(CHUNK).flip();
    private boolean decoded;

    /** The refusal, thrown again by any later read: nothing past a bad byte is ever read. */
    private FeedFormatException refused;

    Decoding(byte[] content) {
      this.content = content;
      this.in = ByteBuffer.wrap(content);
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      Objects.checkFromIndexSize(offset, length, buffer.length);
      if (refused != null) {
        throw refused;
      }
      if (length == 0) {
        return 0;
      }
      while (!chars.hasRemaining()) {
        if (decoded) {
          return -1;
        }
        chars.clear();
        CoderResult result = decoder.decode(in, chars, true);
        if (result.isError()) {
          throw refuse(result);
        }
        if (result.isUnderflow()) {
          result = decoder.flush(chars);
          if (result.isError()) {
            throw refuse(result);
          }
          decoded = true;
        }
        chars.flip();
      }
      int read = Math.min(length, chars.remaining());
      chars.get(buffer, offset, read);
      return read;
    }

    private FeedFormatException refuse(CoderResult result) {
      refused = notUtf8(content, in.position(), result.length());
      return refused;
    }

    @Override
    public void close() {
      // Nothing to release: the bytes are the caller's.
    }
  }

  private static CharsetDecoder strict() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
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
