#!/usr/bin/env python3
"""Generate the project's sample dataset of "lieux de médiation numérique".

Output: directory-import/src/main/resources/sample/lieux-mediation-numerique-exemple.csv
Format: national standard "Lieux de médiation numérique" v1.0.2 (32 columns, UTF-8 without
BOM, comma separated, every value double-quoted, lists joined with "|", LF line endings).

Every venue is fictitious. Communes (names, postcodes, INSEE codes and town-centre
coordinates) are written by hand below from public knowledge; venue coordinates are the
commune centre plus a small deterministic jitter.

Standard library only. The random generator uses a fixed seed, so running the script
again rewrites exactly the same file.

Usage:  python3 tools/sample-data/generate_sample.py [--output PATH]
"""

import argparse
import csv
import datetime
import math
import os
import random
import unicodedata

SEED = 20240402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUTPUT = os.path.normpath(os.path.join(
    HERE, "..", "..", "directory-import", "src", "main", "resources", "sample",
    "lieux-mediation-numerique-exemple.csv"))

FIELDS = [
    "id", "pivot", "nom", "commune", "code_postal", "code_insee", "adresse",
    "complement_adresse", "latitude", "longitude", "typologie", "telephone", "courriels",
    "site_web", "horaires", "presentation_resume", "presentation_detail", "source",
    "itinerance", "structure_parente", "date_maj", "services",
    "publics_specifiquement_adresses", "prise_en_charge_specifique", "frais_a_charge",
    "dispositif_programmes_nationaux", "formations_labels", "autres_formations_labels",
    "modalites_acces", "modalites_accompagnement", "fiche_acces_libre", "prise_rdv",
]

# ---------------------------------------------------------------------------
# Vocabularies (labels exactly as in the schema's patterns)
# ---------------------------------------------------------------------------
SERVICES = {
    "DA": "Aide aux démarches administratives",
    "MO": "Maîtrise des outils numériques du quotidien",
    "IP": "Insertion professionnelle via le numérique",
    "US": "Utilisation sécurisée du numérique",
    "PE": "Parentalité et éducation avec le numérique",
    "LC": "Loisirs et créations numériques",
    "CM": "Compréhension du monde numérique",
    "AI": "Accès internet et matériel informatique",
    "AM": "Acquisition de matériel informatique à prix solidaire",
}
SERVICE_ORDER = ["DA", "MO", "IP", "US", "PE", "LC", "CM", "AI", "AM"]

PUBLICS = ["Jeunes", "Étudiants", "Familles et/ou enfants", "Seniors", "Femmes"]
PRISE_EN_CHARGE = ["Surdité", "Handicaps moteurs", "Handicaps mentaux", "Illettrisme",
                   "Langues étrangères (anglais)", "Langues étrangères (autres)",
                   "Déficience visuelle"]
DISPOSITIFS = ["Aidants Connect", "Bibliothèques numérique de référence", "Certification PIX",
               "Conseillers numériques", "Emmaüs Connect", "France Services",
               "Grande école du numérique", "La Croix Rouge", "Point d'accès numérique CAF",
               "Promeneurs du net", "Relais numérique (Emmaüs Connect)"]
FORMATIONS = {
    "MES": "Formé à « Mon Espace Santé »",
    "DUPLEX": "Formé à « DUPLEX » (illettrisme)",
    "ARNIA": "Arnia/MedNum BFC (Bourgogne-Franche-Comté)",
    "NORMANDIE": "Collectif ressources et acteurs réemploi (Normandie)",
    # written without a space before "(" exactly as in the schema's regex
    "POSTE": "Étapes numériques(La Poste)",
    "FABRIQUES": "Fabriques de Territoire",
    "ECLAIREURS": "Les Éclaireurs du numérique (Drôme)",
    "MESPAPIERS": "Mes Papiers (Métropole de Lyon)",
    "ORDI": "ORDI 3.0",
    "SUDLABS": "SUD LABS (PACA)",
}
FORMATION_ORDER = ["MES", "DUPLEX", "ARNIA", "NORMANDIE", "POSTE", "FABRIQUES",
                   "ECLAIREURS", "MESPAPIERS", "ORDI", "SUDLABS"]
MODALITES_ACCES = ["Se présenter", "Téléphoner", "Contacter par mail", "Prendre un RDV en ligne",
                   "Ce lieu n'accueille pas de public",
                   "Envoyer un mail avec une fiche de prescription"]
MODALITES_ACCOMPAGNEMENT = ["En autonomie", "Accompagnement individuel",
                            "Dans un atelier collectif", "À distance"]

# ---------------------------------------------------------------------------
# Départements: "de <name>" form and telephone prefixes (zone digit + 2 digits)
# ---------------------------------------------------------------------------
DEPTS = {
    "01": ("de l'Ain", ["474"]), "02": ("de l'Aisne", ["323"]),
    "03": ("de l'Allier", ["470"]), "04": ("des Alpes-de-Haute-Provence", ["492"]),
    "05": ("des Hautes-Alpes", ["492"]), "06": ("des Alpes-Maritimes", ["493", "492"]),
    "07": ("de l'Ardèche", ["475"]), "08": ("des Ardennes", ["324"]),
    "09": ("de l'Ariège", ["561"]), "10": ("de l'Aube", ["325"]),
    "11": ("de l'Aude", ["468"]), "12": ("de l'Aveyron", ["565"]),
    "13": ("des Bouches-du-Rhône", ["491"]), "14": ("du Calvados", ["231"]),
    "15": ("du Cantal", ["471"]), "16": ("de la Charente", ["545"]),
    "17": ("de la Charente-Maritime", ["546"]), "18": ("du Cher", ["248"]),
    "19": ("de la Corrèze", ["555"]), "2A": ("de la Corse-du-Sud", ["495"]),
    "2B": ("de la Haute-Corse", ["495"]), "21": ("de la Côte-d'Or", ["380"]),
    "22": ("des Côtes-d'Armor", ["296"]), "23": ("de la Creuse", ["555"]),
    "24": ("de la Dordogne", ["553"]), "25": ("du Doubs", ["381"]),
    "26": ("de la Drôme", ["475"]), "27": ("de l'Eure", ["232"]),
    "28": ("d'Eure-et-Loir", ["237"]), "29": ("du Finistère", ["298"]),
    "30": ("du Gard", ["466"]), "31": ("de la Haute-Garonne", ["561", "562", "534"]),
    "32": ("du Gers", ["562"]), "33": ("de la Gironde", ["556", "557"]),
    "34": ("de l'Hérault", ["467"]), "35": ("d'Ille-et-Vilaine", ["299"]),
    "36": ("de l'Indre", ["254"]), "37": ("d'Indre-et-Loire", ["247"]),
    "38": ("de l'Isère", ["476"]), "39": ("du Jura", ["384"]),
    "40": ("des Landes", ["558"]), "41": ("de Loir-et-Cher", ["254"]),
    "42": ("de la Loire", ["477"]), "43": ("de la Haute-Loire", ["471"]),
    "44": ("de la Loire-Atlantique", ["240"]), "45": ("du Loiret", ["238"]),
    "46": ("du Lot", ["565"]), "47": ("de Lot-et-Garonne", ["553"]),
    "48": ("de la Lozère", ["466"]), "49": ("de Maine-et-Loire", ["241"]),
    "50": ("de la Manche", ["233"]), "51": ("de la Marne", ["326"]),
    "52": ("de la Haute-Marne", ["325"]), "53": ("de la Mayenne", ["243"]),
    "54": ("de Meurthe-et-Moselle", ["383"]), "55": ("de la Meuse", ["329"]),
    "56": ("du Morbihan", ["297"]), "57": ("de la Moselle", ["387"]),
    "58": ("de la Nièvre", ["386"]), "59": ("du Nord", ["320", "327", "328"]),
    "60": ("de l'Oise", ["344"]), "61": ("de l'Orne", ["233"]),
    "62": ("du Pas-de-Calais", ["321"]), "63": ("du Puy-de-Dôme", ["473"]),
    "64": ("des Pyrénées-Atlantiques", ["559"]), "65": ("des Hautes-Pyrénées", ["562"]),
    "66": ("des Pyrénées-Orientales", ["468"]), "67": ("du Bas-Rhin", ["388"]),
    "68": ("du Haut-Rhin", ["389"]), "69": ("du Rhône", ["472", "478"]),
    "70": ("de la Haute-Saône", ["384"]), "71": ("de Saône-et-Loire", ["385"]),
    "72": ("de la Sarthe", ["243"]), "73": ("de la Savoie", ["479"]),
    "74": ("de la Haute-Savoie", ["450"]), "75": ("de Paris", ["140", "142", "143", "144", "145", "147", "153", "155"]),
    "76": ("de la Seine-Maritime", ["235", "232"]), "77": ("de Seine-et-Marne", ["160", "164"]),
    "78": ("des Yvelines", ["130", "139"]), "79": ("des Deux-Sèvres", ["549"]),
    "80": ("de la Somme", ["322"]), "81": ("du Tarn", ["563"]),
    "82": ("de Tarn-et-Garonne", ["563"]), "83": ("du Var", ["494"]),
    "84": ("de Vaucluse", ["490"]), "85": ("de la Vendée", ["251"]),
    "86": ("de la Vienne", ["549"]), "87": ("de la Haute-Vienne", ["555"]),
    "88": ("des Vosges", ["329"]), "89": ("de l'Yonne", ["386"]),
    "90": ("du Territoire de Belfort", ["384"]), "91": ("de l'Essonne", ["169", "160"]),
    "92": ("des Hauts-de-Seine", ["141", "146", "147"]),
    "93": ("de la Seine-Saint-Denis", ["148", "149"]),
    "94": ("du Val-de-Marne", ["143", "145", "149"]), "95": ("du Val-d'Oise", ["130", "134", "139"]),
    "971": ("de la Guadeloupe", None), "972": ("de la Martinique", None),
    "973": ("de la Guyane", None), "974": ("de La Réunion", None), "976": ("de Mayotte", None),
}
# Overseas: country code + geographic prefix; 6 subscriber digits follow.
OVERSEAS_PHONE = {"971": "+590590", "972": "+596596", "973": "+594594",
                  "974": "+262262", "976": "+262269"}
# Subscriber blocks that libphonenumber knows as allocated (the first two digits after the
# territory's prefix); None: any block of the territory is allocated.
OVERSEAS_BLOCKS = {"971": None, "972": [60, 61, 63, 64, 70, 71, 72, 73, 75, 76],
                   "973": [25, 26, 27, 28, 29, 30, 31, 35, 38, 39],
                   "974": None, "976": [60, 61, 62, 63, 64]}
# Per-commune phone prefix overrides (Aix and Arles are not in the 04 91 area).
PHONE_OVERRIDE = {"13001": ["442"], "13004": ["490"], "69256": ["472", "478"]}

METROPOLES = {
    "Lyon": "Métropole de Lyon", "Villeurbanne": "Métropole de Lyon", "Vénissieux": "Métropole de Lyon",
    "Vaulx-en-Velin": "Métropole de Lyon", "Marseille": "Métropole Aix-Marseille-Provence",
    "Aix-en-Provence": "Métropole Aix-Marseille-Provence", "Toulouse": "Toulouse Métropole",
    "Bordeaux": "Bordeaux Métropole", "Mérignac": "Bordeaux Métropole",
    "Lille": "Métropole européenne de Lille", "Roubaix": "Métropole européenne de Lille",
    "Tourcoing": "Métropole européenne de Lille", "Nantes": "Nantes Métropole",
    "Rennes": "Rennes Métropole", "Strasbourg": "Eurométropole de Strasbourg",
    "Nice": "Métropole Nice Côte d'Azur", "Montpellier": "Montpellier Méditerranée Métropole",
    "Grenoble": "Grenoble-Alpes Métropole", "Rouen": "Métropole Rouen Normandie",
    "Brest": "Brest Métropole", "Nancy": "Métropole du Grand Nancy",
    "Saint-Étienne": "Saint-Étienne Métropole", "Metz": "Metz Métropole",
    "Dijon": "Dijon Métropole", "Tours": "Tours Métropole Val de Loire",
    "Orléans": "Orléans Métropole", "Clermont-Ferrand": "Clermont Auvergne Métropole",
    "Toulon": "Métropole Toulon Provence Méditerranée",
}

REGION_BFC = {"21", "25", "39", "58", "70", "71", "89", "90"}
REGION_NORMANDIE = {"14", "27", "50", "61", "76"}
REGION_PACA = {"04", "05", "06", "13", "83", "84"}
LYON_METRO = {"69381", "69382", "69383", "69384", "69385", "69386", "69387", "69388",
              "69389", "69266", "69259", "69256"}

