#!/usr/bin/env python3
"""Validate a "lieux de médiation numérique" CSV against the national standard's
Frictionless TableSchema (v1.0.2), plus a few sanity checks of our own.

Usage:
    python3 tools/sample-data/check_sample.py SCHEMA.json [CSV]

CSV defaults to directory-import/src/main/resources/sample/lieux-mediation-numerique-exemple.csv.
Prints the errors (exit status 1 if any), the warnings, then a summary (venues per
territory / département, per service, and how many lie within 5 km of central Paris).

Standard library only.
"""

import argparse
import datetime
import json
import math
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CSV = os.path.normpath(os.path.join(
    HERE, "..", "..", "directory-import", "src", "main", "resources", "sample",
    "lieux-mediation-numerique-exemple.csv"))

# Rough bounding boxes (lat_min, lat_max, lon_min, lon_max) per territory.
BBOX = {
    "metro": (41.3, 51.15, -5.2, 9.6),
    "corse": (41.3, 43.05, 8.5, 9.6),
    "971": (15.8, 16.55, -61.85, -61.0),
    "972": (14.38, 14.9, -61.25, -60.8),
    "973": (2.1, 5.8, -54.65, -51.6),
    "974": (-21.4, -20.85, 55.2, 55.85),
    "976": (-13.05, -12.6, 44.95, 45.32),
}
TERRITORY_NAMES = {"metro": "France métropolitaine (hors Corse)", "corse": "Corse",
                   "971": "Guadeloupe", "972": "Martinique", "973": "Guyane",
                   "974": "La Réunion", "976": "Mayotte"}

# Telephone: expected prefix per territory (French numbering plan).
ZONE = {}
for z, depts in {
    "1": "75 77 78 91 92 93 94 95",
    "2": "14 27 50 61 76 22 29 35 56 44 49 53 72 85 18 28 36 37 41 45",
    "3": "02 59 60 62 80 08 10 51 52 54 55 57 67 68 88 21 25 39 58 70 71 89 90",
    "4": "01 03 07 15 26 38 42 43 63 69 73 74 04 05 06 13 83 84 2A 2B 11 30 34 48 66",
    "5": "16 17 19 23 24 33 40 47 64 79 86 87 09 12 31 32 46 65 81 82",
}.items():
    for d in depts.split():
        ZONE[d] = z
OVERSEAS_PHONE = {"971": "+590590", "972": "+596596", "973": "+594594",
                  "974": "+262262", "976": "+262269"}

# Subset of the OSM opening_hours syntax: day selectors, time ranges, "off", "PH off".
DAY = r"(?:Mo|Tu|We|Th|Fr|Sa|Su)"
DAYSEL = rf"{DAY}(?:-{DAY})?(?:,{DAY}(?:-{DAY})?)*"
TIME = r"(?:[01]\d|2[0-4]):[0-5]\d"
TIMES = rf"{TIME}-{TIME}(?:,{TIME}-{TIME})*"
RULE = rf"(?:PH off|{DAYSEL} (?:{TIMES}|off))"
OSM_RE = re.compile(rf"{RULE}(?:; {RULE})*")

PARIS = (48.8566, 2.3522)


def haversine_km(lat1, lon1, lat2, lon2):
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def parse_rfc4180(text):
    """Return a list of records; each record is a list of (value, was_quoted)."""
    records, record, i, n = [], [], 0, len(text)
    while i < n:
        if text[i] == '"':
            i += 1
            buf = []
            while True:
                j = text.find('"', i)
                if j < 0:
                    raise ValueError("unterminated quoted field")
                buf.append(text[i:j])
                if j + 1 < n and text[j + 1] == '"':
                    buf.append('"')
                    i = j + 2
                    continue
                i = j + 1
                break
            value, quoted = "".join(buf), True
        else:
            j = i
            while j < n and text[j] not in ',\n':
                j += 1
            value, quoted = text[i:j], False
            i = j
        record.append((value, quoted))
        if i >= n:
            records.append(record)
            break
        if text[i] == ",":
            i += 1
            if i >= n:
                record.append(("", False))
                records.append(record)
        elif text[i] == "\n":
            records.append(record)
            record = []
            i += 1
        else:
            raise ValueError("unexpected character %r after field at offset %d" % (text[i], i))
    return records


