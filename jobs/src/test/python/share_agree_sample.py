#!/usr/bin/env python3
"""Independent check of the survey evidence of the sample coverage (SampleCoverageTest).

Share (helemaal) eens among new colleagues ("Korter dan een jaar") in the nameting of each school
year: a scale score (mean of the answered items, con4/dui4 reversed, at least 2 of 4 answered; the
latest submission per person) counts as agreeing when it is at least 4, the lower bound of the top
two options of eens5. Reuses the readers of verify_sample.py (zipfile/ElementTree and csv, no Java).

usage: python3 jobs/src/test/python/share_agree_sample.py   (from the repository root)
"""
import sys
sys.path.insert(0, "jobs/src/test/python")
from verify_sample import read_xlsx, read_csv, scores, GROUP_COL
from fractions import Fraction
base = "data-samples/exports"
files = {"2023-2024": base + "/inwerken_2023-2024_nameting_msforms.xlsx",
         "2024-2025": base + "/inwerken_2024-2025_nameting_googleforms.csv"}
for year, path in files.items():
    header, rows = (read_csv if path.endswith(".csv") else read_xlsx)(path)
    items = header[header.index(GROUP_COL) + 1: header.index(GROUP_COL) + 17]
    latest = {}
    for r in sorted(rows, key=lambda r: r["_when"]):
        latest[r["_email"].strip().lower()] = r
    new = [scores(r, items) for r in latest.values() if r[GROUP_COL] == "Korter dan een jaar"]
    for scale in ("continuiteit", "duidelijkheid", "structuur"):
        vals = [s[scale] for s in new if s[scale] is not None]
        agree = sum(1 for v in vals if v >= 4)
        print(year, scale, f"{agree}/{len(vals)}", round(agree / len(vals), 4))