# ---------------------------------------------------------------------------
# Communes, written by hand: INSEE code, name, postcode, latitude and longitude of
# the town centre (~1 km), size class, number of venues, optional label / quarters.
# Size classes: P = Paris arrondissement (jitter 0.6 km), A = arrondissement or
# quarter of a large city (0.9 km), C = city (1.5 km), K = coastal city (0.7 km),
# T = town (0.8 km), V = village or small town (0.5 km).
# ---------------------------------------------------------------------------
JITTER_KM = {"P": 0.6, "A": 0.9, "C": 1.5, "K": 0.7, "T": 0.8, "V": 0.5}


def C(insee, nom, cp, lat, lon, size, n, label=None, quarters=()):
    return {"insee": insee, "nom": nom, "cp": cp, "lat": lat, "lon": lon, "size": size,
            "n": n, "label": label or nom, "quarters": list(quarters)}


COMMUNES = [
    # --- Paris (arrondissements municipaux) ---
    C("75101", "Paris", "75001", 48.8625, 2.3364, "P", 2, "Paris 1er", ["Les Halles", "Le Palais-Royal"]),
    C("75102", "Paris", "75002", 48.8683, 2.3428, "P", 2, "Paris 2e", ["Bonne-Nouvelle", "Montorgueil"]),
    C("75103", "Paris", "75003", 48.8630, 2.3601, "P", 2, "Paris 3e", ["Le Temple", "Les Arts-et-Métiers"]),
    C("75104", "Paris", "75004", 48.8543, 2.3576, "P", 2, "Paris 4e", ["Saint-Paul", "Saint-Gervais"]),
    C("75105", "Paris", "75005", 48.8445, 2.3497, "P", 2, "Paris 5e", ["Mouffetard", "Le Jardin des Plantes"]),
    C("75106", "Paris", "75006", 48.8491, 2.3328, "P", 2, "Paris 6e", ["Odéon", "Notre-Dame-des-Champs"]),
    C("75107", "Paris", "75007", 48.8562, 2.3122, "P", 2, "Paris 7e", ["Le Gros-Caillou", "Les Invalides"]),
    C("75108", "Paris", "75008", 48.8727, 2.3125, "P", 2, "Paris 8e", ["L'Europe", "La Madeleine"]),
    C("75109", "Paris", "75009", 48.8771, 2.3375, "P", 2, "Paris 9e", ["Rochechouart", "Saint-Georges"]),
    C("75110", "Paris", "75010", 48.8762, 2.3608, "P", 2, "Paris 10e", ["Le Château-d'Eau", "Saint-Vincent-de-Paul"]),
    C("75111", "Paris", "75011", 48.8590, 2.3800, "P", 2, "Paris 11e", ["La Roquette", "La Folie-Méricourt"]),
    C("75112", "Paris", "75012", 48.8412, 2.3876, "P", 2, "Paris 12e", ["Bel-Air", "Picpus"]),
    C("75113", "Paris", "75013", 48.8283, 2.3623, "P", 2, "Paris 13e", ["Les Olympiades", "La Butte-aux-Cailles"]),
    C("75114", "Paris", "75014", 48.8292, 2.3265, "P", 2, "Paris 14e", ["Plaisance", "Montparnasse"]),
    C("75115", "Paris", "75015", 48.8401, 2.2930, "P", 2, "Paris 15e", ["Grenelle", "Javel"]),
    C("75116", "Paris", "75016", 48.8637, 2.2769, "P", 2, "Paris 16e", ["Auteuil", "Chaillot"]),
    C("75117", "Paris", "75017", 48.8873, 2.3067, "P", 2, "Paris 17e", ["Les Épinettes", "Les Batignolles"]),
    C("75118", "Paris", "75018", 48.8925, 2.3484, "P", 2, "Paris 18e", ["La Goutte d'Or", "Clignancourt"]),
    C("75119", "Paris", "75019", 48.8871, 2.3848, "P", 2, "Paris 19e", ["Flandre", "Le Danube"]),
    C("75120", "Paris", "75020", 48.8634, 2.4011, "P", 2, "Paris 20e", ["Belleville", "Saint-Blaise"]),
    # --- Île-de-France ---
    C("93066", "Saint-Denis", "93200", 48.9362, 2.3574, "C", 2),
    C("93048", "Montreuil", "93100", 48.8611, 2.4433, "C", 2),
    C("93001", "Aubervilliers", "93300", 48.9146, 2.3821, "C", 1),
    C("93008", "Bobigny", "93000", 48.9077, 2.4397, "C", 1),
    C("94028", "Créteil", "94000", 48.7904, 2.4556, "C", 1),
    C("94081", "Vitry-sur-Seine", "94400", 48.7875, 2.3928, "C", 1),
    C("92050", "Nanterre", "92000", 48.8924, 2.2071, "C", 1),
    C("92012", "Boulogne-Billancourt", "92100", 48.8352, 2.2410, "C", 1),
    C("95018", "Argenteuil", "95100", 48.9472, 2.2467, "C", 1),
    C("95127", "Cergy", "95000", 49.0364, 2.0761, "C", 1),
    C("95585", "Sarcelles", "95200", 48.9973, 2.3800, "C", 1),
    C("78646", "Versailles", "78000", 48.8049, 2.1204, "C", 1),
    C("78361", "Mantes-la-Jolie", "78200", 48.9908, 1.7172, "T", 1),
    C("78517", "Rambouillet", "78120", 48.6437, 1.8294, "T", 1),
    C("91228", "Évry-Courcouronnes", "91000", 48.6238, 2.4296, "C", 1),
    C("91286", "Grigny", "91350", 48.6544, 2.3930, "T", 1),
    C("91223", "Étampes", "91150", 48.4343, 2.1615, "T", 1),
    C("77288", "Melun", "77000", 48.5394, 2.6600, "T", 1),
    C("77284", "Meaux", "77100", 48.9601, 2.8788, "T", 1),
    C("77379", "Provins", "77160", 48.5597, 3.2994, "T", 1),
    # --- Hauts-de-France ---
    C("59350", "Lille", "59000", 50.6292, 3.0573, "C", 6, quarters=["Wazemmes", "Moulins", "Fives", "Lille-Sud"]),
    C("59512", "Roubaix", "59100", 50.6942, 3.1746, "C", 2),
    C("59599", "Tourcoing", "59200", 50.7239, 3.1612, "C", 1),
    C("59183", "Dunkerque", "59140", 51.0343, 2.3768, "K", 2),
    C("59606", "Valenciennes", "59300", 50.3570, 3.5235, "T", 1),
    C("59392", "Maubeuge", "59600", 50.2775, 3.9734, "T", 1),
    C("59295", "Hazebrouck", "59190", 50.7242, 2.5386, "T", 1),
    C("59249", "Fourmies", "59610", 50.0156, 4.0533, "T", 1),
    C("80021", "Amiens", "80000", 49.8941, 2.2958, "C", 2),
    C("80001", "Abbeville", "80100", 50.1054, 1.8332, "T", 1),
    C("80620", "Péronne", "80200", 49.9319, 2.9336, "V", 1),
    C("60057", "Beauvais", "60000", 49.4300, 2.0810, "T", 1),
    C("60157", "Clermont", "60600", 49.3789, 2.4125, "V", 1),
    C("02408", "Laon", "02000", 49.5641, 3.6199, "T", 2),
    C("02691", "Saint-Quentin", "02100", 49.8465, 3.2876, "T", 1),
    C("02381", "Hirson", "02500", 49.9217, 4.0839, "V", 1),
    C("02168", "Château-Thierry", "02400", 49.0464, 3.4031, "T", 1),
    C("62041", "Arras", "62000", 50.2910, 2.7775, "T", 1),
    C("62498", "Lens", "62300", 50.4320, 2.8333, "T", 2),
    C("62193", "Calais", "62100", 50.9513, 1.8587, "K", 1),
    C("62160", "Boulogne-sur-Mer", "62200", 50.7264, 1.6147, "K", 1),
    C("62588", "Montreuil-sur-Mer", "62170", 50.4642, 1.7636, "V", 1),
    # --- Normandie ---
    C("76540", "Rouen", "76000", 49.4431, 1.0993, "C", 3),
    C("76351", "Le Havre", "76600", 49.4944, 0.1079, "K", 3),
    C("76217", "Dieppe", "76200", 49.9229, 1.0775, "K", 1),
    C("14118", "Caen", "14000", 49.1829, -0.3707, "C", 3),
    C("14366", "Lisieux", "14100", 49.1466, 0.2259, "T", 1),
    C("14762", "Vire Normandie", "14500", 48.8383, -0.8892, "V", 1),
    C("50129", "Cherbourg-en-Cotentin", "50100", 49.6337, -1.6222, "K", 2),
    C("50502", "Saint-Lô", "50000", 49.1157, -1.0906, "T", 1),
    C("50147", "Coutances", "50200", 49.0478, -1.4453, "V", 1),
    C("50025", "Avranches", "50300", 48.6844, -1.3569, "V", 1),
    C("27229", "Évreux", "27000", 49.0241, 1.1508, "T", 1),
    C("61001", "Alençon", "61000", 48.4329, 0.0913, "T", 1),
    C("61293", "Mortagne-au-Perche", "61400", 48.5203, 0.5469, "V", 1),
    # --- Bretagne ---
    C("35238", "Rennes", "35000", 48.1173, -1.6778, "C", 5, quarters=["Villejean", "Le Blosne", "Maurepas", "Bréquigny"]),
    C("35115", "Fougères", "35300", 48.3524, -1.1986, "T", 2),
    C("35236", "Redon", "35600", 47.6514, -2.0843, "T", 1),
    C("29019", "Brest", "29200", 48.3904, -4.4861, "K", 3, quarters=["Bellevue", "Recouvrance", "Kerourien"]),
    C("29232", "Quimper", "29000", 47.9960, -4.1020, "T", 2),
    C("29024", "Carhaix-Plouguer", "29270", 48.2757, -3.5730, "V", 2),
    C("29081", "Huelgoat", "29690", 48.3647, -3.7467, "V", 1),
    C("29042", "Crozon", "29160", 48.2464, -4.4894, "V", 1),
    C("56121", "Lorient", "56100", 47.7486, -3.3700, "K", 2),
    C("56260", "Vannes", "56000", 47.6582, -2.7608, "T", 2),
    C("56178", "Pontivy", "56300", 48.0685, -2.9630, "T", 1),
    C("56165", "Ploërmel", "56800", 47.9317, -2.3975, "V", 1),
    C("56091", "Josselin", "56120", 47.9544, -2.5483, "V", 1),
    C("22278", "Saint-Brieuc", "22000", 48.5136, -2.7603, "T", 2),
    C("22113", "Lannion", "22300", 48.7326, -3.4566, "T", 1),
    C("22070", "Guingamp", "22200", 48.5625, -3.1508, "V", 1),
    C("22136", "Loudéac", "22600", 48.1778, -2.7536, "V", 1),
    C("22266", "Rostrenen", "22110", 48.2353, -3.3153, "V", 1),
    C("22025", "Callac", "22160", 48.4028, -3.4286, "V", 1),
    # --- Pays de la Loire ---
    C("44109", "Nantes", "44000", 47.2184, -1.5536, "C", 6, quarters=["Bellevue", "Malakoff", "Les Dervallières", "Nantes Nord"]),
    C("44184", "Saint-Nazaire", "44600", 47.2735, -2.2138, "K", 2),
    C("44036", "Châteaubriant", "44110", 47.7172, -1.3761, "T", 1),
    C("49007", "Angers", "49000", 47.4784, -0.5632, "C", 3, quarters=["Monplaisir", "La Roseraie"]),
    C("49099", "Cholet", "49300", 47.0600, -0.8790, "T", 1),
    C("72181", "Le Mans", "72000", 48.0061, 0.1996, "C", 2),
    C("53130", "Laval", "53000", 48.0706, -0.7734, "T", 1),
    C("53147", "Mayenne", "53100", 48.3031, -0.6136, "V", 1),
    C("85191", "La Roche-sur-Yon", "85000", 46.6705, -1.4260, "T", 1),
    C("85092", "Fontenay-le-Comte", "85200", 46.4669, -0.8064, "V", 1),
    # --- Centre-Val de Loire ---
    C("37261", "Tours", "37000", 47.3941, 0.6848, "C", 3, quarters=["Sanitas", "Les Fontaines"]),
    C("37132", "Loches", "37600", 47.1286, 0.9953, "V", 1),
    C("45234", "Orléans", "45000", 47.9030, 1.9093, "C", 3, quarters=["La Source", "L'Argonne"]),
    C("45208", "Montargis", "45200", 47.9975, 2.7330, "T", 1),
    C("18033", "Bourges", "18000", 47.0810, 2.3988, "T", 2),
    C("18279", "Vierzon", "18100", 47.2219, 2.0686, "T", 1),
    C("41018", "Blois", "41000", 47.5861, 1.3359, "T", 1),
    C("41194", "Romorantin-Lanthenay", "41200", 47.3597, 1.7411, "V", 1),
    C("36044", "Châteauroux", "36000", 46.8103, 1.6913, "T", 1),
    C("36018", "Le Blanc", "36300", 46.6336, 1.0628, "V", 1),
    C("28085", "Chartres", "28000", 48.4439, 1.4890, "T", 1),
    C("28280", "Nogent-le-Rotrou", "28400", 48.3217, 0.8217, "V", 1),
    # --- Grand Est ---
    C("67482", "Strasbourg", "67000", 48.5734, 7.7521, "C", 6, quarters=["Neudorf", "Hautepierre", "Cronenbourg", "L'Esplanade"]),
    C("67437", "Saverne", "67700", 48.7414, 7.3622, "V", 1),
    C("67544", "Wissembourg", "67160", 49.0372, 7.9461, "V", 1),
    C("68224", "Mulhouse", "68100", 47.7508, 7.3359, "C", 2),
    C("68066", "Colmar", "68000", 48.0794, 7.3585, "T", 1),
    C("68226", "Munster", "68140", 48.0411, 7.1353, "V", 1),
    C("68334", "Thann", "68800", 47.8075, 7.1033, "V", 1),
    C("57463", "Metz", "57000", 49.1193, 6.1757, "C", 3, quarters=["Borny", "Bellecroix"]),
    C("57227", "Forbach", "57600", 49.1880, 6.8960, "T", 1),
    C("57631", "Sarreguemines", "57200", 49.1100, 7.0686, "T", 1),
    C("57089", "Bitche", "57230", 49.0519, 7.4286, "V", 1),
    C("54395", "Nancy", "54000", 48.6921, 6.1844, "C", 3, quarters=["Haussonville", "Plateau de Haye"]),
    C("54329", "Lunéville", "54300", 48.5894, 6.4964, "T", 1),
    C("51454", "Reims", "51100", 49.2583, 4.0317, "C", 3, quarters=["Croix-Rouge", "Orgeval"]),
    C("51649", "Vitry-le-François", "51300", 48.7247, 4.5844, "V", 1),
    C("10387", "Troyes", "10000", 48.2973, 4.0744, "T", 2),
    C("10033", "Bar-sur-Aube", "10200", 48.2331, 4.7067, "V", 1),
    C("08105", "Charleville-Mézières", "08000", 49.7620, 4.7264, "T", 2),
    C("08409", "Sedan", "08200", 49.7019, 4.9403, "T", 1),
    C("08362", "Rethel", "08300", 49.5097, 4.3675, "V", 1),
    C("08190", "Givet", "08600", 50.1378, 4.8250, "V", 1),
    C("88160", "Épinal", "88000", 48.1724, 6.4496, "T", 1),
    C("88413", "Saint-Dié-des-Vosges", "88100", 48.2847, 6.9492, "T", 1),
    C("88383", "Remiremont", "88200", 48.0175, 6.5914, "V", 1),
    C("52121", "Chaumont", "52000", 48.1113, 5.1392, "T", 2),
    C("52448", "Saint-Dizier", "52100", 48.6383, 4.9497, "T", 1),
    C("52269", "Langres", "52200", 47.8625, 5.3331, "V", 1),
    C("52250", "Joinville", "52300", 48.4436, 5.1411, "V", 1),
    C("55545", "Verdun", "55100", 49.1598, 5.3844, "T", 1),
    C("55029", "Bar-le-Duc", "55000", 48.7727, 5.1601, "T", 1),
    C("55122", "Commercy", "55200", 48.7631, 5.5908, "V", 1),
    C("55502", "Stenay", "55700", 49.4922, 5.1878, "V", 1),
    # --- Bourgogne-Franche-Comté ---
    C("21231", "Dijon", "21000", 47.3220, 5.0415, "C", 3, quarters=["Les Grésilles", "Fontaine d'Ouche"]),
    C("25056", "Besançon", "25000", 47.2378, 6.0241, "C", 3, quarters=["Planoise", "Battant"]),
    C("25462", "Pontarlier", "25300", 46.9035, 6.3547, "T", 2),
    C("25388", "Montbéliard", "25200", 47.5100, 6.7983, "T", 1),
    C("25434", "Ornans", "25290", 47.1058, 6.1447, "V", 1),
    C("25411", "Morteau", "25500", 47.0583, 6.6069, "V", 1),
    C("90010", "Belfort", "90000", 47.6380, 6.8628, "T", 2),
    C("89024", "Auxerre", "89000", 47.7982, 3.5673, "T", 1),
    C("89418", "Tonnerre", "89700", 47.8564, 3.9733, "V", 1),
    C("89025", "Avallon", "89200", 47.4900, 3.9078, "V", 1),
    C("71076", "Chalon-sur-Saône", "71100", 46.7806, 4.8539, "T", 1),
    C("71270", "Mâcon", "71000", 46.3069, 4.8287, "T", 1),
    C("71014", "Autun", "71400", 46.9510, 4.2986, "V", 1),
    C("71137", "Cluny", "71250", 46.4339, 4.6594, "V", 1),
    C("58194", "Nevers", "58000", 46.9908, 3.1590, "T", 2),
    C("58079", "Clamecy", "58500", 47.4598, 3.5196, "V", 1),
    C("39300", "Lons-le-Saunier", "39000", 46.6744, 5.5558, "T", 1),
    C("39478", "Saint-Claude", "39200", 46.3872, 5.8636, "V", 1),
    C("70550", "Vesoul", "70000", 47.6197, 6.1544, "T", 1),
    C("70279", "Gray", "70100", 47.4453, 5.5914, "V", 1),
    C("70310", "Lure", "70200", 47.6833, 6.4967, "V", 1),
    # --- Auvergne-Rhône-Alpes ---
    C("69381", "Lyon", "69001", 45.7698, 4.8291, "A", 1, "Lyon 1er", ["Pentes de la Croix-Rousse"]),
    C("69382", "Lyon", "69002", 45.7540, 4.8280, "A", 1, "Lyon 2e", ["La Confluence"]),
    C("69383", "Lyon", "69003", 45.7596, 4.8497, "A", 2, "Lyon 3e", ["La Part-Dieu", "Montchat"]),
    C("69384", "Lyon", "69004", 45.7785, 4.8275, "A", 1, "Lyon 4e", ["La Croix-Rousse"]),
    C("69385", "Lyon", "69005", 45.7590, 4.8130, "A", 1, "Lyon 5e", ["Saint-Just"]),
    C("69386", "Lyon", "69006", 45.7700, 4.8510, "A", 1, "Lyon 6e", ["Brotteaux"]),
    C("69387", "Lyon", "69007", 45.7450, 4.8400, "A", 2, "Lyon 7e", ["La Guillotière", "Gerland"]),
    C("69388", "Lyon", "69008", 45.7350, 4.8690, "A", 2, "Lyon 8e", ["États-Unis", "Mermoz"]),
    C("69389", "Lyon", "69009", 45.7740, 4.8050, "A", 1, "Lyon 9e", ["La Duchère"]),
    C("69266", "Villeurbanne", "69100", 45.7719, 4.8902, "C", 2),
    C("69259", "Vénissieux", "69200", 45.6975, 4.8867, "C", 1),
    C("69256", "Vaulx-en-Velin", "69120", 45.7787, 4.9221, "C", 1),
    C("38185", "Grenoble", "38000", 45.1885, 5.7245, "C", 4, quarters=["La Villeneuve", "Mistral", "Teisseire"]),
    C("42218", "Saint-Étienne", "42000", 45.4397, 4.3872, "C", 3, quarters=["Montreynaud", "Tarentaize"]),
    C("63113", "Clermont-Ferrand", "63000", 45.7772, 3.0870, "C", 3, quarters=["Saint-Jacques", "Croix-de-Neyrat"]),
    C("63178", "Issoire", "63500", 45.5443, 3.2498, "T", 1),
    C("63003", "Ambert", "63600", 45.5497, 3.7417, "V", 1),
    C("63430", "Thiers", "63300", 45.8564, 3.5475, "T", 1),
    C("74010", "Annecy", "74000", 45.8992, 6.1294, "C", 2),
    C("74042", "Bonneville", "74130", 46.0781, 6.4008, "V", 1),
    C("73065", "Chambéry", "73000", 45.5646, 5.9178, "C", 2),
    C("73248", "Saint-Jean-de-Maurienne", "73300", 45.2764, 6.3456, "V", 1),
    C("26362", "Valence", "26000", 44.9334, 4.8924, "C", 2),
    C("26113", "Die", "26150", 44.7536, 5.3703, "V", 1),
    C("26108", "Crest", "26400", 44.7286, 5.0228, "V", 1),
    C("26220", "Nyons", "26110", 44.3608, 5.1406, "V", 1),
    C("01053", "Bourg-en-Bresse", "01000", 46.2052, 5.2255, "T", 1),
    C("15014", "Aurillac", "15000", 44.9264, 2.4397, "T", 2),
    C("15187", "Saint-Flour", "15100", 45.0339, 3.0930, "V", 1),
    C("15120", "Mauriac", "15200", 45.2186, 2.3336, "V", 1),
    C("15138", "Murat", "15300", 45.1103, 2.8686, "V", 1),
    C("43157", "Le Puy-en-Velay", "43000", 45.0434, 3.8858, "T", 1),
    C("43268", "Yssingeaux", "43200", 45.1428, 4.1236, "V", 1),
    C("03190", "Moulins", "03000", 46.5660, 3.3331, "T", 1),
    C("03185", "Montluçon", "03100", 46.3401, 2.6034, "T", 1),
    C("03310", "Vichy", "03200", 46.1277, 3.4260, "T", 1),
    C("07186", "Privas", "07000", 44.7353, 4.5992, "V", 1),
    C("07064", "Le Cheylard", "07160", 44.9067, 4.4236, "V", 1),
    C("07330", "Vallon-Pont-d'Arc", "07150", 44.4064, 4.3925, "V", 1),
    # --- Nouvelle-Aquitaine ---
    C("33063", "Bordeaux", "33000", 44.8378, -0.5792, "C", 6, quarters=["La Bastide", "Saint-Michel", "Bacalan", "Grand Parc"]),
    C("33281", "Mérignac", "33700", 44.8386, -0.6436, "C", 1),
    C("87085", "Limoges", "87000", 45.8336, 1.2611, "C", 3, quarters=["Beaubreuil", "Le Val de l'Aurence"]),
    C("87011", "Bellac", "87300", 46.1221, 1.0488, "V", 1),
    C("87064", "Eymoutiers", "87120", 45.7386, 1.7417, "V", 1),
    C("87161", "Saint-Léonard-de-Noblat", "87400", 45.8369, 1.4906, "V", 1),
    C("86194", "Poitiers", "86000", 46.5802, 0.3404, "C", 2),
    C("86165", "Montmorillon", "86500", 46.4264, 0.8706, "V", 1),
    C("17300", "La Rochelle", "17000", 46.1603, -1.1511, "K", 2),
    C("17347", "Saint-Jean-d'Angély", "17400", 45.9456, -0.5214, "V", 1),
    C("64445", "Pau", "64000", 43.2951, -0.3708, "C", 2),
    C("64102", "Bayonne", "64100", 43.4929, -1.4748, "T", 1),
    C("64422", "Oloron-Sainte-Marie", "64400", 43.1942, -0.6067, "V", 1),
    C("64371", "Mauléon-Licharre", "64130", 43.2253, -0.8856, "V", 1),
    C("16015", "Angoulême", "16000", 45.6484, 0.1562, "T", 1),
    C("16106", "Confolens", "16500", 46.0139, 0.6717, "V", 1),
    C("24322", "Périgueux", "24000", 45.1846, 0.7214, "T", 1),
    C("24037", "Bergerac", "24100", 44.8533, 0.4833, "T", 1),
    C("24520", "Sarlat-la-Canéda", "24200", 44.8899, 1.2166, "V", 1),
    C("24311", "Nontron", "24300", 45.5294, 0.6619, "V", 1),
    C("47001", "Agen", "47000", 44.2033, 0.6163, "T", 1),
    C("40192", "Mont-de-Marsan", "40000", 43.8902, -0.4990, "T", 1),
    C("79191", "Niort", "79000", 46.3237, -0.4588, "T", 1),
    C("79202", "Parthenay", "79200", 46.6486, -0.2469, "V", 1),
    C("23096", "Guéret", "23000", 46.1716, 1.8717, "T", 2),
    C("23008", "Aubusson", "23200", 45.9559, 2.1679, "V", 1),
    C("23079", "Felletin", "23500", 45.8833, 2.1744, "V", 1),
    C("23030", "Bourganeuf", "23400", 45.9528, 1.7547, "V", 1),
    C("19272", "Tulle", "19000", 45.2671, 1.7715, "T", 1),
    C("19031", "Brive-la-Gaillarde", "19100", 45.1589, 1.5321, "T", 1),
    C("19275", "Ussel", "19200", 45.5481, 2.3097, "V", 1),
    # --- Occitanie ---
    C("31555", "Toulouse", "31000", 43.6045, 1.4440, "A", 3, quarters=["Capitole", "Saint-Sernin", "Carmes"]),
    C("31555", "Toulouse", "31100", 43.5760, 1.4020, "A", 2, quarters=["Le Mirail", "Bellefontaine"]),
    C("31555", "Toulouse", "31200", 43.6190, 1.4360, "A", 2, quarters=["Les Minimes", "Les Izards"]),
    C("31555", "Toulouse", "31300", 43.5980, 1.4300, "A", 1, quarters=["Saint-Cyprien"]),
    C("31555", "Toulouse", "31400", 43.5740, 1.4600, "A", 2, quarters=["Rangueil", "Empalot"]),
    C("31555", "Toulouse", "31500", 43.6160, 1.4650, "A", 2, quarters=["Jolimont", "Bonnefoy"]),
    C("31483", "Saint-Gaudens", "31800", 43.1081, 0.7234, "T", 1),
    C("34172", "Montpellier", "34000", 43.6108, 3.8767, "C", 5, quarters=["La Paillade", "Figuerolles", "Près d'Arènes", "Antigone"]),
    C("34032", "Béziers", "34500", 43.3442, 3.2158, "T", 2),
    C("34301", "Sète", "34200", 43.4028, 3.6928, "K", 1),
    C("34142", "Lodève", "34700", 43.7317, 3.3194, "V", 1),
    C("30189", "Nîmes", "30000", 43.8367, 4.3601, "C", 2),
    C("30007", "Alès", "30100", 44.1250, 4.0810, "T", 1),
    C("66136", "Perpignan", "66000", 42.6887, 2.8948, "C", 3, quarters=["Saint-Jacques", "Le Vernet"]),
    C("66149", "Prades", "66500", 42.6175, 2.4216, "V", 1),
    C("11262", "Narbonne", "11100", 43.1840, 3.0040, "T", 1),
    C("11069", "Carcassonne", "11000", 43.2130, 2.3491, "T", 1),
    C("81004", "Albi", "81000", 43.9289, 2.1464, "T", 1),
    C("82121", "Montauban", "82000", 44.0176, 1.3550, "T", 1),
    C("65440", "Tarbes", "65000", 43.2328, 0.0781, "T", 1),
    C("65059", "Bagnères-de-Bigorre", "65200", 43.0650, 0.1492, "V", 1),
    C("65258", "Lannemezan", "65300", 43.1253, 0.3842, "V", 1),
    C("12202", "Rodez", "12000", 44.3506, 2.5750, "T", 1),
    C("12145", "Millau", "12100", 44.0986, 3.0783, "T", 1),
    C("12208", "Saint-Affrique", "12400", 43.9588, 2.8869, "V", 1),
    C("46042", "Cahors", "46000", 44.4475, 1.4419, "T", 1),
    C("46102", "Figeac", "46100", 44.6086, 2.0317, "V", 1),
    C("46127", "Gourdon", "46300", 44.7374, 1.3828, "V", 1),
    C("32013", "Auch", "32000", 43.6465, 0.5855, "T", 1),
    C("09122", "Foix", "09000", 42.9653, 1.6069, "V", 2),
    C("09261", "Saint-Girons", "09200", 42.9849, 1.1461, "V", 1),
    C("48095", "Mende", "48000", 44.5181, 3.5000, "V", 2),
    C("48092", "Marvejols", "48100", 44.5536, 3.2914, "V", 1),
    C("48080", "Langogne", "48300", 44.7272, 3.8553, "V", 1),
    C("48061", "Florac Trois Rivières", "48400", 44.3245, 3.5935, "V", 1),
    # --- Provence-Alpes-Côte d'Azur ---
    C("13201", "Marseille", "13001", 43.2999, 5.3841, "K", 2, "Marseille 1er", ["Belsunce", "Noailles"]),
    C("13202", "Marseille", "13002", 43.3060, 5.3670, "K", 1, "Marseille 2e", ["Joliette"]),
    C("13203", "Marseille", "13003", 43.3110, 5.3820, "K", 2, "Marseille 3e", ["Belle de Mai", "Saint-Mauront"]),
    C("13204", "Marseille", "13004", 43.3050, 5.4010, "K", 1, "Marseille 4e", ["Chartreux"]),
    C("13205", "Marseille", "13005", 43.2925, 5.3970, "K", 1, "Marseille 5e", ["La Baille"]),
    C("13206", "Marseille", "13006", 43.2875, 5.3800, "K", 1, "Marseille 6e", ["Castellane"]),
    C("13208", "Marseille", "13008", 43.2620, 5.3860, "K", 1, "Marseille 8e", ["Bonneveine"]),
    C("13209", "Marseille", "13009", 43.2580, 5.4200, "K", 1, "Marseille 9e", ["Mazargues"]),
    C("13210", "Marseille", "13010", 43.2780, 5.4150, "K", 1, "Marseille 10e", ["La Capelette"]),
    C("13211", "Marseille", "13011", 43.2870, 5.4650, "K", 1, "Marseille 11e", ["Saint-Marcel"]),
    C("13213", "Marseille", "13013", 43.3380, 5.4260, "K", 1, "Marseille 13e", ["Malpassé"]),
    C("13214", "Marseille", "13014", 43.3380, 5.3920, "K", 1, "Marseille 14e", ["Le Merlan"]),
    C("13215", "Marseille", "13015", 43.3480, 5.3620, "K", 1, "Marseille 15e", ["La Cabucelle"]),
    C("13216", "Marseille", "13016", 43.3620, 5.3200, "K", 1, "Marseille 16e", ["L'Estaque"]),
    C("13001", "Aix-en-Provence", "13100", 43.5297, 5.4474, "C", 2),
    C("13004", "Arles", "13200", 43.6766, 4.6278, "T", 1),
    C("06088", "Nice", "06000", 43.7102, 7.2620, "K", 4, quarters=["Les Moulins", "L'Ariane", "Pasteur"]),
    C("06029", "Cannes", "06400", 43.5528, 7.0174, "K", 1),
    C("06004", "Antibes", "06600", 43.5804, 7.1251, "K", 1),
    C("83137", "Toulon", "83000", 43.1242, 5.9280, "K", 3, quarters=["Le Pont du Las", "La Beaucaire"]),
    C("83061", "Fréjus", "83600", 43.4331, 6.7370, "T", 1),
    C("83050", "Draguignan", "83300", 43.5366, 6.4646, "T", 1),
    C("84007", "Avignon", "84000", 43.9493, 4.8055, "C", 2),
    C("84031", "Carpentras", "84200", 44.0556, 5.0481, "T", 1),
    C("05061", "Gap", "05000", 44.5594, 6.0786, "T", 2),
    C("05023", "Briançon", "05100", 44.8986, 6.6433, "V", 1),
    C("05046", "Embrun", "05200", 44.5640, 6.4953, "V", 1),
    C("05065", "Guillestre", "05600", 44.6597, 6.6497, "V", 1),
    C("04070", "Digne-les-Bains", "04000", 44.0925, 6.2356, "T", 1),
    C("04112", "Manosque", "04100", 43.8284, 5.7868, "T", 1),
    C("04019", "Barcelonnette", "04400", 44.3872, 6.6525, "V", 1),
    C("04209", "Sisteron", "04200", 44.1953, 5.9437, "V", 1),
    C("04039", "Castellane", "04120", 43.8467, 6.5133, "V", 1),
    # --- Corse ---
    C("2A004", "Ajaccio", "20000", 41.9192, 8.7386, "K", 3),
    C("2A247", "Porto-Vecchio", "20137", 41.5911, 9.2794, "V", 1),
    C("2B033", "Bastia", "20200", 42.6973, 9.4509, "K", 2),
    C("2B096", "Corte", "20250", 42.3063, 9.1500, "V", 1),
    C("2B050", "Calvi", "20260", 42.5675, 8.7575, "V", 1),
    # --- Guadeloupe (971) ---
    C("97120", "Pointe-à-Pitre", "97110", 16.2411, -61.5331, "K", 2),
    C("97101", "Les Abymes", "97139", 16.2710, -61.5045, "T", 2),
    C("97103", "Baie-Mahault", "97122", 16.2675, -61.5856, "T", 1),
    C("97113", "Le Gosier", "97190", 16.2064, -61.4931, "K", 1),
    C("97105", "Basse-Terre", "97100", 15.9985, -61.7261, "K", 1),
    C("97117", "Le Moule", "97160", 16.3325, -61.3442, "K", 2),
    C("97107", "Capesterre-Belle-Eau", "97130", 16.0436, -61.5650, "V", 1),
    # --- Martinique (972) ---
    C("97209", "Fort-de-France", "97200", 14.6037, -61.0733, "K", 3),
    C("97213", "Le Lamentin", "97232", 14.6128, -61.0028, "T", 2),
    C("97229", "Schœlcher", "97233", 14.6147, -61.0906, "K", 1),
    C("97222", "Le Robert", "97231", 14.6775, -60.9406, "V", 1),
    C("97228", "Sainte-Marie", "97230", 14.7847, -60.9911, "V", 1),
    C("97217", "Le Marin", "97290", 14.4686, -60.8694, "V", 1),
    # --- Guyane (973) ---
    C("97302", "Cayenne", "97300", 4.9372, -52.3260, "K", 3),
    C("97311", "Saint-Laurent-du-Maroni", "97320", 5.4983, -54.0317, "T", 2),
    C("97304", "Kourou", "97310", 5.1597, -52.6503, "K", 1),
    C("97307", "Matoury", "97351", 4.8472, -52.3311, "T", 1),
    C("97309", "Remire-Montjoly", "97354", 4.9167, -52.2667, "T", 1),
    C("97353", "Maripasoula", "97370", 3.6400, -54.0286, "V", 1),
    # --- La Réunion (974) ---
    C("97411", "Saint-Denis", "97400", -20.8789, 55.4481, "K", 3),
    C("97416", "Saint-Pierre", "97410", -21.3393, 55.4781, "K", 2),
    C("97407", "Le Port", "97420", -20.9373, 55.2919, "K", 2),
    C("97415", "Saint-Paul", "97460", -21.0096, 55.2707, "K", 1),
    C("97422", "Le Tampon", "97430", -21.2779, 55.5177, "T", 2),
    C("97409", "Saint-André", "97440", -20.9633, 55.6503, "T", 1),
    C("97410", "Saint-Benoît", "97470", -21.0339, 55.7128, "K", 1),
    C("97424", "Cilaos", "97413", -21.1350, 55.4714, "V", 1),
    # --- Mayotte (976) ---
    C("97611", "Mamoudzou", "97600", -12.7806, 45.2278, "K", 3),
    C("97610", "Koungou", "97600", -12.7336, 45.2042, "V", 2),
    C("97608", "Dzaoudzi", "97615", -12.7878, 45.2817, "V", 1),
    C("97607", "Dembeni", "97660", -12.8394, 45.1706, "V", 2),
    C("97616", "Sada", "97640", -12.8486, 45.1042, "V", 1),
    C("97606", "Chirongui", "97620", -12.9319, 45.1483, "V", 1),
]

