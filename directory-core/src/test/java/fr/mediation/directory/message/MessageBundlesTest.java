package fr.mediation.directory.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundles of every module ({@code messages.properties} and {@code
 * messages_fr.properties} beside the code, read by {@link Message}), checked from the sources: a
 * key missing from the French file would not fail, it would show people the English text (the
 * French bundle's parent is the English one), and a key missing from both would fail only when that
 * very message is needed.
 */
class MessageBundlesTest {

  /** The repository: this module's parent folder, with the other modules beside it. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** A bundle's name held in a constant: {@code String MESSAGES = "fr.mediation...messages"}. */
  private static final Pattern CONSTANT =
      Pattern.compile("String\\s+(\\w+)\\s*=\\s*\"(fr\\.mediation[\\w.]*\\.messages)\"");

  /** A message read with a key written out: {@code Message.of(MESSAGES, "key", ...)}. */
  private static final Pattern DIRECT =
      Pattern.compile("Message\\.(?:of|french)\\(\\s*([\\w.]+)\\s*,\\s*\"([^\"]+)\"\\s*[,)]");

  /**
   * A method of a class that reads its package's bundle: {@code text(String key, Object...
   * arguments) { return Message.of(BUNDLE, key, arguments); }}; its calls in the package are keys
   * of that bundle.
   */
  private static final Pattern HELPER =
      Pattern.compile(
          "(\\w+)\\(String key, Object\\.\\.\\. arguments\\)\\s*\\{\\s*"
              + "return Message\\.of\\(([\\w.]+), key, arguments\\);");

  /** A key the code names, where, and the bundle it reads it from. */
  private record Use(String where, String key, String bundle) {}

  /** One bundle: its two languages. */
  private record Bundle(Properties english, Properties french) {}

  /** Each bundle by its base name. */
  private static Map<String, Bundle> bundles() {
    Map<String, Bundle> bundles = new TreeMap<>();
    for (Path english : files("src/main/resources", "messages.properties")) {
      Path resources = resources(english);
      String name = resources.relativize(english).toString().replace('/', '.');
      Path french = english.resolveSibling("messages_fr.properties");
      bundles.put(
          name.substring(0, name.length() - ".properties".length()),
          new Bundle(load(english), Files.exists(french) ? load(french) : new Properties()));
    }
    assertThat(bundles).as("the bundles found under %s", ROOT).hasSizeGreaterThanOrEqualTo(10);
    return bundles;
  }

  private static Path resources(Path file) {
    Path folder = file;
    while (!folder.endsWith(Path.of("src", "main", "resources"))) {
      folder = folder.getParent();
    }
    return folder;
  }

  private static List<Path> files(String under, String suffix) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module :
          modules.filter(m -> m.getFileName().toString().startsWith("directory-")).toList()) {
        Path folder = module.resolve(under);
        if (Files.isDirectory(folder)) {
          try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(f -> f.getFileName().toString().endsWith(suffix)).forEach(files::add);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static Properties load(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyBundleHasTheSameKeysInEnglishAndFrench() {
    List<String> differences = new ArrayList<>();
    bundles()
        .forEach(
            (name, bundle) -> {
              Set<String> english = bundle.english().stringPropertyNames();
              Set<String> french = bundle.french().stringPropertyNames();
              Set<String> notFrench = new TreeSet<>(english);
              notFrench.removeAll(french);
              Set<String> notEnglish = new TreeSet<>(french);
              notEnglish.removeAll(english);
              if (!notFrench.isEmpty()) {
                differences.add(name + ": not in French " + notFrench);
              }
              if (!notEnglish.isEmpty()) {
                differences.add(name + ": not in English " + notEnglish);
              }
            });

    assertThat(differences).isEmpty();
  }

  @Test
  void everyTextIsAPatternWhoseApostrophesAreDoubled() {
    List<String> wrong = new ArrayList<>();
    bundles()
        .forEach(
            (name, bundle) -> {
              for (Properties language : List.of(bundle.english(), bundle.french())) {
                for (String key : language.stringPropertyNames()) {
                  String text = language.getProperty(key);
                  try {
                    new MessageFormat(text);
                  } catch (IllegalArgumentException e) {
                    wrong.add(name + " " + key + ": " + e.getMessage());
                  }
                  // A single quote starts a literal part: only braces are meant to be quoted.
                  String quoted = text.replace("''", "").replaceAll("'[^']*[{}][^']*'", "");
                  if (quoted.contains("'")) {
                    wrong.add(name + " " + key + ": a single apostrophe in " + text);
                  }
                }
              }
            });

    assertThat(wrong).isEmpty();
  }

  @Test
  void everyKeyTheCodeNamesIsInItsBundleInBothLanguages() {
    Map<String, Bundle> bundles = bundles();
    List<Path> sources = files("src/main/java", ".java");
    Map<String, String> constants = new HashMap<>();
    for (Path source : sources) {
      String className = source.getFileName().toString().replace(".java", "");
      Matcher m = CONSTANT.matcher(read(source));
      while (m.find()) {
        constants.put(className + "." + m.group(1), m.group(2));
      }
    }
    List<String> missing = new ArrayList<>();
    int keys = 0;
    for (Path source : sources) {
      String text = read(source);
      String className = source.getFileName().toString().replace(".java", "");
      List<Use> uses = new ArrayList<>();
      Matcher direct = DIRECT.matcher(text);
      while (direct.find()) {
        uses.add(
            new Use(className, direct.group(2), bundle(constants, className, direct.group(1))));
      }
      Matcher helper = HELPER.matcher(text);
      while (helper.find()) {
        String bundle = bundle(constants, className, helper.group(2));
        Pattern call =
            Pattern.compile("(?<![\\w.])" + helper.group(1) + "\\(\\s*\"([^\"]+)\"\\s*[,)]");
        for (Path other : sources) {
          if (other.getParent().endsWith(packageOf(source))) {
            Matcher m = call.matcher(read(other));
            while (m.find()) {
              uses.add(new Use(other.getFileName().toString(), m.group(1), bundle));
            }
          }
        }
      }
      for (Use use : uses) {
        keys++;
        Bundle bundle = bundles.get(use.bundle());
        if (bundle == null
            || !bundle.english().containsKey(use.key())
            || !bundle.french().containsKey(use.key())) {
          missing.add(use.where() + ": " + use.key() + " of " + use.bundle());
        }
      }
    }

    assertThat(keys).as("the keys found in the code").isGreaterThanOrEqualTo(40);
    assertThat(missing).isEmpty();
  }

  private static Path packageOf(Path source) {
    Path folder = source.getParent();
    Path java = folder;
    while (!java.endsWith(Path.of("src", "main", "java"))) {
      java = java.getParent();
    }
    return java.relativize(folder);
  }

  /** The bundle a constant names, {@code NAME} of this class or {@code Other.NAME}. */
  private static String bundle(Map<String, String> constants, String className, String name) {
    return constants.getOrDefault(
        name.contains(".") ? name : className + "." + name, "unknown constant " + name);
  }
}
