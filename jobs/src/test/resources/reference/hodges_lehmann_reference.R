# Reference values for SignedRankTestTest / RankSumTestTest / RankIntervalsTest:
# R's wilcox.test(..., conf.int = TRUE) p-value, Hodges-Lehmann estimate and 95% interval.
# Run: Rscript jobs/src/test/resources/reference/hodges_lehmann_reference.R
# (values printed with 17 significant digits were pasted into the JUnit tests).
options(digits = 17, warn = 1)
show <- function(label, t) {
  cat(sprintf("%s: method=%s statistic=%.17g p=%.17g estimate=%.17g ci=[%.17g, %.17g] level=%.17g\n",
              label, t$method, t$statistic, t$p.value, t$estimate, t$conf.int[1], t$conf.int[2],
              attr(t$conf.int, "conf.level")))
}
walsh_median <- function(d) { w <- outer(d, d, "+"); median(w[!lower.tri(w)] / 2) }

# Paired, no ties, no zeros, n = 9: exact (R ?wilcox.test, Hollander & Wolfe p. 29f)
dx <- c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30)
dy <- c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29)
show("paired exact", wilcox.test(dx, dy, paired = TRUE, conf.int = TRUE))
show("paired depression normal correct=FALSE", wilcox.test(dx, dy, paired = TRUE, conf.int = TRUE, exact = FALSE, correct = FALSE))

# The issue's bug: zeros in the paired differences change the Walsh median.
# post - pre = 0, 1, 0, 2, 0, -1, 1, 0 ; with zeros the Walsh median is 0, without 1 (nonzero 1,2,-1,1)
bpost <- c(3, 4, 2, 5, 3, 4, 3, 2)
bpre  <- c(3, 3, 2, 3, 3, 5, 2, 2)
d <- bpost - bpre
cat(sprintf("bug walsh median with zeros=%.17g without zeros=%.17g\n", walsh_median(d), walsh_median(d[d != 0])))
show("bug paired correct=TRUE", wilcox.test(bpost, bpre, paired = TRUE, conf.int = TRUE))
show("bug paired correct=FALSE", wilcox.test(bpost, bpre, paired = TRUE, conf.int = TRUE, correct = FALSE))

# Hand-worked: d = 1, -2, 3, 0 (zero, no ties among the rest): normal approximation
show("hand zero correct=FALSE", wilcox.test(c(2, 1, 5, 4), c(1, 3, 2, 4), paired = TRUE, conf.int = TRUE, correct = FALSE))

# Likert pre/post (SignedRankTestTest.POST/PRE): 40 pairs, 24 zeros, ties
post <- c(3,5,4,3,5,4,4,1,1,1,4,1,4,1,3,4,5,2,4,3,1,3,4,5,5,5,5,2,2,3,4,2,5,5,2,3,3,1,2,2)
pre  <- c(2,5,3,1,5,3,4,1,1,1,4,1,5,1,1,3,5,3,5,2,1,3,4,5,5,5,5,1,2,3,4,2,5,4,1,3,3,2,1,1)
dl <- post - pre
cat(sprintf("likert walsh median without zeros=%.17g\n", walsh_median(dl[dl != 0])))
show("likert paired correct=FALSE", wilcox.test(post, pre, paired = TRUE, conf.int = TRUE, correct = FALSE))
show("likert paired correct=TRUE", wilcox.test(post, pre, paired = TRUE, conf.int = TRUE))

# Two samples, no ties, 10 and 5: exact (R ?wilcox.test permeability)
term  <- c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46)
early <- c(1.15, 0.88, 0.90, 0.74, 1.21)
show("twosample exact", wilcox.test(term, early, conf.int = TRUE))
show("twosample permeability normal correct=FALSE", wilcox.test(term, early, conf.int = TRUE, exact = FALSE, correct = FALSE))

# Two Likert groups with ties (RankSumTestTest.X/Y, NaN removed)
x <- c(2,1,4,NA,1,3,5,3,3,4,5,1,1,4,3,4,1,NA,4,3,1,3,2,2,4,4,3,2,2,2)
y <- c(NA,3,1,5,4,4,1,4,4,4,4,2,1,2,4,2,3,4,4,2,5,2,2,2,5)
show("twosample likert correct=FALSE", wilcox.test(x, y, conf.int = TRUE, correct = FALSE))
show("twosample likert correct=TRUE", wilcox.test(x, y, conf.int = TRUE))

# Exact p for a small sample without ties: two-sided p from psignrank / pwilcox
show("paired small exact n=6", wilcox.test(c(5.1, 3.2, 4.8, 6.0, 2.9, 4.4), c(4.0, 3.5, 3.1, 4.2, 1.0, 4.3), paired = TRUE, conf.int = TRUE))

# StatisticsStageTest, scale "sa" 2024-2025: paired scale-score differences (stage fixture).
# The stage ranks the scores on a whole-number grid (ExactGrid: x 6 here) and divides the shift
# back, so its interval is R's on d * 6, divided by 6.
sd6 <- c(6, 2, 4, -2, 5, 4)
t6 <- suppressWarnings(wilcox.test(sd6, conf.int = TRUE, exact = FALSE, correct = FALSE))
cat(sprintf("stage sa paired (grid 6): ci=[%.17g, %.17g]\n", t6$conf.int[1] / 6, t6$conf.int[2] / 6))
show("stage sa paired (unscaled, for comparison)", suppressWarnings(wilcox.test(sd6 / 6, conf.int = TRUE, exact = FALSE, correct = FALSE)))
# Rank-biserial CI, independent samples (effectsize::rank_biserial formula): r = 0.40816326530612246, n 7 + 7
r <- 0.40816326530612246; se <- sqrt((7 + 7 + 1) / (3 * 7 * 7)); q <- qnorm(0.975)
cat(sprintf("stage sa anonymous rank-biserial ci=[%.17g, %.17g]\n", tanh(atanh(r) - q * se), tanh(atanh(r) + q * se)))