# ---------------------------------------------------------------------------
# Venues placed explicitly (the rest are drawn at random)
# (insee, postcode, kind, name, extra)
# ---------------------------------------------------------------------------
BUS_ROUTES = [
    ("15014", "du Cantal", "les communes du Cantal"),
    ("23096", "de la Creuse", "les villages de la Creuse"),
    ("48095", "de la Lozère", "les villages de Lozère"),
    ("09122", "de l'Ariège", "les vallées de l'Ariège"),
    ("29024", "Centre Bretagne", "le Centre Bretagne"),
    ("35115", "du Pays de Fougères", "le Pays de Fougères"),
    ("25462", "du Haut-Doubs", "le Haut-Doubs"),
    ("58194", "de la Nièvre", "la Nièvre"),
    ("05061", "des Hautes-Alpes", "les vallées des Hautes-Alpes"),
    ("52121", "de la Haute-Marne", "la Haute-Marne"),
    ("02408", "de l'Aisne", "le nord de l'Aisne"),
    ("97117", "Nord Grande-Terre", "le nord de la Grande-Terre"),
    ("97217", "Sud Martinique", "les communes du sud de la Martinique"),
    ("97311", "de l'Ouest guyanais", "les communes de l'Ouest guyanais"),
    ("97422", "des Hauts", "les Hauts de La Réunion"),
    ("97607", "de Mayotte", "les villages de Mayotte"),
]

