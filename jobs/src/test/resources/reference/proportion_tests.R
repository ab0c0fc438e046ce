# Reference values for TwoProportionTestTest and FisherExactTestTest.
# Run: Rscript jobs/src/test/resources/reference/proportion_tests.R
# prop.test(correct = FALSE) reports X-squared = z^2 of the pooled two-proportion z-test.
cases <- list(c(30, 50, 20, 50), c(12, 40, 25, 45), c(3, 5, 1, 5), c(9, 12, 4, 11), c(45, 65, 30, 60))
for (k in cases) {
  x <- c(k[1], k[3]); n <- c(k[2], k[4])
  pt <- prop.test(x, n, correct = FALSE)
  z <- sign(k[1] / k[2] - k[3] / k[4]) * sqrt(unname(pt$statistic))
  m <- matrix(c(k[1], k[2] - k[1], k[3], k[4] - k[3]), nrow = 2)
  ft <- fisher.test(m)
  cat(sprintf("%d/%d vs %d/%d: z = %.12g  p_prop = %.12g  p_fisher = %.12g\n",
              k[1], k[2], k[3], k[4], z, pt$p.value, ft$p.value))
}
