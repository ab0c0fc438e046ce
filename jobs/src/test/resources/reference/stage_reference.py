"""Independent reference values for nl.samenkracht.indicators.stats.StatisticsStageTest.

Run: python3 stage_reference.py   (numpy 2.4.6, scipy 1.17.1 were used)
Reads ../stats-stage/responses.csv (the same fixture the Java test loads) and prints the
expected statistics; nothing here uses the Java code.

- Scale score: mean of the answered items when at least half of the scale's items are answered,
  kept as an exact Fraction. Rank tests on scale scores get the scores times 6 (whole numbers), so
  that mathematically equal differences are ties; the rank tests do not change under scaling,
  Hodges-Lehmann is divided by 6 again.
- Reliability: psych::alpha written out with numpy (as stats_reference.py): pairwise covariance
  as R's cov(use = "pairwise"), raw alpha, average_r from cov2cor, Feldt with n = all rows.
- Wilcoxon: scipy.stats.wilcoxon(post, pre, zero_method='wilcox', correction=..., method='approx')
  = R's wilcox.test(paired = TRUE, exact = FALSE); V = sum of the ranks of positive differences.
- Mann-Whitney: scipy.stats.mannwhitneyu(x, y, use_continuity=False, method='asymptotic'),
  U for x = R's W.
- Kruskal-Wallis: scipy.stats.kruskal; epsilon^2 = H / ((n^2 - 1)/(n + 1)).
- Dunn: written out from Dunn (1964) with tie correction (as R's dunn.test).
- Holm: written out (as R's p.adjust(method = "holm")).
"""
import csv
import itertools
import os
from fractions import Fraction

import numpy as np
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
rows = []
with open(os.path.join(HERE, "..", "stats-stage", "responses.csv")) as f:
    lines = [l for l in f if not l.startswith("#")]
    for r in csv.DictReader(lines):
        rows.append(r)

SCALES = {"sa": ["a1", "a2", "a3"], "sb": ["b1"], "sc": ["c1", "c2"]}
ITEMS = ["a1", "a2", "a3", "b1", "c1", "c2"]


def score(r, item):
    return None if r[item] == "." else int(r[item])


def scale_score(r, scale):
    vals = [score(r, i) for i in SCALES[scale] if score(r, i) is not None]
    if len(vals) == 0 or len(vals) < 0.5 * len(SCALES[scale]):
        return None
    return Fraction(sum(vals), len(vals))


def measure(r, level, m):
    return scale_score(r, m) if level == "schaal" else score(r, m)


def wave_rows(year, wave):
    return [r for r in rows if r["school_year"] == year and r["wave"] == wave]


# ------------------------------------------------------------------ reliability
def pairwise_cov(X):
    k = X.shape[1]
    C = np.empty((k, k))
    for i in range(k):
        for j in range(k):
            ok = ~np.isnan(X[:, i]) & ~np.isnan(X[:, j])
            a, b = X[ok, i], X[ok, j]
            C[i, j] = ((a - a.mean()) * (b - b.mean())).sum() / (ok.sum() - 1)
    return C


def raw_alpha(C):
    k = C.shape[0]
    return k / (k - 1) * (1 - np.trace(C) / C.sum())


def reliability(label, rs, items):
    X = np.array([[np.nan if score(r, i) is None else score(r, i) for i in items] for r in rs], dtype=float)
    X = X[~np.isnan(X).all(axis=1)]  # respondents with at least one answer on the scale
    C = pairwise_cov(X)
    k = len(items)
    a = raw_alpha(C)
    R = C / np.sqrt(np.outer(np.diag(C), np.diag(C)))
    avr = (R.sum() - k) / (k * (k - 1))
    complete = X[~np.isnan(X).any(axis=1)]
    a_lw = raw_alpha(np.cov(complete, rowvar=False))
    n = X.shape[0]
    df1, df2 = n - 1, (n - 1) * (k - 1)
    print(f"reliability {label}: n_rows={n} n_complete={len(complete)} alpha_pairwise={a!r} alpha_listwise={a_lw!r}"
          f" average_r={avr!r} feldt=({1 - (1 - a) * stats.f.ppf(0.975, df1, df2)!r}, "
          f"{1 - (1 - a) * stats.f.ppf(0.025, df1, df2)!r})")
    for i in range(k):
        rest = [j for j in range(k) if j != i]
        rdrop = (C[:, i].sum() - C[i, i]) / np.sqrt(C[i, i] * C[np.ix_(rest, rest)].sum())
        col = X[:, i][~np.isnan(X[:, i])]
        print(f"   item {items[i]}: n={len(col)} mean={col.mean()!r} sd={col.std(ddof=1)!r} r.drop={rdrop!r}"
              f" alpha.drop={raw_alpha(C[np.ix_(rest, rest)])!r}")


