package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypologyTest {

  @Test
  void labelIsTheCodeTheStandardStores() {
    assertThat(Typology.TIERS_LIEUX.label()).isEqualTo("TIERS_LIEUX");
    assertThat(Typology.ASSO.label()).isEqualTo("ASSO");
    assertThat(Typology.AUTRE.label()).isEqualTo("Autre");
  }

  @Test
  void codeIsTheSlugOfTheLabel() {
    assertThat(Typology.TIERS_LIEUX.code()).isEqualTo("tiers-lieux");
    assertThat(Typology.ASSO_CHOMEUR.code()).isEqualTo("asso-chomeur");
    assertThat(Typology.E2C.code()).isEqualTo("e2c");
  }

  @Test
  void describesInFrench() {
    assertThat(Typology.TIERS_LIEUX.description()).isEqualTo("Tiers lieu & coworking");
    assertThat(Typology.MUNI.description()).isEqualTo("Municipalités");
    assertThat(Typology.CCAS.description()).isEqualTo("Centres communaux d’action sociale (CCAS)");
  }

  @Test
  void coversTheDataInclusionVocabulary() {
    for (String code :
        new String[] {
          "ACI",
          "ACIPHC",
          "AFPA",
          "AI",
          "ASE",
          "ASSO",
          "ASSO_CHOMEUR",
          "AUTRE",
          "AVIP",
          "BIB",
          "CAARUD",
          "CADA",
          "CAF",
          "CAP_EMPLOI",
          "CAVA",
          "CC",
          "CCAS",
          "CCONS",
          "CD",
          "CDAS",
          "CFP",
          "CHRS",
          "CHU",
          "CIAS",
          "CIDFF",
          "CITMET",
          "CMP",
          "CMS",
          "CPAM",
          "CPH",
          "CS",
          "CSAPA",
          "DEETS",
          "DEPT",
          "DIPLP",
          "E2C",
          "EA",
          "EATT",
          "EI",
          "ENM",
          "EPCI",
          "EPI",
          "EPIDE",
          "EPN",
          "ES",
          "ESAT",
          "ESS",
          "ETTI",
          "EVS",
          "FAIS",
          "FT",
          "GEIQ",
          "HUDA",
          "MDE",
          "MDEF",
          "MDPH",
          "MDS",
          "MJC",
          "ML",
          "MQ",
          "MSA",
          "MUNI",
          "OACAS",
          "ODC",
          "OF",
          "OIL",
          "OPCS",
          "PAD",
          "PE",
          "PENSION",
          "PIJ_BIJ",
          "PIMMS",
          "PJJ",
          "PLIE",
          "PREF",
          "PREVENTION",
          "REG",
          "RESSOURCERIE",
          "RFS",
          "RS_FJT",
          "SCP",
          "SPIP",
          "TIERS_LIEUX",
          "UDAF"
        }) {
      assertThat(StandardLabels.parse(Typology.class, StandardField.TYPOLOGIE, code))
          .isEqualTo(Typology.valueOf(code));
    }
  }

  @Test
  void everyTypologyHasADescription() {
    for (Typology typology : Typology.values()) {
      assertThat(typology.description()).isNotBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"COMMUNE", "commune", "MUNI", "Municipalités", "muni"})
  void readsCommuneAsMunicipality(String raw) {
    assertThat(StandardLabels.parse(Typology.class, StandardField.TYPOLOGIE, raw))
        .isEqualTo(Typology.MUNI);
  }

  @Test
  void readsDescriptionsAndLowercaseCodes() {
    assertThat(
            StandardLabels.parse(Typology.class, StandardField.TYPOLOGIE, "Tiers lieu & coworking"))
        .isEqualTo(Typology.TIERS_LIEUX);
    assertThat(StandardLabels.parse(Typology.class, StandardField.TYPOLOGIE, "tiers_lieux"))
        .isEqualTo(Typology.TIERS_LIEUX);
    assertThat(StandardLabels.parse(Typology.class, StandardField.TYPOLOGIE, "autre"))
        .isEqualTo(Typology.AUTRE);
  }

  @Test
  void parsesTheStandardExample() {
    Set<Typology> typologies =
        StandardLabels.parseList(Typology.class, StandardField.TYPOLOGIE, "TIERS_LIEUX|ASSO");
    assertThat(typologies).containsExactlyInAnyOrder(Typology.TIERS_LIEUX, Typology.ASSO);
    assertThat(StandardLabels.join(typologies)).isEqualTo("ASSO|TIERS_LIEUX");
  }

  @Test
  void rejectsUnknownTypology() {
    InvalidFieldException e =
        rejection(() -> StandardLabels.parse(Typology.class, StandardField.TYPOLOGIE, "GARAGE"));
    assertThat(e.field()).isEqualTo(StandardField.TYPOLOGIE);
    assertThat(e.value()).isEqualTo("GARAGE");
    assertThat(e.expected())
        .startsWith("Expected one of: ACI, ACIPHC, AFPA,")
        .contains("TIERS_LIEUX");
  }
}
