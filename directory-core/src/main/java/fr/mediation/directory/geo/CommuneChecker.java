package fr.mediation.directory.geo;

import fr.mediation.directory.geo.Commune.Kind;
import fr.mediation.directory.geo.CommuneCheck.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The logic of {@link Communes#check(String, String, String)}. */
final class CommuneChecker {

  private final Communes communes;
  private final List<String> notes = new ArrayList<>();
  private final List<String> notesFr = new ArrayList<>();
  private boolean corrected;
  private boolean inconsistent;
  private boolean nameInconsistent;
  private String locality;

  CommuneChecker(Communes communes) {
    this.communes = communes;
  }

  CommuneCheck check(String rawPostcode, String rawInsee, String rawName) {
    String givenPostcode = blankToNull(rawPostcode);
    String givenInsee = blankToNull(rawInsee);
    String name = blankToNull(rawName);
    if (givenPostcode == null && givenInsee == null && name == null) {
      return new CommuneCheck(
          Status.UNKNOWN,
          null,
          "Nothing to check: no postcode, INSEE code nor commune name.",
          "Rien à vérifier : ni code postal, ni code INSEE, ni nom de commune.");
    }

    String postcode = CommuneNames.postcode(givenPostcode);
    if (givenPostcode != null && postcode == null) {
      inconsistent(
          "'" + givenPostcode + "' is not a postcode (5 digits).",
          "« " + givenPostcode + " » n'est pas un code postal (5 chiffres).");
    } else if (postcode != null && !postcode.equals(givenPostcode)) {
      corrected(
          "Postcode '" + givenPostcode + "' read as " + postcode + ".",
          "Code postal « " + givenPostcode + " » lu " + postcode + ".");
    }
    String insee = CommuneNames.insee(givenInsee);
    if (givenInsee != null && insee == null) {
      inconsistent(
          "'" + givenInsee + "' is not an INSEE code (5 characters, e.g. 75115 or 2A004).",
          "« "
              + givenInsee
              + " » n'est pas un code INSEE (5 caractères, par exemple 75115 ou 2A004).");
    }

    Commune byCode = insee == null ? null : communes.byInsee(insee).orElse(null);
    if (insee != null && byCode == null) {
      inconsistent(
          "INSEE code " + insee + " is not the code of any commune.",
          "Le code INSEE " + insee + " n'est celui d'aucune commune.");
    }
    Commune byName = name == null ? null : communes.find(postcode, name).orElse(null);
    Commune approximately =
        name == null || byName != null
            ? null
            : communes.findApproximately(postcode, name).orElse(null);
    Commune ofLocality =
        name == null || byName != null || approximately != null
            ? null
            : communes
                .localities()
                .find(postcode, name)
                .flatMap(l -> communes.byInsee(l.insee()))
                .orElse(null);
    if (byCode == null) {
      byName = byName != null ? byName : approximately != null ? approximately : ofLocality;
      if (byName != null && byName == ofLocality) {
        locality = name;
      }
    }
    Commune fromCode = byCode == null ? null : canonical(byCode, postcode);
    Commune fromName = byName == null ? null : canonical(byName, postcode);

    Commune target;
    if (fromCode != null && fromName != null) {
      target = reconcile(fromCode, fromName);
      if (target == null) {
        boolean nameFitsPostcode = postcode == null || communes.servedBy(fromName, postcode);
        inconsistent(
            "INSEE code "
                + insee
                + " is "
                + describe(byCode)
                + ", but '"
                + name
                + "'"
                + withPostcode(postcode)
                + " is "
                + describe(byName)
                + ".",
            "Le code INSEE "
                + insee
                + " est celui de "
                + describe(byCode)
                + ", mais « "
                + name
                + " »"
                + avecCodePostal(postcode)
                + " désigne "
                + describe(byName)
                + ".");
        return result(nameFitsPostcode ? fromName : null);
      }
    } else if (fromCode != null) {
      target = fromCode;
      boolean fits = name == null || nameFits(name, byCode, fromCode);
      if (!fits && approximately != null && canonical(approximately, postcode) == fromCode) {
        byName = approximately;
      } else if (!fits && ofLocality != null && canonical(ofLocality, postcode) == fromCode) {
        byName = ofLocality;
        locality = name;
      } else if (!fits) {
        nameInconsistent = true;
        inconsistent(
            "'"
                + name
                + "' is not the name of INSEE code "
                + insee
                + " ("
                + describe(byCode)
                + ").",
            "« "
                + name
                + " » n'est pas le nom de la commune de code INSEE "
                + insee
                + " ("
                + describe(byCode)
                + ").");
      }
    } else if (fromName != null) {
      target = fromName;
    } else if (name != null) {
      return unknown(
          "No commune named '" + name + "'" + withPostcode(postcode) + ".",
          "Aucune commune nommée « " + name + " »" + avecCodePostal(postcode) + ".");
    } else {
      return byPostcodeAlone(postcode);
    }

    if (postcode != null && !communes.servedBy(target, postcode)) {
      String en = "Postcode " + postcode + " is not a postcode of " + describe(target) + ".";
      String fr =
          "Le code postal " + postcode + " n'est pas un code postal de " + describe(target) + ".";
      if (!CommuneNames.departementsOf(postcode).contains(target.departement())) {
        en +=
            " It belongs to département "
                + String.join("/", CommuneNames.departementsOf(postcode))
                + ", the commune is in "
                + target.departement()
                + ".";
        fr +=
            " Il relève du département "
                + String.join("/", CommuneNames.departementsOf(postcode))
                + ", la commune est dans le "
                + target.departement()
                + ".";
      }
      inconsistent(en, fr);
    }
    if (insee != null && byCode != null && !insee.equals(target.insee())) {
      explainCode(insee, byCode, target);
    }
    if (name != null && !nameInconsistent && !name.equals(target.canonicalName())) {
      explainName(
          name,
          byName != null ? byName : byCode,
          target,
          approximately != null && byName == approximately);
    }
    return result(target);
  }

  /** Current commune, then the arrondissement the postcode designates. */
  private Commune canonical(Commune c, String postcode) {
    return communes.refine(communes.currentOf(c), postcode);
  }

  /** The one commune two readings agree on, allowing a city and one of its arrondissements. */
  private static Commune reconcile(Commune fromCode, Commune fromName) {
    if (fromCode.insee().equals(fromName.insee())) {
      return fromCode;
    }
    if (fromName.kind() == Kind.ARRONDISSEMENT_MUNICIPAL
        && fromCode.insee().equals(fromName.parentInsee())) {
      return fromName;
    }
    if (fromCode.kind() == Kind.ARRONDISSEMENT_MUNICIPAL
        && fromName.insee().equals(fromCode.parentInsee())) {
      return fromCode;
    }
    return null;
  }

  private boolean nameFits(String name, Commune byCode, Commune target) {
    String key = CommuneNames.key(name);
    if (key.equals(CommuneNames.key(byCode.name()))
        || key.equals(CommuneNames.key(target.name()))
        || key.equals(CommuneNames.key(target.canonicalName()))) {
      return true;
    }
    Commune current = communes.currentOf(target);
    return communes.members(current).stream().anyMatch(m -> key.equals(CommuneNames.key(m.name())));
  }

  private void explainCode(String insee, Commune byCode, Commune target) {
    if (target.kind() == Kind.ARRONDISSEMENT_MUNICIPAL && insee.equals(target.parentInsee())) {
      corrected(
          "INSEE code "
              + insee
              + " is "
              + byCode.name()
              + " as a whole; the arrondissement's code is "
              + target.insee()
              + ".",
          "Le code INSEE "
              + insee
              + " est celui de "
              + byCode.name()
              + " dans son ensemble ; celui de l'arrondissement est "
              + target.insee()
              + ".");
    } else if (!byCode.isCurrent() || !byCode.insee().equals(insee)) {
      String former = byCode.insee().equals(insee) ? byCode.name() : "a former commune";
      String formerFr = byCode.insee().equals(insee) ? byCode.name() : "une ancienne commune";
      corrected(
          "INSEE code " + insee + " (" + former + ") is now part of " + describe(target) + ".",
          "Le code INSEE "
              + insee
              + " ("
              + formerFr
              + ") fait désormais partie de "
              + describe(target)
              + ".");
    } else {
      corrected(
          "INSEE code " + insee + " replaced by " + target.insee() + ".",
          "Code INSEE " + insee + " remplacé par " + target.insee() + ".");
    }
  }

  private void explainName(String name, Commune matched, Commune target, boolean approximate) {
    if (locality != null) {
      corrected(
          "'"
              + name
              + "' is a locality of "
              + describe(target)
              + " in La Poste's addresses, not a commune.",
          "« "
              + name
              + " » est une localité de "
              + describe(target)
              + " (libellé d'acheminement de La Poste), pas une commune : commune corrigée.");
    } else if (matched != null
        && !matched.isCurrent()
        && CommuneNames.key(name).equals(key(matched))) {
      corrected(
          "'"
              + name
              + "' is a former commune ("
              + kindName(matched.kind())
              + "), now part of "
              + target.canonicalName()
              + ".",
          "« "
              + name
              + " » est une ancienne commune ("
              + kindName(matched.kind())
              + "), qui fait désormais partie de "
              + target.canonicalName()
              + ".");
    } else if (approximate) {
      corrected(
          "Commune name '"
              + name
              + "' read as '"
              + target.canonicalName()
              + "', the only commune of the postcode whose name has those words.",
          "Nom de commune « "
              + name
              + " » lu « "
              + target.canonicalName()
              + " », seule commune du code postal dont le nom contient ces mots.");
    } else {
      corrected(
          "Commune name '" + name + "' written as '" + target.canonicalName() + "'.",
          "Nom de commune « " + name + " » écrit « " + target.canonicalName() + " ».");
    }
  }

  private CommuneCheck byPostcodeAlone(String postcode) {
    if (postcode == null) {
      return result(null);
    }
    List<Commune> communesOfPostcode = communes.byPostcode(postcode);
    if (communesOfPostcode.size() == 1) {
      return result(communesOfPostcode.getFirst());
    }
    if (communesOfPostcode.isEmpty()) {
      return unknown(
          "Postcode " + postcode + " is not the postcode of any commune (a CEDEX code?).",
          "Le code postal " + postcode + " n'est celui d'aucune commune (un code CEDEX ?).");
    }
    String names =
        communesOfPostcode.stream()
            .limit(5)
            .map(Commune::canonicalName)
            .collect(Collectors.joining(", "));
    String more = communesOfPostcode.size() > 5 ? ", …" : "";
    return unknown(
        "Postcode "
            + postcode
            + " is shared by "
            + communesOfPostcode.size()
            + " communes ("
            + names
            + more
            + "): the commune name is needed.",
        "Le code postal "
            + postcode
            + " est partagé par "
            + communesOfPostcode.size()
            + " communes ("
            + names
            + more
            + ") : il faut le nom de la commune.");
  }

  private CommuneCheck result(Commune commune) {
    Status status =
        inconsistent
            ? Status.INCONSISTENT
            : commune == null ? Status.UNKNOWN : corrected ? Status.CORRECTED : Status.CONSISTENT;
    if (notes.isEmpty()) {
      return new CommuneCheck(status, commune, null, null, locality);
    }
    return new CommuneCheck(
        status, commune, String.join(" ", notes), String.join(" ", notesFr), locality);
  }

  private CommuneCheck unknown(String en, String fr) {
    notes.add(en);
    notesFr.add(fr);
    return new CommuneCheck(
        inconsistent ? Status.INCONSISTENT : Status.UNKNOWN,
        null,
        String.join(" ", notes),
        String.join(" ", notesFr));
  }

  private void corrected(String en, String fr) {
    corrected = true;
    notes.add(en);
    notesFr.add(fr);
  }

  private void inconsistent(String en, String fr) {
    inconsistent = true;
    notes.add(en);
    notesFr.add(fr);
  }

  private static String key(Commune c) {
    return CommuneNames.key(c.name());
  }

  private static String describe(Commune c) {
    return c.canonicalName() + " (" + c.insee() + ")";
  }

  private static String withPostcode(String postcode) {
    return postcode == null ? "" : " with postcode " + postcode;
  }

  private static String avecCodePostal(String postcode) {
    return postcode == null ? "" : " avec le code postal " + postcode;
  }

  private static String kindName(Kind kind) {
    return kind == Kind.COMMUNE_ASSOCIEE ? "commune associée" : "commune déléguée";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