print("# ---- reliability of scale sa")
reliability("sa 2024-2025 voormeting", wave_rows("2024-2025", "voormeting"), SCALES["sa"])
reliability("sa 2024-2025 nameting", wave_rows("2024-2025", "nameting"), SCALES["sa"])
reliability("sa alle", rows, SCALES["sa"])


# ------------------------------------------------------------------ pre/post
def holm(p):
    p = np.asarray(p, dtype=float)
    order = np.argsort(p)
    m = len(p)
    adj = np.empty(m)
    running = 0
    for rank, i in enumerate(order):
        running = max(running, (m - rank) * p[i])
        adj[i] = min(1, running)
    return adj


def walsh_median(d):
    return float(np.median([(d[i] + d[j]) / 2 for i in range(len(d)) for j in range(i, len(d))]))


def prepost(level, m, subset=None, correction=False):
    pre = {r["respondent"]: measure(r, level, m) for r in wave_rows("2024-2025", "voormeting")
           if subset is None or r["grp"] == subset}
    post = {r["respondent"]: measure(r, level, m) for r in wave_rows("2024-2025", "nameting")
            if subset is None or r["grp"] == subset}
    pre = {k: v for k, v in pre.items() if v is not None}
    post = {k: v for k, v in post.items() if v is not None}
    linked = sorted(set(pre) & set(post))
    f = 6 if level == "schaal" else 1
    x = np.array([int(post[k] * f) for k in linked], dtype=float)
    y = np.array([int(pre[k] * f) for k in linked], dtype=float)
    d = x - y
    nz = d[d != 0]
    out = dict(n_pre=len(pre), n_post=len(post), n_linked=len(linked),
               n_unlinked=len(pre) + len(post) - 2 * len(linked), n_zero=int((d == 0).sum()),
               median_pre=float(np.median(y)) / f, median_post=float(np.median(x)) / f,
               mean_pre=float(np.mean(y)) / f, mean_post=float(np.mean(x)) / f)
    if len(nz) == 0:
        out["na"] = "all differences zero"
        return out
    ranks = stats.rankdata(np.abs(nz))
    V = ranks[nz > 0].sum()
    n = len(nz)
    S = n * (n + 1) / 2
    res = stats.wilcoxon(x, y, zero_method="wilcox", correction=correction, method="approx")
    rb = 2 * V / S - 1
    se = np.sqrt((2 * n ** 3 + 3 * n ** 2 + n) / 6) / S
    zq = stats.norm.ppf(0.975)
    lo, hi = (np.tanh(np.arctanh(rb) - zq * se), np.tanh(np.arctanh(rb) + zq * se)) if abs(rb) < 1 else (rb, rb)
    out.update(V=float(V), p=float(res.pvalue), abs_z=float(abs(res.zstatistic)), effect_r=float(abs(res.zstatistic) / np.sqrt(n)),
               rank_biserial=float(rb), rb_ci=(float(lo), float(hi)), hodges_lehmann=walsh_median(d) / f)
    return out


print("# ---- pre/post 2024-2025, Alle respondenten, paired (correction=False)")
family = {}
for level, measures in (("schaal", ["sa", "sb", "sc"]), ("item", ITEMS)):
    ps = []
    for m in measures:
        o = prepost(level, m)
        print(level, m, o)
        ps.append(o.get("p", np.nan))
    ok = [i for i, p in enumerate(ps) if not np.isnan(p)]
    adj = holm([ps[i] for i in ok])
    print("   holm", level, {measures[i]: float(a) for i, a in zip(ok, adj)})

print("# ---- pre/post sa with continuity correction")
print(prepost("schaal", "sa", correction=True))
print("# ---- pre/post sa, subset groep: nieuw / ervaren")
print("nieuw", prepost("schaal", "sa", subset="nieuw"))
print("ervaren", prepost("schaal", "sa", subset="ervaren"))