SPECIAL_DESC = ("Initiation à l'informatique pour tous les âges, prêt d'ordinateurs portables "
                "et ateliers pour découvrir internet, l'e-mail et les démarches en ligne. "
                "Collecte et reconditionnement d'ordinateurs pour les familles.")

FORCED = [
    # Real name of a library in Paris 10e, used to exercise accent-insensitive search.
    ("75110", "75010", "media", "Médiathèque Françoise Sagan", {}),
    ("44109", "44000", "tiers", "L'Établi numérique", {}),
    ("59350", "59000", "asso", "Association Clic & Partage", {"resume": SPECIAL_DESC}),
    ("35238", "35000", "asso", "Association « Connectés ensemble »", {}),
    ("87064", "87120", "tiers", "Tiers-lieu « La Grange »", {}),
    ("75118", "75018", "emmaus", None, {}),
    ("69387", "69007", "emmaus", None, {}),
    ("13203", "13003", "emmaus", None, {}),
    ("33063", "33000", "emmaus", None, {}),
    ("76540", "76000", "ressourcerie", None, {}),
    ("14118", "14000", "ressourcerie", None, {}),
    ("21231", "21000", "ressourcerie", None, {}),
    ("69383", "69003", "ressourcerie", None, {}),
    ("34172", "34000", "ressourcerie", None, {}),
    ("97209", "97200", "media", "Médiathèque Aimé Césaire", {}),
    ("97120", "97110", "fs", None, {}),
    ("97302", "97300", "cyber", None, {}),
    ("97411", "97400", "fs", None, {}),
    ("97611", "97600", "fs", None, {}),
    ("26113", "26150", "tiers", None, {}),
]

