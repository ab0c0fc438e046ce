# Reference values for PooledSdTest (funnel plots of means, issue 14).
# Run: Rscript jobs/src/test/resources/reference/funnel_reference.R
# The pooled within-location SD is the square root of a one-way ANOVA's residual mean square;
# the funnel limits are mean +/- qnorm(1 - alpha/2) * sd / sqrt(n) (Spiegelhalter 2005).
akker <- c(3.25, 4.0, 3.5, 2.75, 4.25)
beek  <- c(3.0, 3.5, 4.5, 4.0)
duin  <- c(2.5, 3.75, 3.0, 3.25, 4.0, 3.5)
haven <- c(4.0)  # one person: no within-location spread, no degrees of freedom
x <- c(akker, beek, duin, haven)
g <- factor(rep(c("Akker", "Beek", "Duin", "Haven"), c(length(akker), length(beek), length(duin), length(haven))))
fit <- anova(lm(x ~ g))
sd_pooled <- sqrt(fit["Residuals", "Mean Sq"])
board <- mean(x)
cat(sprintf("pooled_sd %.10f\n", sd_pooled))
cat(sprintf("board_mean %.10f\n", board))
for (n in c(4, 15)) {
  for (level in c(0.95, 0.998)) {
    z <- qnorm(1 - (1 - level) / 2)
    cat(sprintf("limits n=%d level=%.3f lower %.10f upper %.10f\n", n, level, board - z * sd_pooled / sqrt(n), board + z * sd_pooled / sqrt(n)))
  }
}
