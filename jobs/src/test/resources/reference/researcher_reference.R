# Reference values for issue 16 (exact p, Pratt intervals, Dunn), derived in R only.
# Run: Rscript jobs/src/test/resources/reference/researcher_reference.R   (R 4.2.2, Debian r-base-core)
# Values printed with 17 significant digits are pasted into the JUnit tests named per block.
options(digits = 17, warn = 1)
show <- function(label, t) {
  cat(sprintf("%s: method=%s statistic=%.17g p=%.17g estimate=%.17g ci=[%.17g, %.17g]\n",
              label, t$method, t$statistic, t$p.value, t$estimate, t$conf.int[1], t$conf.int[2]))
}

# --- SignedRankTestTest.pratt*: Hodges-Lehmann interval with the zeros kept (Pratt option) ---
# R's wilcox.test drops zero differences before anything else, so it cannot give this interval.
# Written out from Hollander & Wolfe (1999, sec. 3.3): the Walsh averages of ALL differences,
# order statistics q and M + 1 - q, q = qsignrank(0.025, n) (at least 1) for n < 50.
walsh_interval <- function(d) {
  n <- length(d); w <- outer(d, d, "+"); w <- sort(w[!lower.tri(w)] / 2); m <- length(w)
  q <- max(1, qsignrank(0.025, n))
  cat(sprintf("n=%d q=%d estimate=%.17g ci=[%.17g, %.17g]\n", n, q, median(w), w[q], w[m + 1 - q]))
}
post <- c(3,5,4,3,5,4,4,1,1,1,4,1,4,1,3,4,5,2,4,3,1,3,4,5,5,5,5,2,2,3,4,2,5,5,2,3,3,1,2,2)
pre  <- c(2,5,3,1,5,3,4,1,1,1,4,1,5,1,1,3,5,3,5,2,1,3,4,5,5,5,5,1,2,3,4,2,5,4,1,3,3,2,1,1)
cat("pratt likert walsh interval: "); walsh_interval(post - pre)
cat("pratt hand walsh interval: "); walsh_interval(c(2, 1, 5, 4) - c(1, 3, 2, 4))

# --- DesignAnalysisTest: changes compared between cohorts, R's default wilcox.test (exact = NULL) ---
show("design exact", wilcox.test(c(1, 2, 3), c(0, 0.5), conf.int = TRUE))
library(stats)
rb_ci <- function(u, n1, n2) {  # effectsize::rank_biserial's interval, written out
  r <- 2 * u / (n1 * n2) - 1; se <- sqrt((n1 + n2 + 1) / (3 * n1 * n2)); q <- qnorm(0.975)
  cat(sprintf("  rank-biserial %.17g ci=[%.17g, %.17g]\n", r, tanh(atanh(r) - q * se), tanh(atanh(r) + q * se)))
}
# changes 1/3 (as 10/3 - 3 and as 4/3 - 1) tie with each other: normal approximation with ties
a <- c(1, 1/3, 2); b <- c(1/3, 0, -1/3, 0.5)
show("design tie 1/3", suppressWarnings(wilcox.test(a, b, conf.int = TRUE, correct = FALSE)))
rb_ci(wilcox.test(a, b, exact = FALSE)$statistic, 3, 4)
