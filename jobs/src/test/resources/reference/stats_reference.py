"""Independent reference values for nl.samenkracht.statistics tests.

Run: python3 stats_reference.py   (numpy 2.4.6, scipy 1.17.1 were used)
Prints Java array literals for the Likert test data and the expected statistics; the
printed numbers are pasted into the JUnit tests. Nothing here uses the Java code.

Reliability follows psych::alpha (R) written out with numpy: pairwise covariance as
R's cov(use = "pairwise") (each entry centred on the rows where both items are present),
raw alpha = k/(k-1) * (1 - tr(C)/sum(C)), average_r from cov2cor(C), r.drop and alpha.drop
as in psych's alpha.R, Feldt interval as psych's alpha.ci with n = all rows.
"""
import numpy as np
from scipy import stats

rng = np.random.default_rng(20240917)


def jarr(name, a):
    vals = ", ".join("Double.NaN" if np.isnan(v) else repr(float(v)) for v in a)
    print(f"double[] {name} = {{{vals}}};")


def section(title):
    print()
    print("// ---- " + title)


# ---------------------------------------------------------------- Wilcoxon signed-rank
section("signed-rank: Likert pre/post, many ties and zero differences")
pre = rng.integers(1, 6, 40).astype(float)
post = np.clip(pre + rng.choice([-1, 0, 0, 1, 1, 2], 40), 1, 5).astype(float)
jarr("post", post)
jarr("pre", pre)
d = post - pre
nz = d[d != 0]
ranks = stats.rankdata(np.abs(nz))  # average ranks for ties
V = ranks[nz > 0].sum()
n = len(nz)
S = n * (n + 1) / 2
print("nPairs", len(d), "nNonZero", n, "nZero", int((d == 0).sum()))
print("V (sum of ranks of positive differences)", repr(V))
for corr in (False, True):
    r = stats.wilcoxon(post, pre, zero_method="wilcox", correction=corr, method="approx")
    print(f"scipy wilcoxon correction={corr}: |z|={abs(r.zstatistic)!r} p={r.pvalue!r}")
rb = (V - (S - V)) / S
se = np.sqrt((2 * n**3 + 3 * n**2 + n) / 6) / S  # effectsize::rank_biserial, paired
zq = stats.norm.ppf(0.975)
print("rank biserial", repr(rb), "CI", repr(np.tanh(np.arctanh(rb) - zq * se)), repr(np.tanh(np.arctanh(rb) + zq * se)))
walsh = [(d[i] + d[j]) / 2 for i in range(len(d)) for j in range(i, len(d))]
print("Hodges-Lehmann (median of Walsh averages of all differences)", repr(float(np.median(walsh))))

# ---------------------------------------------------------------- Mann-Whitney
section("rank-sum: two independent Likert groups with NaN")
gx = rng.integers(1, 6, 30).astype(float)
gy = np.clip(rng.integers(1, 6, 25) - rng.choice([0, 0, 1], 25), 1, 5).astype(float)
gx[[3, 17]] = np.nan
gy[[0]] = np.nan
jarr("x", gx)
jarr("y", gy)
cx, cy = gx[~np.isnan(gx)], gy[~np.isnan(gy)]
N = len(cx) + len(cy)
for corr in (False, True):
    r = stats.mannwhitneyu(cx, cy, method="asymptotic", use_continuity=corr)
    print(f"scipy mannwhitneyu use_continuity={corr}: U={r.statistic!r} p={r.pvalue!r}")
U = stats.mannwhitneyu(cx, cy, method="asymptotic", use_continuity=False).statistic
allr = stats.rankdata(np.concatenate([cx, cy]))
_, t = np.unique(np.concatenate([cx, cy]), return_counts=True)
sigma = np.sqrt(len(cx) * len(cy) / 12 * ((N + 1) - (t**3 - t).sum() / (N * (N - 1))))
z = (U - len(cx) * len(cy) / 2) / sigma
print("nX", len(cx), "nY", len(cy), "z (tie-corrected, no continuity)", repr(z), "p from z", repr(2 * stats.norm.sf(abs(z))))
print("rank biserial 2U/(nx ny)-1", repr(2 * U / (len(cx) * len(cy)) - 1))
print("Hodges-Lehmann median(x_i - y_j)", repr(float(np.median(np.subtract.outer(cx, cy)))))
print("effect r", repr(abs(z) / np.sqrt(N)))

# ---------------------------------------------------------------- Kruskal-Wallis + Dunn
section("Kruskal-Wallis and Dunn: three Likert groups")
g1 = rng.integers(1, 6, 20).astype(float)
g2 = np.clip(rng.integers(2, 6, 15) + rng.choice([0, 1], 15), 1, 5).astype(float)
g3 = rng.integers(1, 4, 18).astype(float)
jarr("g1", g1)
jarr("g2", g2)
jarr("g3", g3)
H, p = stats.kruskal(g1, g2, g3)
allv = np.concatenate([g1, g2, g3])
N = len(allv)
print("scipy kruskal H", repr(H), "p", repr(p), "N", N, "epsilon^2", repr(H / ((N**2 - 1) / (N + 1))))
rk = stats.rankdata(allv)
groups = [g1, g2, g3]
idx = np.cumsum([0] + [len(g) for g in groups])
rbar = [rk[idx[i]:idx[i + 1]].mean() for i in range(3)]
_, t = np.unique(allv, return_counts=True)
s2 = N * (N + 1) / 12 - (t**3 - t).sum() / (12 * (N - 1))
ps = []
for a in range(3):
    for b in range(a + 1, 3):
        z = (rbar[a] - rbar[b]) / np.sqrt(s2 * (1 / len(groups[a]) + 1 / len(groups[b])))
        pz = 2 * stats.norm.sf(abs(z))
        ps.append(pz)
        print(f"Dunn {a}-{b}: z={z!r} p={pz!r}")
