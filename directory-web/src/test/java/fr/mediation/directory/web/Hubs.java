package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/** A push source created for a test, and its pushes: standard CSV rows, or a file of its own. */
record Hubs(String source, String key) {

  /**
   * The header of the small files of the standard several tests push: a venue's identity, place,
   * phone, date and services.
   */
  static final String VENUE_HEADER =
      "id,pivot,nom,commune,code_postal,adresse,latitude,longitude,telephone,date_maj,services\n";

  /** A file of {@link #VENUE_HEADER} and {@code rows} of {@link #venueRow}. */
  static String venueFile(String... rows) {
    return VENUE_HEADER + String.join("\n", rows) + "\n";
  }

  /**
   * A row of {@link #VENUE_HEADER} (no line end): a venue of {@code commune} without a registry
   * number, offering help with administrative procedures.
   */
  static String venueRow(
      String id,
      String nom,
      String commune,
      String postcode,
      String adresse,
      String latitude,
      String longitude,
      String telephone,
      String date) {
    return String.join(
        ",",
        id,
        "00000000000000",
        nom,
        commune,
        postcode,
        adresse,
        latitude,
        longitude,
        telephone,
        date,
        "Aide aux démarches administratives");
  }

  /**
   * The standard's columns every test venue fills (its identity, address, position and date), then
   * {@code more}: the header of a file to {@link #push}.
   */
  static String[] columns(String... more) {
    String[] base = {
      "id", "pivot", "nom", "commune", "code_postal", "adresse", "latitude", "longitude", "date_maj"
    };
    String[] columns = Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, columns, base.length, more.length);
    return columns;
  }

  /**
   * A mapping (the mapping format's YAML) of a semicolon-separated file of venues in Rennes: {@code
   * id} and {@code nom} from their columns, the other fields the standard requires fixed, then
   * {@code fields} (YAML lines under {@code fields:}); {@code before}, YAML lines before the fields
   * (such as {@code skip:}), or empty.
   */
  static String mappingInRennes(String before, String fields) {
    return mappingInRennes("nom", before, fields);
  }

  /**
   * {@link #mappingInRennes(String, String)} with the venue's name read from {@code nameColumn}.
   */
  static String mappingInRennes(String nameColumn, String before, String fields) {
    return """
        mapping: 1
        format: csv
        csv: {delimiter: ";"}
        """
        + before
        + """
        fields:
          id: id
          pivot: {value: "00000000000000"}
          nom: %s
          adresse: {value: 1 place de la Mairie}
          code_postal: {value: "35000"}
          commune: {value: Rennes}
          latitude: {value: "48.1100"}
          longitude: {value: "-1.6800"}
          date_maj: {value: "2025-09-01"}
        """
            .formatted(nameColumn)
        + fields.indent(2);
  }

  /** A new push source of the standard's CSV, named {@code prefix} and a random suffix. */
  static Hubs create(String prefix) {
    String source = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    return new Hubs(
        source, json(expect(define(source, "standard-v1-csv", null), 201)).getString("push_key"));
  }

  /** A new push source whose files are read by {@code mapping} (the mapping format's YAML). */
  static Hubs custom(String prefix, String mapping) {
    String source = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    return new Hubs(
        source, json(expect(define(source, "custom", mapping), 201)).getString("push_key"));
  }

  /** Replaces the source's mapping, as an administrator correcting it would. */
  void remap(String mapping) {
    expect(define(source, "custom", mapping), 200);
  }

  private static HttpResponse<String> define(String source, String format, String mapping) {
    var definition = ItServer.pushSource(source, 1).add("format", format);
    if (mapping != null) {
      definition.add("mapping", mapping);
    }
    return ItServer.MAIN.defineSource(source, definition);
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new AssertionError(response.statusCode() + ": " + response.body());
    }
    return response;
  }

  /** Pushes {@code file} (CSV) with the source's key, and returns the answer as it is. */
  HttpResponse<String> send(String file) {
    return Api.push(source, key, file.getBytes(StandardCharsets.UTF_8));
  }

  /** Pushes {@code header} and {@code rows} (lists of values, quoted here) as the whole feed. */
  void push(String[] header, String[]... rows) {
    StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
    for (String[] row : rows) {
      csv.append(
              String.join(
                  ",", Arrays.stream(row).map(v -> '"' + v.replace("\"", "\"\"") + '"').toList()))
          .append('\n');
    }
    // Searches see the venues once federation and indexing have followed the answer.
    Api.completed(expect(send(csv.toString()), 202));
  }
}
