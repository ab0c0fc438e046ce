# Reference values for ProportionDifferenceTest: R's prop.test without continuity correction.
# Run: Rscript jobs/src/test/resources/reference/proportion_difference.R
cases <- list(c(3, 30, 27, 90), c(15, 40, 10, 45), c(1, 5, 20, 60), c(50, 100, 50, 100))
for (k in cases) {
  t <- prop.test(c(k[1], k[3]), c(k[2], k[4]), correct = FALSE)
  cat(sprintf("%d/%d vs %d/%d: X2=%.12g p=%.12g\n", k[1], k[2], k[3], k[4], t$statistic, t$p.value))
}