# ---------------------------------------------------------------------------
# Name pools
# ---------------------------------------------------------------------------
PERSONS = ["Marguerite Duras", "Louise Michel", "Jean Jaurès", "Victor Hugo", "Simone Veil",
           "George Sand", "Jacques Prévert", "Albert Camus", "Colette", "Marie Curie",
           "Émile Zola", "Romain Gary", "Olympe de Gouges", "Nelson Mandela", "Paul Verlaine",
           "Boris Vian", "Hannah Arendt", "Jules Verne", "Gisèle Halimi", "Joséphine Baker",
           "Lucie Aubrac", "Germaine Tillion", "Antoine de Saint-Exupéry", "Jean de La Fontaine",
           "Andrée Chedid", "Alexandre Dumas", "Elsa Triolet", "René Char", "Marcel Pagnol",
           "Jean Giono", "Frédéric Mistral", "Aragon", "Stendhal", "Rabelais", "Molière"]
PERSONS_OVERSEAS = {
    "971": ["Maryse Condé", "Saint-John Perse", "Gerty Archimède"],
    "972": ["Édouard Glissant", "Paulette Nardal", "Frantz Fanon"],
    "973": ["Léon-Gontran Damas", "Félix Éboué"],
    "974": ["Leconte de Lisle", "Roland Garros", "Évariste de Parny"],
    "976": ["Zéna M'Déré"],
}
MQ_NAMES = ["des Tilleuls", "du Centre", "Les Glycines", "de la Roseraie", "Bellevue",
            "des Trois-Cités", "du Moulin", "Saint-Exupéry", "La Source", "Les Chênes",
            "du Parc", "des Sablons", "Jean Vilar", "Pierre Mendès France"]
CS_NAMES = ["La Passerelle", "L'Escale", "Le Phare", "Les Acacias", "Caravelle", "La Clé",
            "L'Horizon", "Le Lien", "Arc-en-ciel", "La Maison pour tous", "L'Agora",
            "Le Pont", "Les Amandiers", "La Boussole", "L'Îlot"]
ASSO_NAMES = ["Connexions solidaires", "Clic & Lien", "Num'Ensemble", "Solidarité informatique",
              "Rézo Citoyen", "Cap Numérique", "Tremplin numérique", "Pixel & Partage",
              "Bien dans ma souris", "« Les Clés du clic »", "Génération connectée",
              "Lien et Numérique", "Fil d'Ariane numérique", "D'un clic à l'autre",
              "Seniors en ligne", "Les Ateliers du Web", "Entraide numérique",
              "Le Cyber-Pont", "Coup de pouce numérique", "Numérique pour tous"]
ASSO_OVERSEAS = {
    "971": ["Kaz Numérik", "Lyannaj Numérik"],
    "972": ["Koud'Pouce Numérique", "Lanmen Numérik"],
    "973": ["Guyane Connectée", "Wi-Fleuve"],
    "974": ["Kaz Numérique", "Ansanm Numérik"],
    "976": ["Mayotte Numérique Solidaire", "Wanatsa Connect"],
}
TIERS_NAMES = ["L'Atelier des possibles", "La Fabrique numérique {de}", "Le Hangar connecté",
               "La Ruche numérique", "Le Bocal", "La Grange numérique", "L'Atelier numérique {de}",
               "La Coopérative du clic", "Le Labo des usages", "La Station", "Le Quai des savoirs numériques",
               "L'Usine à idées"]
MJC_NAMES = ["MJC Jacques Prévert", "MJC des Trois-Quartiers", "Maison des jeunes et de la culture {de}",
             "MJC Boris Vian", "MJC du Vieux Moulin", "MJC {L}", "MJC Simone Signoret", "MJC Centre-ville",
             "MJC Espace Jean Vilar", "MJC Les Hauts", "MJC {L}"]
RESSOURCERIE_NAMES = ["Ressourcerie informatique Recyclo'Num", "Le Répar'Ordi", "Atelier du réemploi informatique",
                      "Ressourcerie numérique {de}", "Ordi Solidaire {L}"]

STREETS = ["rue de la République", "place de la Mairie", "avenue du Général de Gaulle",
           "rue Victor Hugo", "boulevard Jean Jaurès", "rue Jean Moulin", "place de l'Église",
           "rue Pasteur", "rue des Écoles", "allée des Tilleuls", "avenue de la Libération",
           "rue du Maréchal Foch", "rue Gambetta", "rue de la Gare", "Grande Rue",
           "rue Nationale", "place du Marché", "rue Émile Zola", "rue du 8 Mai 1945",
           "rue Anatole France", "rue de la Paix", "place Charles de Gaulle", "rue Voltaire",
           "rue des Lilas", "impasse des Acacias", "rue Paul Bert", "rue Louise Michel",
           "avenue Aristide Briand", "rue Jules Ferry", "rue du Docteur Schweitzer",
           "cours de la Liberté", "quai des Arts", "rue d'Alsace", "rue de l'Hôtel de Ville"]
VILLAGE_STREETS = ["place de la Mairie", "rue de l'Église", "Grande Rue", "place du Champ de Foire",
                   "rue du Stade", "chemin des Écoliers", "place du Village", "rue du Lavoir",
                   "rue du Château", "route de la Gare", "rue des Tanneurs", "place de la Halle"]
STREETS_OVERSEAS = {
    "971": ["rue Victor Schœlcher", "boulevard Légitimus", "rue Achille René-Boisneuf",
            "rue Lamartine", "avenue des Caraïbes", "lotissement Les Flamboyants", "rue Félix Éboué"],
    "972": ["rue Victor Schœlcher", "rue Ernest Deproge", "boulevard Allègre", "rue Lamartine",
            "route de la Pointe des Sables", "rue Félix Éboué", "cité Bon Air"],
    "973": ["avenue du Général de Gaulle", "rue Lallouette", "boulevard Jubelin",
            "rue Christophe Colomb", "avenue Félix Éboué", "rue Léopold Héder", "route de Baduel"],
    "974": ["rue de Paris", "rue Jean Chatel", "rue Maréchal Leclerc", "rue des Bons Enfants",
            "chemin des Barrières", "rue Juliette Dodu", "rue Roland Garros", "rue Mahatma Gandhi"],
    "976": ["rue du Commerce", "place de la République", "route nationale 1", "rue de l'Hôpital",
            "boulevard des Crabes", "rue de la Mairie", "chemin de la Mosquée"],
}
COMPLEMENTS = ["Rez-de-chaussée", "1er étage", "2e étage, porte droite", "Bâtiment B",
               "Entrée par la cour", "Dans les locaux de la mairie", "Centre commercial Les Arcades",
               "À côté de la poste", "Salle polyvalente", "Résidence Les Glycines", "Local n° 4",
               "Espace Jean Vilar", "Au fond du parking", "Accès par l'arrière du bâtiment"]

HORAIRES = [
    "Mo-Fr 09:00-12:00,14:00-17:00",
    "Tu,Th 14:00-18:00; Sa 09:00-12:00",
    "Mo-Fr 08:30-12:30,13:30-17:00; Sa 09:00-12:00",
    "We 13:30-17:30",
    "Mo-Sa 10:00-19:00",
    "Mo-Fr 09:00-12:00,14:00-17:00; PH off",
    "Tu-Sa 10:00-18:00; PH off",
    "Tu,Fr 14:00-18:00; We,Sa 10:00-12:30,14:00-18:00",
    "Mo-Th 09:00-12:00,13:30-17:30; Fr 09:00-12:00",
    "Mo,We,Fr 09:00-12:30",
    "Tu 13:30-17:00; Th 09:00-12:00",
    "Mo-Fr 08:00-12:00,13:30-16:30; PH off",
    "Tu-Fr 10:00-12:00,14:00-18:30; Sa 10:00-17:00",
    "Mo-Fr 09:00-17:00",
    "Mo,Tu,Th,Fr 08:30-12:00,13:30-17:00; We 08:30-12:00",
    "Tu,We,Fr 14:00-18:00; Sa 10:00-12:00,14:00-17:00; PH off",
]
HORAIRES_LATE = [
    "Mo-Fr 09:00-20:00; Sa 10:00-18:00; Su 14:00-18:00",
    "Tu-Fr 12:00-19:00; Sa 10:00-18:00; Su 10:00-13:00",
    "Mo-Fr 14:00-21:00",
    "Tu-Sa 10:00-19:00; Su 14:00-18:00; PH off",
    "Mo-Fr 10:00-22:00; Sa,Su 10:00-19:00",
]
HORAIRES_OVERSEAS = [
    "Mo-Fr 07:30-12:30,14:00-16:30",
    "Mo-Th 07:30-13:00,14:00-16:00; Fr 07:30-12:30",
    "Mo-Fr 07:00-13:00",
    "Mo,Tu,Th 07:30-12:00,13:30-16:30; We,Fr 07:30-12:00; PH off",
    "Tu-Sa 08:30-12:30,14:00-17:30",
]
HORAIRES_BUS = [
    "Mo 09:00-12:00; We 14:00-17:00; Fr 09:00-12:00",
    "Tu,Th 09:30-12:30,13:30-16:30",
    "Mo-Fr 09:00-12:00,13:30-16:30; PH off",
    "We 09:00-12:00; Sa 09:00-12:00",
]

