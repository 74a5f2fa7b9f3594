package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

class JaroWinklerTest {

  private static final JaroWinklerSimilarity COMMONS_TEXT = new JaroWinklerSimilarity();

  @Test
  void givesCommonsTextsValueToTheLastBitForWordsOfEveryLength() {
    Random random = new Random(3);
    String[] alphabets = {"ab", "abc", "aeiourst", "abcdefghijklmnopqrstuvwxyz0123456789"};
    for (int i = 0; i < 300_000; i++) {
      String alphabet = alphabets[random.nextInt(alphabets.length)];
      String a = word(random, alphabet, random.nextInt(70));
      String b =
          random.nextBoolean()
              ? word(random, alphabet, random.nextInt(70))
              : typo(a, random, alphabet);
      assertThat(JaroWinkler.similarity(a, b))
          .as(a + " / " + b)
          .isEqualTo(COMMONS_TEXT.apply(a, b));
    }
  }

  @Test
  void givesCommonsTextsValueForNamesAsHubsWriteThem() {
    String[][] pairs = {
      {"mediatheque", "mediateque"},
      {"jaures", "jaures"},
      {"solidairnet", "solidarnet"},
      {"xmoulin", "moulin"},
      {"martha", "marhta"},
      {"dixon", "dicksonx"},
      {"", "a"},
      {"abcd", "abdc"},
    };
    for (String[] p : pairs) {
      assertThat(JaroWinkler.similarity(p[0], p[1])).isEqualTo(COMMONS_TEXT.apply(p[0], p[1]));
      assertThat(JaroWinkler.similarity(p[1], p[0])).isEqualTo(COMMONS_TEXT.apply(p[1], p[0]));
    }
  }

  private static String word(Random random, String alphabet, int length) {
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < length; i++) {
      w.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return w.toString();
  }

  private static String typo(String word, Random random, String alphabet) {
    if (word.isEmpty()) {
      return word(random, alphabet, 1);
    }
    StringBuilder w = new StringBuilder(word);
    int at = random.nextInt(word.length());
    switch (random.nextInt(3)) {
      case 0 -> w.deleteCharAt(at);
      case 1 -> w.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
      default -> w.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return w.toString();
  }
}
