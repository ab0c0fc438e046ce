# Reference values for StatisticsStageTest with options.exact_p on (the default, as R's
# wilcox.test(exact = NULL)): where R uses the exact null distribution on the stage fixture.
# Run: Rscript jobs/src/test/resources/reference/stage_exact_reference.R   (R 4.2.2, Debian r-base-core)
# Reads ../stats-stage/responses.csv, the fixture the Java test loads; nothing here uses Java.
options(digits = 17, warn = 1)
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
d <- read.csv(file.path(here, "..", "stats-stage", "responses.csv"), comment.char = "#",
              na.strings = ".", stringsAsFactors = FALSE)
scales <- list(sa = c("a1", "a2", "a3"), sb = "b1", sc = c("c1", "c2"))
# scale score: mean of the answered items (a3 already holds its reversed score) when at least
# half of the scale's items are answered
score <- function(rows, items) {
  m <- as.matrix(rows[, items, drop = FALSE])
  answered <- rowSums(!is.na(m))
  ifelse(answered >= 0.5 * length(items) & answered > 0, rowMeans(m, na.rm = TRUE), NA)
}
show <- function(label, t) {
  cat(sprintf("%s: W=%.17g p=%.17g estimate=%.17g ci=[%.17g, %.17g] method=%s\n", label, t$statistic,
              t$p.value, t$estimate, t$conf.int[1], t$conf.int[2], t$method))
}

# Groups, 2024-2025 voormeting: group_a = ervaren (first by name), group_b = nieuw
v <- d[d$school_year == "2024-2025" & d$wave == "voormeting", ]
p <- c()
for (s in names(scales)) {
  x <- score(v[v$grp == "ervaren", ], scales[[s]]); y <- score(v[v$grp == "nieuw", ], scales[[s]])
  x <- x[!is.na(x)]; y <- y[!is.na(y)]
  ties <- length(unique(c(x, y))) < length(c(x, y))
  t <- suppressWarnings(wilcox.test(x, y, conf.int = TRUE, correct = FALSE))
  cat(sprintf("groups %s: ervaren=%s nieuw=%s ties=%s\n", s, paste(x, collapse = " "), paste(y, collapse = " "), ties))
  show(paste("groups", s), t)
  p[s] <- t$p.value
}
cat("groups holm over sa, sb, sc:", sprintf("%.17g", p.adjust(p, "holm")), "\n")

# Pre/post sa 2024-2025, linked respondents (r7 only voormeting, r8 only nameting): sd_pre, sd_post
pre <- d[d$school_year == "2024-2025" & d$wave == "voormeting", ]
post <- d[d$school_year == "2024-2025" & d$wave == "nameting", ]
linked <- intersect(pre$respondent, post$respondent)
x <- score(pre[match(linked, pre$respondent), ], scales$sa); y <- score(post[match(linked, post$respondent), ], scales$sa)
keep <- !is.na(x) & !is.na(y)
cat(sprintf("prepost sa: n=%d mean_pre=%.17g sd_pre=%.17g mean_post=%.17g sd_post=%.17g\n", sum(keep),
            mean(x[keep]), sd(x[keep]), mean(y[keep]), sd(y[keep])))

# Dunn (1964) on locations, sa 2024-2025 voormeting (StatisticsStageTest.kruskalWallisAndDunnForLocations),
# written out in base R: mean ranks of the pooled sample, tie-corrected variance, two-sided normal p,
# Holm over the three pairs (p.adjust). Also R's kruskal.test for H.
dunn <- function(values, groups) {
  r <- rank(values); n <- length(values); ties <- table(values)
  s2 <- (n * (n + 1) / 12) - sum(ties^3 - ties) / (12 * (n - 1))
  g <- sort(unique(groups)); out <- NULL
  for (i in 1:(length(g) - 1)) for (j in (i + 1):length(g)) {
    a <- groups == g[i]; b <- groups == g[j]
    z <- (mean(r[a]) - mean(r[b])) / sqrt(s2 * (1 / sum(a) + 1 / sum(b)))
    out <- rbind(out, data.frame(pair = paste(g[i], g[j], sep = "-"), z = z, p = 2 * pnorm(-abs(z))))
  }
  out$p_holm <- p.adjust(out$p, "holm"); out
}
sa <- score(v, scales$sa); keep <- !is.na(sa)
print(kruskal.test(sa[keep], factor(v$location[keep]))$statistic, digits = 17)
res <- dunn(sa[keep], v$location[keep])
for (k in seq_len(nrow(res))) cat(sprintf("dunn sa %s: z=%.17g p=%.17g p_holm=%.17g\n", res$pair[k], res$z[k], res$p[k], res$p_holm[k]))

# Hand-checkable: R's ?kruskal.test data (Hollander & Wolfe), no ties (DunnTestTest.handWorkedWithoutTies)
hx <- c(2.9, 3.0, 2.5, 2.6, 3.2); hy <- c(3.8, 2.7, 4.0, 2.4); hz <- c(2.8, 3.4, 3.7, 2.2, 2.0)
res <- dunn(c(hx, hy, hz), rep(c("g0", "g1", "g2"), c(5, 4, 5)))
for (k in seq_len(nrow(res))) cat(sprintf("dunn hw %s: z=%.17g p=%.17g p_holm=%.17g\n", res$pair[k], res$z[k], res$p[k], res$p_holm[k]))
