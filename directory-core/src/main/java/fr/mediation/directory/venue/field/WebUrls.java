package fr.mediation.directory.venue.field;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The venue's web addresses (field {@code site_web}): at least one, without duplicates, in the
 * order given.
 */
public record WebUrls(List<WebUrl> values) {

  /** The standard's separator. */
  public static final String SEPARATOR = "|";

  /** Separators found in real exports: the standard's "|", and ";" or whitespace. */
  private static final Pattern SPLIT = Pattern.compile("[|;\\s\\p{Z}]+");

  public WebUrls {
    if (values == null || values.isEmpty()) {
      throw empty(null);
    }
    Set<WebUrl> distinct = new LinkedHashSet<>();
    for (WebUrl url : values) {
      distinct.add(Objects.requireNonNull(url, "url"));
    }
    values = List.copyOf(distinct);
  }

  /** Reads the field {@code site_web} as written: addresses separated by "|" (or ";", spaces). */
  public static WebUrls parse(String raw) {
    List<String> parts = Texts.parts(raw, SPLIT);
    if (parts.isEmpty()) {
      throw empty(raw);
    }
    return new WebUrls(
        parts.stream().map(part -> new WebUrl(StandardField.SITE_WEB, part)).toList());
  }

  /** The standard's form: addresses joined with "|". */
  public String joined() {
    return values.stream().map(WebUrl::value).collect(Collectors.joining(SEPARATOR));
  }

  /** The first address, the one to show first. */
  public WebUrl first() {
    return values.get(0);
  }

  @Override
  public String toString() {
    return joined();
  }

  private static InvalidFieldException empty(String raw) {
    return new InvalidFieldException(
        StandardField.SITE_WEB, raw, InvalidFieldException.message("webUrls.none"));
  }
}