def territory(dept):
    if dept in ("2A", "2B"):
        return "corse"
    if dept.startswith("97"):
        return dept
    return "metro"


def main():
    ap = argparse.ArgumentParser(description="Validate a lieux de médiation numérique CSV")
    ap.add_argument("schema", help="path to schema-lieux-mediation-numerique-v1.0.2.json")
    ap.add_argument("csv", nargs="?", default=DEFAULT_CSV)
    args = ap.parse_args()

    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    fields = schema["fields"]
    names = [f["name"] for f in fields]

    errors, warnings = [], []

    def err(line, msg):
        errors.append("line %s: %s" % (line, msg))

    def warn(line, msg):
        warnings.append("line %s: %s" % (line, msg))

    raw = open(args.csv, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(1, "file starts with a UTF-8 BOM")
    if b"\r" in raw:
        err("-", "file contains CR characters (expected LF line endings)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("ERROR: not valid UTF-8: %s" % e)
        return 1
    if not text.endswith("\n"):
        warn("-", "file does not end with a newline")
    records = parse_rfc4180(text[:-1] if text.endswith("\n") else text)

    header = [v for v, _ in records[0]]
    if header != names:
        err(1, "header does not match the schema's field order: %s" % header)
    patterns = {f["name"]: re.compile(f["constraints"]["pattern"])
                for f in fields if "pattern" in f.get("constraints", {})}

    rows = []
    ids = Counter()
    for lineno, rec in enumerate(records[1:], start=2):
        if len(rec) != len(names):
            err(lineno, "%d values instead of %d" % (len(rec), len(names)))
            continue
        for (value, quoted), name in zip(rec, names):
            if not quoted:
                err(lineno, "%s: value not enclosed in double quotes" % name)
        row = dict(zip(names, (v for v, _ in rec)))
        rows.append((lineno, row))
        for f in fields:
            name, cons = f["name"], f.get("constraints", {})
            value = row[name]
            if value != value.strip():
                err(lineno, "%s: leading/trailing whitespace" % name)
            if value == "":
                if cons.get("required"):
                    err(lineno, "%s: required value missing" % name)
                continue
            if name in patterns and not patterns[name].fullmatch(value):
                err(lineno, "%s: %r does not match the schema pattern" % (name, value))
            if "maxLength" in cons and len(value) > cons["maxLength"]:
                err(lineno, "%s: %d characters > maxLength %d" % (name, len(value), cons["maxLength"]))
            if f["type"] == "number":
                try:
                    float(value)
                except ValueError:
                    err(lineno, "%s: %r is not a number" % (name, value))
            if f["type"] == "date":
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                    err(lineno, "%s: %r is not YYYY-MM-DD" % (name, value))
                else:
                    try:
                        datetime.date.fromisoformat(value)
                    except ValueError:
                        err(lineno, "%s: %r is not a valid date" % (name, value))
        ids[row["id"]] += 1

        # --- project checks ---
        pivot = row["pivot"]
        if pivot == "00000000000000":
            pass  # placeholder used by producers when the SIRET is unknown
        elif re.fullmatch(r"\d{14}", pivot):
            if not luhn_ok(pivot):
                err(lineno, "pivot: SIRET %s fails the Luhn check" % pivot)
            elif not luhn_ok(pivot[:9]):
                warn(lineno, "pivot: SIREN %s fails the Luhn check" % pivot[:9])
        elif re.fullmatch(r"W[0-9A-Z]{9}", pivot):
            pass  # RNA number
        else:
            err(lineno, "pivot: %r is neither a SIRET, an RNA number nor the zero placeholder" % pivot)

        insee, cp = row["code_insee"], row["code_postal"]
        dept = insee[:3] if insee.startswith("97") else insee[:2]
        if insee.startswith("97"):
            if cp[:3] != insee[:3]:
                err(lineno, "code_postal %s and code_insee %s are in different territories" % (cp, insee))
        elif dept in ("2A", "2B"):
            if not cp.startswith("20"):
                err(lineno, "code_postal %s is not a Corsican postcode" % cp)
        elif cp[:2] != dept:
            warn(lineno, "code_postal %s and code_insee %s differ in département" % (cp, insee))

        terr = territory(dept)
        if row["latitude"] == "" or row["longitude"] == "":
            warn(lineno, "no coordinates")
        else:
            try:
                lat, lon = float(row["latitude"]), float(row["longitude"])
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    err(lineno, "coordinates out of range")
                la0, la1, lo0, lo1 = BBOX[terr]
                if not (la0 <= lat <= la1 and lo0 <= lon <= lo1):
                    err(lineno, "coordinates %s,%s outside %s" % (lat, lon, TERRITORY_NAMES[terr]))
                row["_lat"], row["_lon"] = lat, lon
            except ValueError:
                pass

        tel = row["telephone"]
        if tel:
            if dept in OVERSEAS_PHONE:
                if not re.fullmatch(re.escape(OVERSEAS_PHONE[dept]) + r"\d{6}", tel):
                    err(lineno, "telephone %s does not look like a landline of %s" % (tel, TERRITORY_NAMES[dept]))
            elif not re.fullmatch(r"\+33[1-59]\d{8}", tel):
                err(lineno, "telephone %s is not +33 followed by 9 digits" % tel)
            elif tel[3] != "9" and tel[3] != ZONE.get(dept):
                err(lineno, "telephone %s: zone %s does not match département %s" % (tel, tel[3], dept))
            if re.search(r"(\d)\1{5}", tel[-6:]):
                warn(lineno, "telephone %s looks like a dummy number" % tel)

        if row["horaires"] and not OSM_RE.fullmatch(row["horaires"]):
            warn(lineno, "horaires %r uses syntax outside the simple OSM subset" % row["horaires"])
        for name in ("courriels",):
            for mail in filter(None, row[name].split("|")):
                if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[a-z]{2,}", mail):
                    err(lineno, "courriels: %r is not an e-mail address" % mail)
        for name in ("site_web", "fiche_acces_libre", "prise_rdv"):
            for url in filter(None, row[name].split("|")):
                if not re.fullmatch(r"https?://[^\s|]+", url):
                    err(lineno, "%s: %r is not an URL" % (name, url))
        if row["services"] == "":
            warn(lineno, "no services")

    for value, count in ids.items():
        if count > 1:
            errors.append("id %r is used %d times" % (value, count))

    # --- report ---
    print("Checked %s against %s (%s)" % (args.csv, schema.get("name"), schema.get("version")))
    print("%d venues, %d errors, %d warnings" % (len(rows), len(errors), len(warnings)))
    for e in errors:
        print("ERROR   " + e)
    for w in warnings:
        print("WARNING " + w)

    per_terr, per_dept, per_service = Counter(), Counter(), Counter()
    communes = set()
    for _, row in rows:
        insee = row["code_insee"]
        dept = insee[:3] if insee.startswith("97") else insee[:2]
        per_terr[territory(dept)] += 1
        per_dept[dept] += 1
        communes.add(insee)
        for s in filter(None, row["services"].split("|")):
            per_service[s] += 1
    print("\nVenues per territory:")
    for t in BBOX:
        print("  %-40s %4d" % (TERRITORY_NAMES[t], per_terr[t]))
    print("\nVenues per département (%d départements, %d INSEE codes):" % (len(per_dept), len(communes)))
    items = sorted(per_dept.items())
    for i in range(0, len(items), 8):
        print("  " + "  ".join("%-3s %3d" % kv for kv in items[i:i + 8]))
    print("\nVenues per service:")
    for s, c in per_service.most_common():
        print("  %4d  %s" % (c, s))
    near = [row for _, row in rows if "_lat" in row
            and haversine_km(PARIS[0], PARIS[1], row["_lat"], row["_lon"]) <= 5.0]
    print("\nVenues within 5 km of %s,%s: %d" % (PARIS[0], PARIS[1], len(near)))
    for key in ("typologie", "itinerance", "frais_a_charge"):
        c = Counter(v for _, row in rows for v in row[key].split("|") if v)
        print("%s: %s" % (key, ", ".join("%s=%d" % kv for kv in c.most_common())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
