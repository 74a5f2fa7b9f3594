package fr.mediation.directory.web.console.admin;

import fr.mediation.directory.feed.SourceSettings;
import fr.mediation.directory.feed.mapping.MappingSchema;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.web.console.ConsoleRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The source form's fields, named as the admin API's definition ({@code name}, {@code
 * pull_every_minutes}...): read from a posted form into {@link SourceSettings} (whose rules decide
 * what is valid), or from a stored source, and shown back with the value typed and, beside the
 * field it concerns, the French reason it was refused.
 */
final class SourceForm {

  /** Every field, in the form's order. */
  static final List<String> FIELDS =
      List.of(
          "id",
          "name",
          "publisher",
          "licence",
          "delivery",
          "url",
          "pull_every_minutes",
          "expected_period_days",
          "max_retire_share",
          "format",
          "mapping");

  /** A field refused by the form itself (not a number, an id already taken), before the rules. */
  static final class Refusal extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final String field;
    final String value;

    Refusal(String field, String value, String messageFr) {
      super(messageFr);
      this.field = field;
      this.value = value;
    }
  }

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> errors = new LinkedHashMap<>();
  private final List<MappingSchema.Violation> mappingViolations = new ArrayList<>();

  private SourceForm() {}

  /**
   * The form as posted; {@code id} is the stored source's when editing, the typed one otherwise.
   */
  static SourceForm posted(ConsoleRequest request, String id) {
    SourceForm form = new SourceForm();
    for (String field : FIELDS) {
      // The mapping as typed (its indentation matters), with a browser's CRLF as LF: the same
      // mapping sent again is not a change that makes the next import read the file again.
      String v =
          "mapping".equals(field)
              ? lf(request.request().getParameter(field))
              : request.param(field);
      form.values.put(field, v == null || v.isBlank() ? null : v);
    }
    if (id != null) {
      form.values.put("id", id);
    }
    return form;
  }

  /** The form filled with {@code source}'s stored definition. */
  static SourceForm of(Source source) {
    SourceForm form = new SourceForm();
    form.values.put("id", source.getKey());
    form.values.put("name", source.getName());
    form.values.put("publisher", source.getPublisher());
    form.values.put("licence", source.getLicence());
    form.values.put("delivery", source.getDelivery().name().toLowerCase(Locale.ROOT));
    form.values.put("url", source.getUrl());
    form.values.put(
        "pull_every_minutes",
        source.getPullEveryMinutes() == null ? null : source.getPullEveryMinutes().toString());
    form.values.put(
        "expected_period_days",
        source.getExpectedPeriodDays() == null ? null : source.getExpectedPeriodDays().toString());
    form.values.put("max_retire_share", decimal(source.getMaxRetireShare()));
    form.values.put("format", source.getFormat());
    form.values.put("mapping", source.getMappingYaml());
    return form;
  }

  /** An empty form for a new push source of the standard's CSV. */
  static SourceForm blank() {
    SourceForm form = new SourceForm();
    FIELDS.forEach(f -> form.values.put(f, null));
    form.values.put("delivery", "push");
    form.values.put("format", "standard-v1-csv");
    form.values.put("max_retire_share", decimal(Source.DEFAULT_MAX_RETIRE_SHARE));
    return form;
  }

  /** The values by field, as typed (changeable: tests). */
  Map<String, String> values() {
    return values;
  }

  String value(String field) {
    return values.get(field);
  }

  /**
   * The settings this form declares, for {@link SourceSettings}'s validation.
   *
   * @throws Refusal when a number field holds something else
   */
  SourceSettings settings() {
    return new SourceSettings(
        values.get("id"),
        values.get("name"),
        values.get("publisher"),
        values.get("licence"),
        values.get("format"),
        values.get("mapping"),
        values.get("delivery"),
        values.get("url"),
        integer("pull_every_minutes"),
        share(),
        null,
        integer("expected_period_days"));
  }

  /** Records why the settings were refused, beside the field named by the rule. */
  void refuse(SourceSettings.InvalidSettingException e) {
    errors.put(FIELDS.contains(e.setting()) ? e.setting() : "name", e.messageFr());
    mappingViolations.addAll(e.mappingViolations());
  }

  void refuse(Refusal e) {
    errors.put(e.field, e.getMessage());
  }

  boolean refused() {
    return !errors.isEmpty();
  }

  /** The model of the form: {@code champs.<field>.valeur/erreur}, the summary, the violations. */
  Map<String, Object> model() {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String field : FIELDS) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("valeur", values.get(field));
      f.put("erreur", errors.get(field));
      fields.put(field, f);
    }
    fields.put("push", !"pull".equalsIgnoreCase(String.valueOf(values.get("delivery"))));
    fields.put("pull", "pull".equalsIgnoreCase(String.valueOf(values.get("delivery"))));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("champs", fields);
    List<Map<String, Object>> summary = new ArrayList<>();
    errors.forEach((field, why) -> summary.add(Map.of("champ", field, "message", why)));
    m.put("erreurs", summary);
    m.put("aErreurs", !summary.isEmpty());
    List<Map<String, Object>> violations = new ArrayList<>();
    for (MappingSchema.Violation v : mappingViolations) {
      violations.add(
          Map.of("pointeur", v.pointer().isEmpty() ? "/" : v.pointer(), "message", v.message()));
    }
    m.put("violations", violations);
    m.put("aViolations", !violations.isEmpty());
    return m;
  }

  private Integer integer(String field) {
    String v = values.get(field);
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v.strip());
    } catch (NumberFormatException e) {
      throw new Refusal(
          field, v, field + " doit être un nombre entier (valeur lue : « " + v + " »).");
    }
  }

  /** The share, written with a comma or a point. */
  private Double share() {
    String v = values.get("max_retire_share");
    if (v == null) {
      return null;
    }
    try {
      return Double.valueOf(v.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new Refusal(
          "max_retire_share",
          v,
          "max_retire_share doit être un nombre entre 0 et 1, par exemple 0,3 (valeur lue : « "
              + v
              + " »).");
    }
  }

  private static String lf(String text) {
    return text == null ? null : text.replace("\r\n", "\n");
  }

  private static String decimal(double share) {
    return Double.toString(share).replace('.', ',');
  }
}
