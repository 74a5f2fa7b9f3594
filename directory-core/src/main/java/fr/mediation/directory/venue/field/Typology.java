package fr.mediation.directory.venue.field;

import java.util.ArrayList;
import java.util.List;

/**
 * The type of structure running a venue (field {@code typologie}): data·inclusion's "typologies de
 * structure" vocabulary, which the standard refers to.
 *
 * <p>{@link #label()} is the code the standard stores ("TIERS_LIEUX", "Autre"), {@link
 * #description()} its French description ("Tiers lieu &amp; coworking") and {@link #code()} the
 * slug of the label, like every {@link StandardLabel}: "tiers-lieux", "asso-chomeur". Descriptions
 * are accepted when parsing, and "COMMUNE" (cited by the standard) stands for {@link #MUNI}.
 *
 * <p>Source: gip-inclusion/data-inclusion-schema ({@code typologies_de_structures}, the union of
 * its published versions, e.g. PE "Pôle emploi" next to FT "France Travail") and the ANCT library
 * {@code @gouvfr-anct/lieux-de-mediation-numerique} (ESAT, FABRIQUE, MDH, RELAIS_LECTURE).
 */
public enum Typology implements StandardLabel {
  ACI("Structures porteuses d’ateliers et chantiers d’insertion (ACI)"),
  ACIPHC("SIAE — Atelier chantier d’insertion premières heures en chantier"),
  AFPA("Agence nationale pour la formation professionnelle des adultes (AFPA)"),
  AI("Associations intermédiaires (AI)"),
  ASE("Aide sociale à l’enfance (ASE)"),
  ASSO("Associations"),
  ASSO_CHOMEUR("Associations de chômeurs"),
  AUTRE("Autre", "Autre"),
  AVIP("Crèche à vocation d’insertion professionnelle (AVIP)"),
  BIB("Bibliothèque / Médiathèque"),
  CAARUD(
      "CAARUD - Centre d’accueil et d’accompagnement à la réduction de risques pour usagers de drogues"),
  CADA("Centres d’accueil de demandeurs d’asile (CADA)"),
  CAF("Caisses d’allocation familiale (CAF)"),
  CAP_EMPLOI("Cap Emploi"),
  CAVA("Centres d’adaptation à la vie active (CAVA)"),
  CC("Communautés de Commune"),
  CCAS("Centres communaux d’action sociale (CCAS)"),
  CCONS("Chambres consulaires (CCI, CMA, CA)"),
  CD("Conseils Départementaux (CD)"),
  CDAS("Centre départemental d’action sociale (CDAS)"),
  CFP("Centre des Finances Publiques (CFP)"),
  CHRS("Centres d’hébergement et de réinsertion sociale (CHRS)"),
  CHU("Centres d’hébergement d’urgence (CHU)"),
  CIAS("Centres intercommunaux d’action sociale (CIAS)"),
  CIDFF("Centres d’information sur les droits des femmes et des familles (CIDFF)"),
  CITMET("Cité des métiers"),
  CMP("Centre Médico-Psychologique (CMP)"),
  CMS("Centre Médico-Social (CMS)"),
  CPAM("Caisse Primaire d’Assurance Maladie (CPAM)"),
  CPH("Centres provisoires d’hébergement (CPH)"),
  CS("Centre social"),
  CSAPA("CSAPA - Centre de soins, d’accompagnement et de prévention en addictologie"),
  CSC("Centre Socio-Culturel (CSC)"),
  DEETS("Directions de l’Economie, de l’Emploi, du Travail et des Solidarités (DEETS)"),
  DEPT("Services sociaux du Conseil départemental"),
  DIPLP("Délégation interministérielle à la prévention et à la lutte contre la pauvreté"),
  E2C("E2C - École de la 2e chance"),
  EA("Entreprise adaptée (EA)"),
  EATT("Entreprise adaptée de travail temporaire (EATT)"),
  EI("Entreprises d’insertion (EI)"),
  EITI("Entreprises d’insertion par le travail indépendant (EITI)"),
  ENM("Espace Numérique Mobile (ENM)"),
  EPCI("Intercommunalité (EPCI)"),
  EPI("Espace Public Internet (EPI)"),
  EPIDE("EPIDE - Établissement pour l’insertion dans l’emploi"),
  EPN("Espace Public Numérique (EPN)"),
  ES("Épicerie Solidaire"),
  ESAT("Établissements ou services d’aide par le travail (ESAT)"),
  ESS("Entreprise de l’Économie Sociale et Solidaire"),
  ETABL_PRI("Établissement privé"),
  ETABL_PUB("Établissement public"),
  ETAT("Service de l’État"),
  ETTI("Entreprises de travail temporaire d’insertion (ETTI)"),
  EVS("Espace de Vie Sociale (EVS)"),
  FABLAB("Fablab / Atelier partagé"),
  FABRIQUE("Fabrique de territoire"),
  FAIS("Fédérations d’acteurs de l’insertion et de la solidarité"),
  FT("France Travail"),
  GEIQ("Groupements d’employeurs pour l’insertion et la qualification (GEIQ)"),
  HUDA("HUDA - Hébergement d’urgence pour demandeurs d’asile"),
  LA_POSTE("Bureau de poste / Agence postale"),
  MDE("Maison de l’emploi"),
  MDEF("Maison de l’emploi et de la formation"),
  MDH("Maison des habitants"),
  MDPH("Maison Départementale des Personnes Handicapées"),
  MDS("Maison Départementale des Solidarités"),
  MJC("Maison des jeunes et de la culture"),
  ML("Mission Locale"),
  MQ("Maison de quartier"),
  MSA("Mutualité Sociale Agricole"),
  MSAP("Maison de Services Au Public (MSAP)"),
  MUNI("MUNI", "Municipalités", "COMMUNE"),
  OACAS("Structures agréées Organisme d’accueil communautaire et d’activité solidaire (OACAS)"),
  ODC("Organisation délégataire d’un CD"),
  OF("Organisme de formations"),
  OIL("Opérateur d’intermédiation locative"),
  OPCS("Organisation porteuse de la clause sociale"),
  PAD("Point d’Accès au Droit"),
  PE("Pôle emploi"),
  PENSION("Pension de famille / résidence accueil"),
  PI("Point Information (PI)"),
  PIJ_BIJ("Points et bureaux information jeunesse (PIJ/BIJ)"),
  PIMMS("Point Information Médiation Multi Services (PIMMS)"),
  PJJ("Protection judiciaire de la jeunesse (PJJ)"),
  PLIE("Plans locaux pour l’insertion et l’emploi (PLIE)"),
  PREF("Préfecture, Sous-Préfecture"),
  PREVENTION("Service ou club de prévention"),
  REG("Région"),
  RELAIS_LECTURE("Relais lecture"),
  RESSOURCERIE("Ressourcerie"),
  RFS("Réseau France Services"),
  RS_FJT("Résidence sociale / FJT - Foyer de Jeunes Travailleurs"),
  SCP("Services et clubs de prévention"),
  SPIP("Services pénitentiaires d’insertion et de probation (SPIP)"),
  TIERS_LIEUX("Tiers lieu & coworking"),
  UDAF("Union Départementale d’Aide aux Familles (UDAF)");

  private final String label;
  private final String description;
  private final List<String> aliases;

  Typology(String description) {
    this(null, description);
  }

  Typology(String label, String description, String... aliases) {
    this.label = label == null ? name() : label;
    this.description = description;
    List<String> all = new ArrayList<>();
    all.add(description);
    all.addAll(List.of(aliases));
    this.aliases = List.copyOf(all);
  }

  /** The code the standard stores, e.g. "TIERS_LIEUX". */
  @Override
  public String label() {
    return label;
  }

  /** The French description, e.g. "Tiers lieu & coworking". */
  public String description() {
    return description;
  }

  /** The description, and "COMMUNE" for {@link #MUNI}. */
  @Override
  public List<String> aliases() {
    return aliases;
  }
}
