package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MatchedWordsTest {

  /**
   * The words of two names compared once each way give what comparing each name's words with all of
   * the other's gave: typos, initials, repeated words, a word alike several, names of one word and
   * names longer than 64 words included.
   */
  @Test
  void wordsComparedOnceFindInEachNameWhatEachWayFound() {
    String[] vocabulary = {
      "mediatheque",
      "mediatek",
      "espace",
      "espaces",
      "public",
      "numerique",
      "numerik",
      "de",
      "la",
      "saint",
      "st",
      "s",
      "j",
      "jean",
      "jacques",
      "tati",
      "tatti",
      "coste",
      "centre",
      "social",
      "france",
      "services",
      "mairie",
      "maire",
      "a",
      "bibliotheque",
      "bibliothequ",
      "montreynaud"
    };
    Random random = new Random(7);
    for (int n = 0; n < 50_000; n++) {
      List<String> a = words(random, vocabulary, n % 1000 == 0 ? 70 : 1 + random.nextInt(8));
      List<String> b = words(random, vocabulary, n % 777 == 0 ? 65 : 1 + random.nextInt(8));
      DuplicateScorer.Weights wa = DuplicateScorer.Weights.of(a);
      DuplicateScorer.Weights wb = DuplicateScorer.Weights.of(b);

      MatchedWords matched = MatchedWords.of(a, wa, b, wb);

      assertThat(matched.first()).as("%s in %s", a, b).isEqualTo(eachWordAgainstAll(a, wa, b));
      assertThat(matched.second()).as("%s in %s", b, a).isEqualTo(eachWordAgainstAll(b, wb, a));
    }
  }

  private static List<String> words(Random random, String[] vocabulary, int count) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add(vocabulary[random.nextInt(vocabulary.length)]);
    }
    return words;
  }

  /** The weight of {@code from}'s words found in {@code in}, each word tried against all. */
  private static double eachWordAgainstAll(
      List<String> from, DuplicateScorer.Weights weights, List<String> in) {
    double matched = 0;
    for (int i = 0; i < from.size(); i++) {
      String word = from.get(i);
      if (in.stream().anyMatch(other -> MatchedWords.alike(word, other))) {
        matched += weights.each()[i];
      }
    }
    return matched;
  }
}