# ---------------------------------------------------------------------------
# Venue kinds
# typologie: weighted choices; core/opt services; dispositifs with probabilities.
# ---------------------------------------------------------------------------
KINDS = {
    "epn": dict(typo=[("MUNI", 5), ("EPCI", 2), ("MUNI|EPCI", 1)], core=["MO"],
                opt={"AI": .7, "DA": .5, "US": .4, "LC": .3, "CM": .2, "IP": .2},
                disp={"Conseillers numériques": .6, "Aidants Connect": .2, "Certification PIX": .2}),
    "media": dict(typo=[("BIB|MUNI", 5), ("BIB", 2), ("BIB|EPCI", 2)], core=["AI"],
                  opt={"MO": .6, "LC": .6, "CM": .3, "PE": .25, "DA": .3},
                  disp={"Conseillers numériques": .35, "Bibliothèques numérique de référence": .25,
                        "Certification PIX": .1}),
    "fs": dict(typo=[("MUNI", 4), ("EPCI", 3), ("AUTRE", 1), ("ASSO", 1)], core=["DA"],
               opt={"MO": .6, "AI": .5, "US": .2, "IP": .2},
               disp={"France Services": 1.0, "Aidants Connect": .6, "Conseillers numériques": .5}),
    "mq": dict(typo=[("MQ", 4), ("MQ|MUNI", 2), ("MQ|ASSO", 2)], core=["MO"],
               opt={"DA": .65, "PE": .3, "IP": .3, "US": .2, "AI": .3, "LC": .2},
               disp={"Conseillers numériques": .5, "Aidants Connect": .25, "Promeneurs du net": .1}),
    "cs": dict(typo=[("CS", 4), ("CS|ASSO", 3)], core=["DA"],
               opt={"MO": .7, "PE": .35, "IP": .3, "US": .2, "AI": .3},
               disp={"Conseillers numériques": .55, "Aidants Connect": .3,
                     "Point d'accès numérique CAF": .3, "Promeneurs du net": .15}),
    "asso": dict(typo=[("ASSO", 1)], core=["MO"],
                 opt={"DA": .5, "US": .45, "IP": .3, "CM": .25, "PE": .15, "AI": .2, "AM": .08},
                 disp={"Conseillers numériques": .5, "Aidants Connect": .2,
                       "Relais numérique (Emmaüs Connect)": .1, "Certification PIX": .1,
                       "Grande école du numérique": .05}),
    "cyber": dict(typo=[("EPCI", 3), ("MUNI", 2)], core=["MO", "AI"],
                  opt={"IP": .4, "US": .3, "LC": .3, "DA": .3},
                  disp={"Conseillers numériques": .5, "Certification PIX": .3,
                        "Grande école du numérique": .1}),
    "caf": dict(typo=[("CAF", 1)], core=["DA"], opt={"AI": .6, "MO": .3},
                disp={"Point d'accès numérique CAF": 1.0, "Aidants Connect": .2}),
    "mjc": dict(typo=[("MJC", 3), ("MJC|ASSO", 2)], core=["LC"],
                opt={"PE": .45, "MO": .4, "IP": .3, "CM": .35},
                disp={"Promeneurs du net": .6, "Conseillers numériques": .3, "Certification PIX": .15}),
    "tiers": dict(typo=[("TIERS_LIEUX|ASSO", 3), ("TIERS_LIEUX", 2)], core=["CM"],
                  opt={"LC": .6, "AI": .5, "MO": .4, "IP": .3, "AM": .15},
                  disp={"Conseillers numériques": .4, "Grande école du numérique": .2,
                        "Certification PIX": .15}),
    "ccas": dict(typo=[("CCAS", 1)], core=["DA"], opt={"MO": .6, "US": .3},
                 disp={"Aidants Connect": .5, "Conseillers numériques": .5,
                       "Point d'accès numérique CAF": .15}),
    "pimms": dict(typo=[("PIMMS", 2), ("PIMMS|ASSO", 1)], core=["DA"], opt={"MO": .5, "US": .3},
                  disp={"France Services": .4, "Aidants Connect": .5, "Conseillers numériques": .4}),
    "emmaus": dict(typo=[("ASSO", 1)], core=["AM"], opt={"MO": .6, "DA": .4, "US": .3, "AI": .4},
                   disp={"Emmaüs Connect": 1.0, "Conseillers numériques": .3}),
    "croixrouge": dict(typo=[("ASSO", 1)], core=["DA"], opt={"MO": .5, "US": .2},
                       disp={"La Croix Rouge": 1.0, "Aidants Connect": .3, "Conseillers numériques": .3}),
    "ressourcerie": dict(typo=[("ASSO", 2), ("ASSO|AUTRE", 1)], core=["AM"],
                         opt={"AI": .5, "MO": .3, "CM": .2},
                         disp={"Conseillers numériques": .2, "Relais numérique (Emmaüs Connect)": .2}),
    "mairie": dict(typo=[("MUNI", 1)], core=["DA"], opt={"MO": .5, "AI": .4},
                   disp={"Conseillers numériques": .5, "Aidants Connect": .3}),
    "dept": dict(typo=[("DEPT", 1)], core=["DA"], opt={"MO": .6, "US": .3, "PE": .2},
                 disp={"Conseillers numériques": .6, "Aidants Connect": .4}),
    "bus": dict(typo=[("DEPT", 3), ("DEPT|ASSO", 1), ("EPCI", 1), ("ASSO", 1)], core=["DA", "MO"],
                opt={"US": .3, "AI": .3},
                disp={"Conseillers numériques": .8, "France Services": .3, "Aidants Connect": .4}),
}

KIND_WEIGHTS = {
    "city": [("epn", 9), ("media", 11), ("mq", 8), ("cs", 10), ("asso", 14), ("fs", 6),
             ("caf", 3), ("mjc", 4), ("tiers", 6), ("ccas", 4), ("pimms", 3),
             ("croixrouge", 2), ("cyber", 2), ("dept", 2)],
    "town": [("fs", 14), ("media", 12), ("epn", 10), ("cs", 6), ("asso", 8), ("cyber", 5),
             ("caf", 3), ("mjc", 3), ("tiers", 4), ("ccas", 4), ("pimms", 1), ("croixrouge", 1),
             ("dept", 2)],
    "village": [("fs", 14), ("media", 8), ("epn", 6), ("asso", 5), ("tiers", 4), ("cyber", 4),
                ("mairie", 5)],
}

RESUMES = {
    "epn": [
        "L'espace public numérique {de} propose un accès libre aux ordinateurs, une imprimante et des ateliers pour apprendre à utiliser un smartphone, une tablette ou un ordinateur.",
        "Ateliers d'initiation (souris, clavier, e-mail, internet), accompagnement individuel sur rendez-vous et accès libre aux postes. Débutants et seniors bienvenus.",
        "Un animateur numérique vous aide à créer votre adresse e-mail, à classer vos photos, à utiliser les visioconférences et à faire vos démarches administratives en ligne.",
    ],
    "media": [
        "La médiathèque met à disposition des postes informatiques, le wifi gratuit et propose chaque semaine des ateliers numériques : tablette, smartphone, retouche photo, jeux vidéo.",
        "Accès internet, service d'impression et accompagnement aux démarches en ligne pendant les heures d'ouverture. Ateliers « Café numérique » un samedi par mois.",
        "Postes en accès libre, liseuses et tablettes à emprunter, ateliers d'initiation à l'ordinateur pour les seniors et sessions de découverte de la programmation pour les enfants.",
    ],
    "fs": [
        "Guichet unique pour vos démarches administratives : impôts, CAF, Ameli, France Travail, retraite, carte grise. Des agents France Services vous accompagnent gratuitement, avec ou sans rendez-vous.",
        "Accueil, information et accompagnement dans vos démarches en ligne (CAF, impôts, Ameli, ANTS, France Travail). Un ordinateur et une imprimante sont en libre accès.",
        "Besoin d'aide pour déclarer vos impôts, demander une aide au logement ou créer votre compte Ameli ? L'équipe France Services vous reçoit et vous accompagne pas à pas.",
    ],
    "mq": [
        "Permanences numériques à la maison de quartier : aide pour créer une adresse e-mail, utiliser son smartphone, consulter son compte CAF ou Ameli et faire ses démarches administratives.",
        "La maison de quartier accueille les habitants pour des ateliers numériques conviviaux : prise en main de la tablette, recherche d'emploi sur France Travail, échanges avec les familles.",
    ],
    "cs": [
        "Le centre social accompagne les habitants dans leurs démarches en ligne (CAF, impôts, France Travail) et anime des ateliers parents-enfants autour des écrans et du numérique.",
        "Accompagnement individuel aux démarches administratives, ateliers smartphone pour les seniors et espace multimédia en accès libre pour les habitants du quartier.",
    ],
    "asso": [
        "Notre association aide les seniors et les débutants à prendre en main smartphone, tablette et ordinateur : ateliers en petits groupes, accompagnement individuel et conseils pour éviter les arnaques.",
        "Des bénévoles vous accompagnent pour vos démarches en ligne, la création d'une adresse e-mail, l'utilisation d'Ameli et la sécurité de vos comptes. Adhésion symbolique.",
        "Ateliers numériques pour tous : découvrir internet, envoyer un e-mail, faire une visioconférence, protéger ses données personnelles et repérer les tentatives d'hameçonnage.",
    ],
    "cyber": [
        "La Cyber-base offre un accès à internet, des postes bureautiques et un programme d'ateliers : traitement de texte, recherche d'emploi, CV en ligne, France Travail, sécurité sur internet.",
        "Espace multimédia intercommunal : initiation à l'ordinateur, ateliers tablette pour les seniors, accès libre aux postes et service d'impression pour vos démarches.",
    ],
    "caf": [
        "Point numérique CAF : un ordinateur en libre-service et un accompagnement pour consulter votre compte, déclarer vos ressources trimestrielles et télécharger une attestation.",
        "Borne et poste informatique pour accéder à caf.fr, simuler vos droits, faire une demande de prime d'activité ou d'aide au logement, avec l'aide d'un agent si besoin.",
    ],
    "mjc": [
        "La MJC propose des ateliers de création numérique pour les jeunes (vidéo, programmation, jeux vidéo) et un accompagnement des familles sur les usages des écrans.",
        "Fablab, studio de musique assistée par ordinateur et ateliers d'éducation aux médias : la MJC accueille les jeunes et leurs parents pour apprendre en s'amusant.",
    ],
    "tiers": [
        "Tiers-lieu avec fablab, coworking et ateliers numériques : impression 3D, réparation d'ordinateurs, découverte de l'intelligence artificielle et des logiciels libres.",
        "Un lieu ouvert et convivial pour se former au numérique, réparer son matériel, imprimer ses documents et participer à des ateliers de création (vidéo, photo, code).",
    ],
    "ccas": [
        "Le CCAS accompagne les personnes en difficulté avec le numérique pour l'accès aux droits : dossiers de logement social, CAF, Ameli, retraite. Sur rendez-vous.",
        "Permanences d'aide aux démarches administratives en ligne pour les personnes âgées et les familles suivies par le CCAS, avec prêt de tablettes à domicile.",
    ],
    "pimms": [
        "Le point d'information médiation multi-services vous aide à comprendre vos factures, à effectuer vos démarches en ligne et à utiliser les services publics numériques.",
        "Médiateurs disponibles pour vos démarches auprès de la CAF, d'Ameli, de France Travail et des fournisseurs d'énergie. Ordinateurs en libre-service.",
    ],
    "emmaus": [
        "Accompagnement des personnes en situation de précarité : recharges solidaires, vente de smartphones et d'ordinateurs reconditionnés à prix solidaire et ateliers pour gagner en autonomie.",
    ],
    "croixrouge": [
        "L'unité locale de la Croix-Rouge française propose un accompagnement aux démarches administratives en ligne et des ateliers d'initiation au smartphone pour les personnes isolées.",
    ],
    "ressourcerie": [
        "Atelier de reconditionnement : vente d'ordinateurs et de tablettes à prix solidaire pour les bénéficiaires des minima sociaux, avec une prise en main offerte à l'achat.",
        "Nous collectons les ordinateurs des entreprises, les reconditionnons et les revendons à petit prix. Ateliers de réparation et d'initiation ouverts à tous.",
    ],
    "mairie": [
        "Un point numérique est installé à la mairie : ordinateur en accès libre, scanner et accompagnement par le conseiller numérique pour vos démarches administratives.",
        "La mairie met à disposition un poste informatique et une imprimante ; le conseiller numérique assure une permanence pour les démarches en ligne et l'usage du smartphone.",
    ],
    "dept": [
        "La maison départementale des solidarités accompagne les usagers pour l'accès aux droits en ligne : RSA, APA, CAF, Ameli, avec des travailleurs sociaux et un conseiller numérique.",
    ],
    "bus": [
        "Le bus numérique sillonne {route} et s'arrête sur les places de village : aide aux démarches administratives, prise en main des outils numériques, avec ou sans rendez-vous.",
    ],
}
DETAIL_SENTENCES = [
    "Le conseiller numérique reçoit sur rendez-vous le mardi et le jeudi.",
    "Des ateliers collectifs sont organisés chaque semaine : découvrir Ameli et Mon espace santé, sécuriser ses mots de passe, faire une visioconférence avec ses proches.",
    "Le lieu est accessible aux personnes à mobilité réduite.",
    "Un service d'impression et de numérisation est disponible (10 pages gratuites par jour).",
    "Pensez à apporter vos identifiants, une pièce d'identité et vos justificatifs pour les démarches en ligne.",
    "Des sessions « Premiers pas sur l'ordinateur » ont lieu en petits groupes de six personnes.",
    "Le wifi est gratuit et des tablettes peuvent être prêtées sur place.",
    "Un accompagnement à la recherche d'emploi est proposé avec France Travail : CV, lettre de motivation, candidature en ligne.",
    "Les parents peuvent se faire aider pour utiliser l'espace numérique de travail (ENT) du collège et Pronote.",
    "Des permanences ont lieu chaque mois dans les communes voisines.",
    "Ateliers de sensibilisation aux arnaques en ligne et à la protection des données personnelles.",
    "L'équipe peut vous aider à créer votre identité numérique La Poste et à utiliser FranceConnect.",
]
DETAIL_OVERSEAS = {
    "971": "Accompagnement possible en créole.",
    "972": "Accompagnement possible en créole.",
    "973": "Accompagnement possible en créole guyanais, en portugais et en sranan tongo.",
    "974": "Accompagnement possible en créole réunionnais.",
    "976": "Accompagnement possible en shimaoré et en kibushi.",
}
AUTRES_LABELS = ["Label Numérique Inclusif", "Pass numérique (chèques APTIC)",
                 "Label régional Tiers-lieux", "Formation PIX+ Édu", "Label « Ville Internet »"]

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def slug(s):
    s = strip_accents(s).lower().replace("œ", "oe").replace("æ", "ae")
    out, dash = [], False
    for ch in s:
        if ch.isascii() and ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