print("# ---- anonymous: Mann-Whitney on all scores of each wave, x = nameting")
for level, m in (("schaal", "sa"), ("item", "a1")):
    f = 6 if level == "schaal" else 1
    pre = [measure(r, level, m) for r in wave_rows("2024-2025", "voormeting")]
    post = [measure(r, level, m) for r in wave_rows("2024-2025", "nameting")]
    pre = np.array([float(v * f) for v in pre if v is not None])
    post = np.array([float(v * f) for v in post if v is not None])
    res = stats.mannwhitneyu(post, pre, use_continuity=False, method="asymptotic", alternative="two-sided")
    n = len(pre) + len(post)
    U = res.statistic
    hl = float(np.median([a - b for a in post for b in pre])) / f
    print(level, m, dict(n_pre=len(pre), n_post=len(post), U=float(U), p=float(res.pvalue),
                         rank_biserial=float(2 * U / (len(pre) * len(post)) - 1), hodges_lehmann=hl,
                         median_pre=float(np.median(pre)) / f, median_post=float(np.median(post)) / f))


# ------------------------------------------------------------------ groups
def dunn(groups):
    allv = np.concatenate(groups)
    N = len(allv)
    ranks = stats.rankdata(allv)
    _, t = np.unique(allv, return_counts=True)
    ties = (t ** 3 - t).sum()
    var = N * (N + 1) / 12 - ties / (12 * (N - 1))
    mean_ranks, at = [], 0
    for g in groups:
        mean_ranks.append(ranks[at:at + len(g)].mean())
        at += len(g)
    out = []
    for a, b in itertools.combinations(range(len(groups)), 2):
        z = (mean_ranks[a] - mean_ranks[b]) / np.sqrt(var * (1 / len(groups[a]) + 1 / len(groups[b])))
        out.append((a, b, float(z), float(2 * stats.norm.sf(abs(z)))))
    adj = holm([o[3] for o in out])
    return [(a, b, z, p, float(h)) for (a, b, z, p), h in zip(out, adj)]


print("# ---- groups 2024-2025 voormeting, scale sa (scores times 6)")
pre_rows = wave_rows("2024-2025", "voormeting")
by_loc = [np.array([float(scale_score(r, "sa") * 6) for r in pre_rows if r["location"] == loc]) for loc in ("L1", "L2", "L3")]
h = stats.kruskal(*by_loc)
n = sum(len(g) for g in by_loc)
print("kruskal locatie", dict(H=float(h.statistic), p=float(h.pvalue), df=2, n=n, epsilon_squared=float(h.statistic / ((n * n - 1) / (n + 1)))))
for a, b, z, p, ph in dunn(by_loc):
    print("  dunn", ("L1", "L2", "L3")[a], ("L1", "L2", "L3")[b], dict(z=z, p=p, p_holm=ph))
erv = np.array([float(scale_score(r, "sa") * 6) for r in pre_rows if r["grp"] == "ervaren"])
nie = np.array([float(scale_score(r, "sa") * 6) for r in pre_rows if r["grp"] == "nieuw"])
res = stats.mannwhitneyu(erv, nie, use_continuity=False, method="asymptotic", alternative="two-sided")
print("mann-whitney groep ervaren vs nieuw", dict(n_a=len(erv), n_b=len(nie), U=float(res.statistic), p=float(res.pvalue),
      rank_biserial=float(2 * res.statistic / (len(erv) * len(nie)) - 1),
      hodges_lehmann=float(np.median([a - b for a in erv for b in nie])) / 6))

print("# ---- Holm over the Mann-Whitney rows of 2024-2025 voormeting, level schaal, grouping groep")
ps = []
for m in ("sa", "sb", "sc"):
    e = [float(scale_score(r, m)) for r in pre_rows if r["grp"] == "ervaren" and scale_score(r, m) is not None]
    w = [float(scale_score(r, m)) for r in pre_rows if r["grp"] == "nieuw" and scale_score(r, m) is not None]
    p = stats.mannwhitneyu(e, w, use_continuity=False, method="asymptotic").pvalue
    ps.append(float(p))
print(dict(zip(("sa", "sb", "sc"), ps)), "holm", [float(v) for v in holm(ps)])

print("# ---- Holm over the Kruskal-Wallis rows of 2024-2025 voormeting, level schaal, grouping locatie")
ps = []
for m in ("sa", "sb", "sc"):
    gs = [[float(scale_score(r, m)) for r in pre_rows if r["location"] == loc and scale_score(r, m) is not None]
          for loc in ("L1", "L2", "L3")]
    ps.append(float(stats.kruskal(*gs).pvalue))
print(dict(zip(("sa", "sb", "sc"), ps)), "holm", [float(v) for v in holm(ps)])
