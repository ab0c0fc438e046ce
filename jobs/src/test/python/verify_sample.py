#!/usr/bin/env python3
"""Independent check of the synthetic sample in data-samples/exports (python3 + scipy, no Java).

Reads the Microsoft Forms workbooks with zipfile + ElementTree and the Google Forms CSV with the
csv module, scores each submission (mean of the answered items of a scale, con4/dui4 reversed as
6 - x, "Weet ik niet" missing, at least half the items answered), keeps the latest submission per
person and measurement, pairs voormeting and nameting by e-mail (lowercased, trimmed) and runs
scipy.stats.wilcoxon(zero_method='wilcox', correction=False) per scale. Also prints respondent
counts per file x location x group.

usage: python3 verify_sample.py [data-samples/exports]
"""
import csv
import datetime as dt
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

from scipy import stats

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
LABELS = {"Helemaal mee oneens": 1, "Mee oneens": 2, "Neutraal": 3, "Mee eens": 4, "Helemaal mee eens": 5}
SCALES = ["continuiteit", "duidelijkheid", "structuur", "ondersteuning"]
PREFIX = {"con": "continuiteit", "dui": "duidelijkheid", "str": "structuur", "ond": "ondersteuning"}
REVERSED = {3, 7}  # con4 and dui4: 0-based positions among the 16 items
LOCATION_COL = "Op welke locatie werk je?"
GROUP_COL = "Hoe lang werk je op deze school?"


def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def read_xlsx(path):
    z = zipfile.ZipFile(path)
    shared = [("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
              for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)]
    sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in sheet.find("m:sheetData", NS).findall("m:row", NS):
        cells = {}
        for c in row.findall("m:c", NS):
            v = c.find("m:v", NS)
            if v is None:
                continue
            cells[col_index(c.get("r"))] = shared[int(v.text)] if c.get("t") == "s" else float(v.text)
        width = max(cells) + 1
        rows.append([cells.get(i, "") for i in range(width)])
    header = rows[0]
    out = []
    for r in rows[1:]:
        r = r + [""] * (len(header) - len(r))
        d = dict(zip(header, r))
        d["_when"] = dt.datetime(1899, 12, 30) + dt.timedelta(days=d["Tijd van voltooien"])
        d["_email"] = d["E-mail"]
        out.append(d)
    return header, out


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    out = []
    for r in rows[1:]:
        d = dict(zip(header, r))
        d["_when"] = dt.datetime.strptime(d["Tijdstempel"], "%d-%m-%Y %H:%M:%S")
        d["_email"] = d["E-mailadres"]
        out.append(d)
    return header, out


def scores(d, items):
    s = {}
    for scale in SCALES:
        vals = []
        for k, col in enumerate(items):
            if PREFIX[ITEM_IDS[k][:3]] != scale:
                continue
            v = LABELS.get(d[col])
            if v is not None:
                vals.append(6 - v if k in REVERSED else v)
        s[scale] = sum(vals) / len(vals) if len(vals) >= 2 else None
    return s


ITEM_IDS = [p + str(i) for p in ("con", "dui", "str", "ond") for i in range(1, 5)]


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else "data-samples/exports"
    files = {
        ("2023-2024", "voormeting"): base + "/inwerken_2023-2024_voormeting_msforms.xlsx",
        ("2023-2024", "nameting"): base + "/inwerken_2023-2024_nameting_msforms.xlsx",
        ("2024-2025", "voormeting"): base + "/inwerken_2024-2025_voormeting_msforms.xlsx",
        ("2024-2025", "nameting"): base + "/inwerken_2024-2025_nameting_googleforms.csv",
    }
    data = {}
    for key, path in files.items():
        header, rows = (read_csv if path.endswith(".csv") else read_xlsx)(path)
        items = header[header.index(GROUP_COL) + 1: header.index(GROUP_COL) + 17]
        print(path.split("/")[-1], "rows", len(rows),
              sorted(Counter((r[LOCATION_COL], r[GROUP_COL]) for r in rows).items()))
        latest = {}
        for r in sorted(rows, key=lambda r: r["_when"]):
            latest[r["_email"].strip().lower()] = r  # later submissions replace earlier ones
        print("  persons", len(latest), sorted(Counter((r[LOCATION_COL], r[GROUP_COL]) for r in latest.values()).items()))
        data[key] = {e: (r[GROUP_COL], scores(r, items)) for e, r in latest.items()}
    for year in ("2023-2024", "2024-2025"):
        pre, post = data[(year, "voormeting")], data[(year, "nameting")]
        linked = sorted(set(pre) & set(post))
        print(year, "linked pairs", len(linked), "pre only", len(set(pre) - set(post)), "post only", len(set(post) - set(pre)))
        for group in (None, "Korter dan een jaar", "Een jaar of langer"):
            for scale in SCALES:
                pairs = [(pre[e][1][scale], post[e][1][scale]) for e in linked
                         if (group is None or pre[e][0] == group) and pre[e][1][scale] is not None and post[e][1][scale] is not None]
                x = [a for a, b in pairs]
                y = [b for a, b in pairs]
                res = stats.wilcoxon(x, y, zero_method="wilcox", correction=False)
                mdiff = sum(b - a for a, b in pairs) / len(pairs)
                print(f"  {group or 'alle':20s} {scale:14s} n={len(pairs):3d} mean diff={mdiff:+.3f} "
                      f"W={res.statistic:7.1f} p={res.pvalue:.6g}")
        for scale in ("duidelijkheid", "structuur"):
            new = [s[scale] for g, s in pre.values() if g == "Korter dan een jaar" and s[scale] is not None]
            old = [s[scale] for g, s in pre.values() if g == "Een jaar of langer" and s[scale] is not None]
            u = stats.mannwhitneyu(new, old, alternative="two-sided", use_continuity=False, method="asymptotic")
            print(f"  voormeting nieuw vs ervaren {scale}: {sum(new)/len(new):.2f} vs {sum(old)/len(old):.2f} p={u.pvalue:.3g}")


if __name__ == "__main__":
    main()
