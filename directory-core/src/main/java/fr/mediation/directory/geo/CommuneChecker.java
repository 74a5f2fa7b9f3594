package fr.mediation.directory.geo;

import fr.mediation.directory.geo.Commune.Kind;
import fr.mediation.directory.geo.CommuneCheck.Status;
import fr.mediation.directory.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The logic of {@link Communes#check(String, String, String)}. */
final class CommuneChecker {

  /** The explanations of a check: {@code fr/mediation/directory/geo/messages*.properties}. */
  private static final String MESSAGES = "fr.mediation.directory.geo.messages";

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
      Message nothing = Message.of(MESSAGES, "check.nothing");
      return new CommuneCheck(Status.UNKNOWN, null, nothing.en(), nothing.fr());
    }

    String postcode = CommuneNames.postcode(givenPostcode);
    if (givenPostcode != null && postcode == null) {
      inconsistent("postcode.invalid", givenPostcode);
    } else if (postcode != null && !postcode.equals(givenPostcode)) {
      corrected("postcode.read", givenPostcode, postcode);
    }
    String insee = CommuneNames.insee(givenInsee);
    if (givenInsee != null && insee == null) {
      inconsistent("insee.invalid", givenInsee);
    }

    Commune byCode = insee == null ? null : communes.byInsee(insee).orElse(null);
    if (insee != null && byCode == null) {
      inconsistent("insee.unknown", insee);
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
            postcode == null ? "code.name.conflict" : "code.name.conflict.postcode",
            insee,
            describe(byCode),
            name,
            describe(byName),
            postcode);
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
        inconsistent("name.not.of.code", name, insee, describe(byCode));
      }
    } else if (fromName != null) {
      target = fromName;
    } else if (name != null) {
      return unknown(postcode == null ? "name.unknown" : "name.unknown.postcode", name, postcode);
    } else {
      return byPostcodeAlone(postcode);
    }

    if (postcode != null && !communes.servedBy(target, postcode)) {
      List<String> departements = CommuneNames.departementsOf(postcode);
      if (departements.contains(target.departement())) {
        inconsistent("postcode.not.of.commune", postcode, describe(target));
      } else {
        inconsistent(
            "postcode.not.of.commune.departement",
            postcode,
            describe(target),
            String.join("/", departements),
            target.departement());
      }
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
      corrected("insee.whole.city", insee, byCode.name(), target.insee());
    } else if (!byCode.isCurrent() || !byCode.insee().equals(insee)) {
      if (byCode.insee().equals(insee)) {
        corrected("insee.merged", insee, byCode.name(), describe(target));
      } else {
        corrected("insee.merged.former", insee, describe(target));
      }
    } else {
      corrected("insee.replaced", insee, target.insee());
    }
  }

  private void explainName(String name, Commune matched, Commune target, boolean approximate) {
    if (locality != null) {
      corrected("name.locality", name, describe(target));
    } else if (matched != null
        && !matched.isCurrent()
        && CommuneNames.key(name).equals(key(matched))) {
      corrected("name.former", name, kindName(matched.kind()), target.canonicalName());
    } else if (approximate) {
      corrected("name.approximate", name, target.canonicalName());
    } else {
      corrected("name.written", name, target.canonicalName());
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
      return unknown("postcode.unknown", postcode);
    }
    String names =
        communesOfPostcode.stream()
            .limit(5)
            .map(Commune::canonicalName)
            .collect(Collectors.joining(", "));
    String more = communesOfPostcode.size() > 5 ? ", …" : "";
    return unknown("postcode.shared", postcode, communesOfPostcode.size(), names + more);
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

  private CommuneCheck unknown(String key, Object... arguments) {
    note(key, arguments);
    return new CommuneCheck(
        inconsistent ? Status.INCONSISTENT : Status.UNKNOWN,
        null,
        String.join(" ", notes),
        String.join(" ", notesFr));
  }

  private void corrected(String key, Object... arguments) {
    corrected = true;
    note(key, arguments);
  }

  private void inconsistent(String key, Object... arguments) {
    inconsistent = true;
    note(key, arguments);
  }

  /** Adds the message {@code key} of the geo bundle, in both languages, to the check's notes. */
  private void note(String key, Object... arguments) {
    Message message = Message.of(MESSAGES, key, arguments);
    notes.add(message.en());
    notesFr.add(message.fr());
  }

  private static String key(Commune c) {
    return CommuneNames.key(c.name());
  }

  private static String describe(Commune c) {
    return c.canonicalName() + " (" + c.insee() + ")";
  }

  private static String kindName(Kind kind) {
    return kind == Kind.COMMUNE_ASSOCIEE ? "commune associée" : "commune déléguée";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