STOP = {"association", "centre", "social", "maison", "de", "du", "des", "la", "le", "les", "l",
        "d", "quartier", "et", "a", "en", "pour", "the", "mediatheque", "bibliotheque"}


def short_slug(name, n=3):
    toks = [t for t in slug(name).split("-") if t and t not in STOP]
    return "-".join(toks[:n]) or slug(name)


def de(name):
    """French 'de <name>' with elision and contraction."""
    if name.startswith("Le "):
        return "du " + name[3:]
    if name.startswith("Les "):
        return "des " + name[4:]
    if name.startswith("La ") or name.startswith("L'"):
        return "de " + name
    first = strip_accents(name[0]).lower()
    if first in "aeiouyh":
        return "d'" + name
    return "de " + name


def de_quarter(q):
    """'de <quarter>' with a lower-case article: 'de la Goutte d'Or', 'des Minimes'."""
    for art, rep in (("Le ", "du "), ("Les ", "des "), ("La ", "de la "), ("L'", "de l'")):
        if q.startswith(art):
            return rep + q[len(art):]
    return de(q)


def council(dept):
    """Name of the collectivity exercising the départemental competences."""
    special = {"75": "Ville de Paris", "2A": "Collectivité de Corse", "2B": "Collectivité de Corse",
               "972": "Collectivité territoriale de Martinique",
               "973": "Collectivité territoriale de Guyane"}
    return special.get(dept, "Conseil départemental " + DEPTS[dept][0])


def dept_of(insee):
    return insee[:3] if insee.startswith("97") else insee[:2]


def luhn_sum(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total


def luhn_complete(payload):
    for check in "0123456789":
        if luhn_sum(payload + check) % 10 == 0:
            return payload + check
    raise AssertionError


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used_names = {}  # commune name -> venue names already used there
        self.siren_by_collectivity = {}
        self.used_ids = set()

    # --- random helpers ---
    def chance(self, p):
        return self.r.random() < p

    def wchoice(self, pairs):
        total = sum(w for _, w in pairs)
        x = self.r.random() * total
        for v, w in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][0]

    # --- identifiers ---
    def siren(self, first):
        payload = first + "".join(str(self.r.randint(0, 9)) for _ in range(8 - len(first)))
        return luhn_complete(payload)

    def siret(self, siren):
        nic = "".join(str(self.r.randint(0, 9)) for _ in range(4))
        if nic == "0000":
            nic = "0001"
        return luhn_complete(siren + nic)

    def collectivity_siren(self, key, first):
        if key not in self.siren_by_collectivity:
            self.siren_by_collectivity[key] = self.siren(first)
        return self.siren_by_collectivity[key]

    def rna(self, dept):
        return "W" + dept + str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(6))

    def pivot(self, kind, typo, commune):
        dept = dept_of(commune["insee"])
        main = typo.split("|")[0]
        if main in ("MUNI", "BIB", "CCAS") or (main == "MQ" and "MUNI" in typo):
            siren = self.collectivity_siren(("commune", commune["nom"], dept), "21")
        elif main == "EPCI":
            siren = self.collectivity_siren(("epci", commune["nom"], dept), "20")
        elif main == "DEPT":
            siren = self.collectivity_siren(("dept", dept), "22")
        elif main == "CAF":
            siren = self.collectivity_siren(("caf", dept), "7" + str(self.r.randint(7, 8)))
        else:
            if kind in ("asso", "tiers", "mjc") and not dept.startswith("97") and dept.isdigit() \
                    and self.chance(.2):
                return self.rna(dept)
            siren = self.siren(self.r.choice(["3", "4", "5", "7", "8"]))
        return self.siret(siren)

    def phone(self, commune):
        dept = dept_of(commune["insee"])
        if dept in OVERSEAS_PHONE:
            head = OVERSEAS_PHONE[dept]
        elif self.chance(.06):
            head = "+339" + self.r.choice(["51", "52", "53", "70", "72", "77", "80", "81", "82", "84"])
        else:
            prefixes = PHONE_OVERRIDE.get(commune["insee"], DEPTS[dept][1])
            head = "+33" + self.r.choice(prefixes)
        pairs = [self.r.randint(10, 99) for _ in range(3)]
        blocks = OVERSEAS_BLOCKS.get(dept)
        if blocks:
            pairs[0] = blocks[pairs[0] % len(blocks)]
        if pairs[0] == pairs[1] == pairs[2]:
            pairs[2] = (pairs[2] % 89) + 11
        return head + "".join("%02d" % p for p in pairs)

    def date(self):
        start = datetime.date(2024, 1, 1)
        end = datetime.date(2026, 10, 31)
        return (start + datetime.timedelta(days=self.r.randint(0, (end - start).days))).isoformat()

    def jitter(self, commune):
        radius = JITTER_KM[commune["size"]]
        angle = self.r.random() * 2 * math.pi
        dist = radius * math.sqrt(self.r.random())
        dlat = dist * math.cos(angle) / 111.32
        dlon = dist * math.sin(angle) / (111.32 * math.cos(math.radians(commune["lat"])))
        return "%.5f" % (commune["lat"] + dlat), "%.5f" % (commune["lon"] + dlon)

    # --- names ---
    def pick_quarter(self, commune, idx):
        """A quarter of the commune to name the venue after, or None."""
        q = commune["quarters"]
        if not q:
            return None
        if commune["nom"] in ("Paris", "Lyon", "Marseille", "Toulouse"):
            return q[idx % len(q)] if self.chance(.6) else None
        return q[(idx - 1) % len(q)] if idx > 0 else None

    def make_name(self, kind, commune, idx):
        dept = dept_of(commune["insee"])
        label = commune["label"]
        used = self.used_names.setdefault(commune["nom"], set())
        for attempt in range(12):
            quarter = self.pick_quarter(commune, idx + attempt)
            # venues of the neighbourhood kind are named after the quarter ...
            L = quarter or label
            d = de_quarter(quarter) if quarter else de(label)
            # ... institutions after the commune (or "<city> <quarter>" in big cities)
            inst = label
            if quarter and commune["nom"] not in ("Paris", "Lyon", "Marseille") and self.chance(.6):
                inst = commune["nom"] + " " + quarter
            if kind == "epn":
                name = self.r.choice(["Espace public numérique {de}", "EPN {L}", "Espace numérique {L}",
                                      "Espace public numérique {de}"]).format(de=d, L=L)
            elif kind == "media":
                pool = PERSONS_OVERSEAS.get(dept, PERSONS)
                templates = ["Médiathèque {p}", "Médiathèque {p}", "Bibliothèque {p}"]
                if quarter or label == commune["nom"]:
                    templates.append("Médiathèque {de}")
                name = self.r.choice(templates).format(p=self.r.choice(pool), de=d)
                if commune["size"] == "V" and self.chance(.4):
                    name = "Médiathèque intercommunale " + de(label)
            elif kind == "fs":
                name = self.r.choice(["France Services {L}", "France Services {L}",
                                      "Maison France Services {de}", "Espace France Services {L}"]
                                     ).format(L=inst, de=de(inst))
            elif kind == "mq":
                if quarter and self.chance(.6):
                    name = "Maison de quartier " + de_quarter(quarter)
                else:
                    name = "Maison de quartier " + self.r.choice(MQ_NAMES)
            elif kind == "cs":
                name = "Centre social " + self.r.choice(CS_NAMES)
            elif kind == "asso":
                pool = ASSO_NAMES + ASSO_OVERSEAS.get(dept, []) * 3
                name = "Association " + self.r.choice(pool)
            elif kind == "cyber":
                name = "Cyber-base " + inst
            elif kind == "caf":
                name = self.r.choice(["Point numérique CAF {L}", "Point numérique CAF {L}",
                                      "Point numérique CAF – Agence {de}"]).format(L=inst, de=de(inst))
            elif kind == "mjc":
                name = self.r.choice(MJC_NAMES).format(L=L, de=d)
            elif kind == "tiers":
                name = self.r.choice(TIERS_NAMES).format(de=d)
            elif kind == "ccas":
                if commune["nom"] == "Paris":
                    name = "Centre d'action sociale de la Ville de Paris – Espace numérique " + label
                else:
                    name = self.r.choice(["CCAS {de} – Espace numérique", "Espace numérique du CCAS {de}"]
                                         ).format(de=de(commune["nom"]))
            elif kind == "pimms":
                name = self.r.choice(["PIMMS Médiation {L}", "Point Information Médiation Multi Services {L}"]
                                     ).format(L=inst)
            elif kind == "emmaus":
                name = "Emmaüs Connect " + (quarter or commune["nom"])
            elif kind == "croixrouge":
                name = "Croix-Rouge française – Unité locale " + de(label)
            elif kind == "ressourcerie":
                name = self.r.choice(RESSOURCERIE_NAMES).format(L=L, de=d)
            elif kind == "mairie":
                name = self.r.choice(["Point numérique de la mairie {de}", "Mairie {de} – Point numérique"]
                                     ).format(de=de(label))
            elif kind == "dept":
                name = "Maison départementale des solidarités " + de(inst)
            else:
                raise ValueError(kind)
            if name not in used:
                return name
        # fallback: qualify with the place
        base = name + " – " + label
        n = 2
        name = base
        while name in used:
            name = "%s (%d)" % (base, n)
            n += 1
        return name

    # --- contact data ---
    def domains(self, kind, name, commune, extra):
        cs = slug(commune["label"])
        ns = short_slug(name)
        if kind == "media":
            return [("mediatheque", "ville-" + cs + ".fr"), ("bibliotheque", "mairie-" + cs + ".fr")]
        if kind == "epn":
            return [("contact", "epn-" + cs + ".fr"), ("epn", "mairie-" + cs + ".fr")]
        if kind == "fs":
            return [("france-services", "mairie-" + cs + ".fr"), ("franceservices", "cc-" + cs + ".fr")]
        if kind == "caf":
            return [("point-numerique", "caf-" + cs + ".fr")]
        if kind == "ccas":
            return [("ccas", "ville-" + cs + ".fr")]
        if kind == "pimms":
            return [("contact", "pimms-" + cs + ".fr")]
        if kind == "emmaus":
            return [("contact", "emmaus-connect-" + cs + ".fr")]
        if kind == "croixrouge":
            return [("ul." + cs, "croix-rouge-" + cs + ".fr")]
        if kind == "cyber":
            return [("cyberbase", "agglo-" + cs + ".fr")]
        if kind == "mairie":
            return [("accueil", "mairie-" + cs + ".fr")]
        if kind == "dept":
            return [("mds-" + cs, "departement-" + slug(DEPTS[dept_of(commune["insee"])][0]) + ".fr")]
        if kind == "bus":
            return [("busnumerique", "bus-numerique-" + slug(extra["territoire"]) + ".fr")]
        return [(self.r.choice(["contact", "accueil", "bonjour"]), ns + self.r.choice([".fr", ".fr", ".org"]))]

    def emails(self, kind, name, commune, extra):
        if not self.chance(.82):
            return ""
        local, dom = self.r.choice(self.domains(kind, name, commune, extra))
        first = "%s@%s" % (local, dom)
        if self.chance(.18):
            second = self.r.choice(["direction", "conseiller.numerique", "mediation", "inscriptions"])
            return first + "|" + "%s@%s" % (second, dom)
        return first

    def site(self, kind, name, commune, extra):
        if not self.chance(.6):
            return ""
        _, dom = self.r.choice(self.domains(kind, name, commune, extra))
        url = "https://www." + dom + self.r.choice(["/", "/", "/mediation-numerique", "/ateliers-numeriques"])
        if self.chance(.15):
            url += "|https://www.facebook.com/" + short_slug(name).replace("-", "") + slug(commune["label"]).replace("-", "")
        return url

    def address(self, commune):
        dept = dept_of(commune["insee"])
        if dept in STREETS_OVERSEAS:
            street = self.r.choice(STREETS_OVERSEAS[dept])
        elif commune["size"] == "V":
            street = self.r.choice(VILLAGE_STREETS)
        else:
            street = self.r.choice(STREETS)
        if self.chance(.15):
            return street[0].upper() + street[1:]
        num = str(self.r.randint(1, 60 if commune["size"] == "V" else 180))
        if self.chance(.06):
            num += self.r.choice([" bis", " ter"])
        return num + " " + street

    def horaires(self, kind, commune):
        dept = dept_of(commune["insee"])
        if self.chance(.07):
            return ""
        if kind == "bus":
            return self.r.choice(HORAIRES_BUS)
        if kind == "media" and self.chance(.35) or kind in ("tiers", "mjc") and self.chance(.25):
            return self.r.choice(HORAIRES_LATE)
        if dept.startswith("97") and self.chance(.7):
            return self.r.choice(HORAIRES_OVERSEAS)
        if self.chance(.04):
            return self.r.choice(HORAIRES_LATE)
        return self.r.choice(HORAIRES)

    # --- content ---
    def services(self, kind):
        spec = KINDS[kind]
        chosen = list(spec["core"])
        opts = list(spec["opt"].items())
        self.r.shuffle(opts)
        for key, p in opts:
            if len(chosen) >= 4:
                break
            if self.chance(p):
                chosen.append(key)
        return [SERVICES[k] for k in SERVICE_ORDER if k in chosen]

    def dispositifs(self, kind):
        out = [d for d, p in KINDS[kind]["disp"].items() if self.chance(p)]
        return [d for d in DISPOSITIFS if d in out]

    def formations(self, kind, commune):
        dept = dept_of(commune["insee"])
        keys = []
        if self.chance(.15):
            keys.append("MES")
        if self.chance(.05):
            keys.append("DUPLEX")
        if dept in REGION_BFC and self.chance(.45):
            keys.append("ARNIA")
        if dept in REGION_NORMANDIE and kind in ("ressourcerie", "tiers", "asso", "epn") and self.chance(.6):
            keys.append("NORMANDIE")
        if self.chance(.015):
            keys.append("POSTE")
        if kind == "tiers" and self.chance(.5):
            keys.append("FABRIQUES")
        if dept == "26" and self.chance(.8):
            keys.append("ECLAIREURS")
        if commune["insee"] in LYON_METRO and self.chance(.5):
            keys.append("MESPAPIERS")
        if kind in ("ressourcerie", "emmaus") and self.chance(.6):
            keys.append("ORDI")
        if dept in REGION_PACA and kind in ("tiers", "epn", "asso", "cyber") and self.chance(.4):
            keys.append("SUDLABS")
        return [FORMATIONS[k] for k in FORMATION_ORDER if k in keys]

    def frais(self, kind):
        if kind == "ressourcerie":
            return self.r.choice(["Gratuit|Payant", "Payant", "Gratuit sous condition|Payant"])
        if kind == "emmaus":
            return self.r.choice(["Gratuit sous condition", "Gratuit sous condition|Payant"])
        if kind in ("mjc", "tiers") and self.chance(.35):
            return self.r.choice(["Payant", "Gratuit|Payant"])
        if kind == "asso" and self.chance(.25):
            return self.r.choice(["Gratuit sous condition", "Payant"])
        return self.wchoice([("Gratuit", 84), ("Gratuit sous condition", 12), ("Payant", 4)])

    def publics(self, kind):
        if kind == "mjc" and self.chance(.6):
            return ["Jeunes"] + (["Familles et/ou enfants"] if self.chance(.4) else [])
        if self.chance(.12):
            return sorted(self.r.sample(PUBLICS, self.r.randint(1, 2)), key=PUBLICS.index)
        return []

    def prise_en_charge(self, commune):
        dept = dept_of(commune["insee"])
        out = []
        if dept.startswith("97") and self.chance(.45):
            out.append("Langues étrangères (autres)")
        if self.chance(.25):
            out += self.r.sample(PRISE_EN_CHARGE, self.r.randint(1, 3))
        return [v for v in PRISE_EN_CHARGE if v in out]

    def resume(self, kind, commune, extra):
        text = self.r.choice(RESUMES[kind]).format(de=de(commune["label"]), route=extra.get("route", ""))
        assert len(text) <= 280, (len(text), text)
        return text

    def detail(self, kind, commune):
        dept = dept_of(commune["insee"])
        if not self.chance(.45) and not (dept.startswith("97") and self.chance(.5)):
            return ""
        parts = self.r.sample(DETAIL_SENTENCES, self.r.randint(2, 4))
        if dept in DETAIL_OVERSEAS:
            parts.append(DETAIL_OVERSEAS[dept])
        if kind == "bus":
            parts.insert(0, "Le calendrier des arrêts est publié chaque mois sur le site et affiché dans les mairies.")
        return " ".join(parts)

    def structure_parente(self, kind, typo, commune, extra):
        dept = dept_of(commune["insee"])
        if kind == "bus":
            return council(dept) if typo.startswith("DEPT") else ""
        if not self.chance(.45):
            return ""
        if kind == "emmaus":
            return "Emmaüs Connect"
        if kind == "croixrouge":
            return "Croix-Rouge française"
        if kind == "caf":
            return "CAF " + DEPTS[dept][0]
        if kind == "dept":
            return council(dept)
        if kind == "cs":
            return "Fédération des centres sociaux " + DEPTS[dept][0]
        main = typo.split("|")[0]
        if main in ("MUNI", "BIB", "CCAS") or "MUNI" in typo:
            return "Ville " + de(commune["nom"])
        if main == "EPCI":
            if commune["nom"] in METROPOLES:
                return METROPOLES[commune["nom"]]
            if commune["nom"] == "Paris":
                return ""
            kind_epci = "Communauté de communes " if commune["size"] == "V" else "Communauté d'agglomération "
            return kind_epci + de(commune["nom"])
        return ""

    def modalites_acces(self, kind, phone, emails, rdv):
        if not self.chance(.9):
            return []
        out = []
        if kind != "ccas" or self.chance(.5):
            out.append("Se présenter")
        if phone and self.chance(.7):
            out.append("Téléphoner")
        if emails and self.chance(.35):
            out.append("Contacter par mail")
        if rdv:
            out.append("Prendre un RDV en ligne")
        if kind in ("emmaus", "ccas") and self.chance(.6):
            out.append("Envoyer un mail avec une fiche de prescription")
        if not out:
            out.append("Se présenter")
        return [v for v in MODALITES_ACCES if v in out]

    def modalites_accompagnement(self, kind):
        if not self.chance(.9):
            return []
        probs = {"En autonomie": .45, "Accompagnement individuel": .8,
                 "Dans un atelier collectif": .5, "À distance": .15}
        if kind in ("media", "cyber", "epn"):
            probs["En autonomie"] = .8
        if kind in ("mjc", "tiers", "asso"):
            probs["Dans un atelier collectif"] = .8
        out = [m for m in MODALITES_ACCOMPAGNEMENT if self.chance(probs[m])]
        return out or ["Accompagnement individuel"]

    # --- one venue ---
    def venue(self, kind, commune, idx, name=None, extra=None):
        extra = extra or {}
        spec = KINDS[kind]
        dept = dept_of(commune["insee"])
        if name is None:
            name = self.make_name(kind, commune, idx)
        self.used_names.setdefault(commune["nom"], set()).add(name)
        typo = self.wchoice(spec["typo"])
        lat, lon = self.jitter(commune)
        phone = self.phone(commune) if self.chance(.85) else ""
        emails = self.emails(kind, name, commune, extra)
        rdv = ""
        if self.chance(.2):
            if kind in ("ccas", "cs", "dept"):
                rdv = "https://www.rdv-solidarites.fr/prendre_rdv?departement=%s&city_code=%s" % (dept, commune["insee"])
            else:
                rdv = "https://www.rdv-aide-numerique.fr/prendre_rdv?departement=%s&city_code=%s" % (dept, commune["insee"])
        fiche = ""
        if kind != "bus" and self.chance(.3):
            activity = "bibliotheque-mediatheque" if kind == "media" else "espace-public-numerique"
            fiche = "https://acceslibre.beta.gouv.fr/app/%s-%s/a/%s/erp/%s/" % (
                dept.lower(), slug(commune["nom"]), activity, slug(name))
        if kind == "bus":
            itin = "Itinérant"
        elif kind in ("fs", "cs", "epn", "asso") and commune["size"] in ("T", "V") and self.chance(.07):
            itin = "Fixe|Itinérant"
        else:
            itin = "Fixe"
        disp = self.dispositifs(kind)
        forms = self.formations(kind, commune)
        row = {
            "pivot": self.pivot(kind, typo, commune),
            "nom": name,
            "commune": commune["nom"],
            "code_postal": commune["cp"],
            "code_insee": commune["insee"],
            "adresse": self.address(commune),
            "complement_adresse": (self.r.choice(COMPLEMENTS) if self.chance(.3) else ""),
            "latitude": lat,
            "longitude": lon,
            "typologie": typo,
            "telephone": phone,
            "courriels": emails,
            "site_web": self.site(kind, name, commune, extra),
            "horaires": self.horaires(kind, commune),
            "presentation_resume": extra.get("resume") or self.resume(kind, commune, extra),
            "presentation_detail": self.detail(kind, commune),
            "source": "Exemple",
            "itinerance": itin,
            "structure_parente": self.structure_parente(kind, typo, commune, extra),
            "date_maj": self.date(),
            "services": "|".join(self.services(kind)),
            "publics_specifiquement_adresses": "|".join(self.publics(kind)),
            "prise_en_charge_specifique": "|".join(self.prise_en_charge(commune)),
            "frais_a_charge": self.frais(kind),
            "dispositif_programmes_nationaux": "|".join(disp),
            "formations_labels": "|".join(forms),
            "autres_formations_labels": (self.r.choice(AUTRES_LABELS) if self.chance(.05) else ""),
            "modalites_acces": "|".join(self.modalites_acces(kind, phone, emails, rdv)),
            "modalites_accompagnement": "|".join(self.modalites_accompagnement(kind)),
            "fiche_acces_libre": fiche,
            "prise_rdv": rdv,
        }
        if kind == "bus":
            row["complement_adresse"] = "Point de départ du bus ; arrêts selon le planning mensuel"
        if name == "Association Clic & Partage":
            row["presentation_detail"] = (
                "Nos bénévoles animent des ateliers d'initiation à l'informatique le mardi et le jeudi. "
                "Grâce aux dons d'ordinateurs des entreprises du quartier, nous équipons chaque année "
                "une centaine de familles. Aide possible pour les démarches CAF, impôts et Ameli.")
        return row


