"""Reference values for the Pratt option of SignedRankTest (SignedRankTestTest.pratt*).

Run: python3 jobs/src/test/resources/reference/pratt_reference.py   (scipy 1.17.1 was used)
SciPy's wilcoxon(zero_method="pratt", method="approx") ranks the zero differences with the others,
leaves them out of the rank sums and adjusts the normal approximation for them (Cureton 1967).
V = R+ comes from alternative="greater" (SciPy then reports R+ itself); p and |z| are two-sided.
The Hodges-Lehmann estimate with zeros kept is the median of all Walsh averages (numpy).
Nothing here uses the Java code.
"""
import numpy as np
from scipy import stats

CASES = {
    # SignedRankTestTest.POST / PRE: 40 Likert pairs, 24 zeros, ties among the rest
    "likert": ([3, 5, 4, 3, 5, 4, 4, 1, 1, 1, 4, 1, 4, 1, 3, 4, 5, 2, 4, 3, 1, 3, 4, 5, 5, 5, 5, 2, 2, 3, 4,
                2, 5, 5, 2, 3, 3, 1, 2, 2],
               [2, 5, 3, 1, 5, 3, 4, 1, 1, 1, 4, 1, 5, 1, 1, 3, 5, 3, 5, 2, 1, 3, 4, 5, 5, 5, 5, 1, 2, 3, 4,
                2, 5, 4, 1, 3, 3, 2, 1, 1]),
    # hand-sized: d = 1, -2, 3, 0
    "hand": ([2, 1, 5, 4], [1, 3, 2, 4]),
}

for name, (post, pre) in CASES.items():
    d = np.array(post, float) - np.array(pre, float)
    for correction in (False, True):
        two = stats.wilcoxon(post, pre, zero_method="pratt", correction=correction, method="approx")
        greater = stats.wilcoxon(post, pre, zero_method="pratt", correction=correction, method="approx",
                                 alternative="greater")
        print(f"{name} correction={correction}: V={greater.statistic!r} p={two.pvalue!r} |z|={abs(two.zstatistic)!r}")
    w = np.add.outer(d, d)[np.triu_indices(len(d))] / 2
    print(f"{name} walsh median (zeros kept) = {np.median(w)!r}")
