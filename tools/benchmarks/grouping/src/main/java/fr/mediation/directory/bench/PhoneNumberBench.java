package fr.mediation.directory.bench;

import fr.mediation.directory.venue.field.PhoneNumber;
import fr.mediation.directory.venue.field.PostalCode;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A row's phone number read as an import reads it ({@code PhoneNumber.of} with the venue's postal
 * code), in the spellings hubs send: {@code spaced} "01 23 45 67 89" (the most common), {@code
 * dotted} "01.23.45.67.89", {@code international} "+33 1 23 45 67 89", {@code overseas} a
 * Guadeloupe number "05 90 12 34 56" with its postal code. 1,000 distinct numbers of each kind, as
 * many rows of a file would carry (numbers of unallocated ranges drawn again).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PhoneNumberBench {

  @Param({"spaced", "dotted", "international", "overseas"})
  String spelling;

  private String[] numbers;
  private PostalCode postcode;
  private int next;

  @Setup
  public void numbers() {
    Random random = new Random(42);
    postcode = new PostalCode(spelling.equals("overseas") ? "97110" : "75011");
    numbers = new String[1_000];
    for (int i = 0; i < numbers.length; ) {
      int a = random.nextInt(100);
      int b = random.nextInt(100);
      int c = random.nextInt(100);
      int d = random.nextInt(100);
      int first = 1 + random.nextInt(5);
      numbers[i] =
          switch (spelling) {
            case "spaced" -> "%02d %02d %02d %02d %02d".formatted(first, a, b, c, d);
            case "dotted" -> "%02d.%02d.%02d.%02d.%02d".formatted(first, a, b, c, d);
            case "international" -> "+33 %d %02d %02d %02d %02d".formatted(first, a, b, c, d);
            case "overseas" -> "05 90 %02d %02d %02d".formatted(b, c, d);
            default -> throw new IllegalArgumentException(spelling);
          };
      try {
        PhoneNumber.of(numbers[i], postcode);
        i++;
      } catch (RuntimeException unallocated) {
        // A number of a range the numbering plan does not allocate: drawn again.
      }
    }
  }

  /** One number read, the next of the 1,000 each time. */
  @Benchmark
  public String read() {
    String raw = numbers[next];
    next = (next + 1) % numbers.length;
    return PhoneNumber.of(raw, postcode).value();
  }
}