def size_class(commune):
    if commune["size"] in ("P", "A", "C", "K") and commune["n"] >= 2:
        return "city"
    if commune["size"] == "V":
        return "village"
    return "town"


def build_rows(seed=SEED):
    g = Gen(seed)
    forced = {}
    for insee, cp, kind, name, extra in FORCED:
        forced.setdefault((insee, cp), []).append((kind, name, dict(extra)))
    for insee, terr, route in BUS_ROUTES:
        forced.setdefault(next((c["insee"], c["cp"]) for c in COMMUNES if c["insee"] == insee), []).append(
            ("bus", "Bus numérique " + terr, {"territoire": terr, "route": route}))
    for key, items in forced.items():
        c = next(c for c in COMMUNES if (c["insee"], c["cp"]) == key)
        assert len(items) <= c["n"], (key, len(items), c["n"])

    rows = []
    for commune in COMMUNES:
        items = forced.get((commune["insee"], commune["cp"]), [])
        kinds_here = [k for k, _, _ in items]
        for idx in range(commune["n"]):
            if idx < len(items):
                kind, name, extra = items[idx]
                row = g.venue(kind, commune, idx, name, extra)
            else:
                weights = KIND_WEIGHTS[size_class(commune)]
                if commune["size"] in ("T", "V") and "fs" not in kinds_here and idx == 0:
                    kind = "fs" if g.chance(.5) else g.wchoice(weights)
                else:
                    kind = g.wchoice(weights)
                # avoid two France Services or two CAF points in a small place
                while kind in kinds_here and kind in ("fs", "caf", "ccas", "dept", "cyber", "mairie") \
                        and commune["size"] not in ("P", "A"):
                    kind = g.wchoice(weights)
                kinds_here.append(kind)
                row = g.venue(kind, commune, idx)
            rows.append(row)

    # A handful of unknown SIRETs ("00000000000000"), as seen in real data
    candidates = [i for i, r in enumerate(rows) if r["typologie"].startswith(("ASSO", "TIERS"))
                  and r["pivot"].isdigit()]
    for i in g.r.sample(candidates, 5):
        rows[i]["pivot"] = "00000000000000"

    for n, row in enumerate(rows, start=1):
        row["id"] = "exemple-%04d" % n
    return rows


def write_csv(rows, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(FIELDS)
        for row in rows:
            w.writerow([row[k] for k in FIELDS])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--output", default=DEFAULT_OUTPUT, help="CSV file to write")
    args = ap.parse_args()
    rows = build_rows()
    write_csv(rows, args.output)
    print("wrote %d venues to %s" % (len(rows), args.output))


if __name__ == "__main__":
    main()