ps = np.array(ps)
order = np.argsort(ps)
m = len(ps)
adj = np.empty(m)
run = 0.0
for i, o in enumerate(order):  # Holm step-down, written out
    run = max(run, (m - i) * ps[o])
    adj[o] = min(1.0, run)
print("Dunn Holm-adjusted", [repr(v) for v in adj])

# ---------------------------------------------------------------- Reliability
section("reliability: 30 rows x 5 Likert items, ~10% missing, item 5 keyed the wrong way")
latent = rng.normal(0, 1, 30)
items = []
for j in range(5):
    load = -0.8 if j == 4 else 0.9
    raw = 3 + load * latent * 1.1 + rng.normal(0, 0.9, 30)
    items.append(np.clip(np.rint(raw), 1, 5))
X = np.column_stack(items)
mask = rng.random(X.shape) < 0.10
X[mask] = np.nan
print("double[][] data = {")
for row in X:
    print("    {" + ", ".join("NaN" if np.isnan(v) else repr(float(v)) for v in row) + "},")
print("};")


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


C = pairwise_cov(X)
k = C.shape[0]
a = raw_alpha(C)
R = C / np.sqrt(np.outer(np.diag(C), np.diag(C)))  # cov2cor
avr = (R.sum() - k) / (k * (k - 1))
nrows = X.shape[0]
complete = X[~np.isnan(X).any(axis=1)]
a_lw = raw_alpha(np.cov(complete, rowvar=False))
df1, df2 = nrows - 1, (nrows - 1) * (k - 1)
print("nRows", nrows, "nComplete", len(complete))
print("alpha pairwise", repr(a), "alpha listwise", repr(a_lw), "average r", repr(avr))
print("Feldt", repr(1 - (1 - a) * stats.f.ppf(0.975, df1, df2)), repr(1 - (1 - a) * stats.f.ppf(0.025, df1, df2)))
for i in range(k):
    rest = [j for j in range(k) if j != i]
    rdrop = (C[:, i].sum() - C[i, i]) / np.sqrt(C[i, i] * C[np.ix_(rest, rest)].sum())
    col = X[:, i][~np.isnan(X[:, i])]
    print(f"item {i}: n={len(col)} mean={col.mean()!r} sd={col.std(ddof=1)!r} r.drop={rdrop!r} alpha.drop={raw_alpha(C[np.ix_(rest, rest)])!r}")

# ---------------------------------------------------------------- Descriptives
section("descriptives: Likert with NaN")
v = rng.integers(1, 6, 23).astype(float)
v[[2, 9, 10]] = np.nan
jarr("values", v)
c = v[~np.isnan(v)]
print("n", len(c), "mean", repr(c.mean()), "sd", repr(c.std(ddof=1)), "median", repr(np.median(c)),
      "q1", repr(np.quantile(c, 0.25)), "q3", repr(np.quantile(c, 0.75)),  # numpy 'linear' = R type 7
      "agree>=4", repr((c >= 4).mean()), "disagree<=2", repr((c <= 2).mean()))
print("quantile type 7 at 0.1, 0.9", repr(np.quantile(c, 0.1)), repr(np.quantile(c, 0.9)))

# ---------------------------------------------------------------- R's ?wilcox.test examples
section("R ?wilcox.test paired example (Hollander & Wolfe 1973, p. 29f, depression scale)")
x = np.array([1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30])
y = np.array([0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29])
d = x - y
print("exact greater", repr(stats.wilcoxon(x, y, alternative="greater", method="exact").pvalue),
      "exact two-sided", repr(stats.wilcoxon(x, y, method="exact").pvalue))
r = stats.wilcoxon(x, y, correction=False, method="approx")
print("approx two-sided |z|", repr(abs(r.zstatistic)), "p", repr(r.pvalue))
walsh = [(d[i] + d[j]) / 2 for i in range(len(d)) for j in range(i, len(d))]
print("Hodges-Lehmann", repr(float(np.median(walsh))))

section("R ?wilcox.test two-sample example (Hollander & Wolfe 1973, p. 69f, permeability)")
x = np.array([0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46])
y = np.array([1.15, 0.88, 0.90, 0.74, 1.21])
print("exact greater", repr(stats.mannwhitneyu(x, y, alternative="greater", method="exact").pvalue),
      "exact two-sided", repr(stats.mannwhitneyu(x, y, method="exact").pvalue))
print("asymptotic no continuity", stats.mannwhitneyu(x, y, method="asymptotic", use_continuity=False))
print("Hodges-Lehmann median(x_i - y_j)", repr(float(np.median(np.subtract.outer(x, y)))))
