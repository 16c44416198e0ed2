# Makes etr-long.csv and the lme4 reference numbers of EtrReferenceTests.
# Run from this folder: Rscript etr-reference.R   (R 4.2.2, lme4 1.1-31, Debian r-cran-lme4)
#
# A clinic of 40 clients with a PHQ-9 intake (assessment) score and up to 8 treatment sessions;
# 10 clients stop early (after 2 to 7 sessions), so the design is unbalanced. Scores follow the
# Finch, Lambert & Schaalje (2001) model with known values, rounded and kept within 0..27.
set.seed(2001)
n <- 40
client <- sprintf("C%02d", 1:n)
intake <- round(runif(n, 10, 27))
b0 <- rnorm(n, 0, 2.5)
b1 <- -0.3 * b0 / 2.5 + rnorm(n, 0, 1.0)
last <- rep(8, n)
last[sample(1:n, 10)] <- sample(2:7, 10, replace = TRUE)
rows <- do.call(rbind, lapply(1:n, function(i) {
  s <- 1:last[i]
  mu <- intake[i] - 1 + b0[i] + (-3.5 - 0.15 * (intake[i] - 17) + b1[i]) * log(s)
  score <- pmin(27, pmax(0, round(mu + rnorm(length(s), 0, 2))))
  data.frame(client = client[i], session = s, intake = intake[i], score = score)
}))
write.csv(rows, "etr-long.csv", row.names = FALSE, quote = FALSE)

library(lme4)
d <- read.csv("etr-long.csv")

fit <- lmer(score ~ log(session) * I(intake - 17) + (1 + log(session) | client), data = d, REML = TRUE)
options(digits = 15)
cat("rows", nrow(d), "clients", length(unique(d$client)), "\n")
print(fixef(fit))
G <- VarCorr(fit)$client
print(G[, ])
sigma2 <- sigma(fit)^2
cat("sigma2", sigma2, "\n")
cat("REML criterion", REMLcrit(fit), "\n")
cat("singular", isSingular(fit), "\n")
# Expected mean and 90% one-sided tolerance band for intake 22, sessions 1..8:
# mean = x'beta with x = (1, ln s, I - c, ln s (I - c)); sd = sqrt(z'Gz + sigma2), z = (1, ln s)
beta <- fixef(fit)
I <- 22
zq <- qnorm(0.90)
cat("zq", zq, "\n")
band <- t(sapply(1:8, function(s) {
  x <- c(1, log(s), I - 17, log(s) * (I - 17))
  z <- c(1, log(s))
  m <- sum(x * beta)
  sd <- sqrt(drop(t(z) %*% G[, ] %*% z) + sigma2)
  c(session = s, mean = m, sd = sd, lower = m - zq * sd, upper = m + zq * sd)
}))
print(band)

# --- A clinic's finished episodes, for ExpectedResponseTests --------------------------------------
# 100 episodes with PHQ-9 totals at sessions 1..k (k from 2 to 8); session 1 is the intake. Totals
# stay within 0..24 so that item 9 (risk) can be answered 0. The service fits the later sessions
# with the episode's first total as its intake, centred on the mean intake rounded to a whole point.
set.seed(2002)
m <- 100
episode <- sprintf("E%03d", 1:m)
truth <- round(runif(m, 10, 24))
e0 <- rnorm(m, 0, 2.5)
e1 <- rnorm(m, 0, 1.0)
k <- sample(2:8, m, replace = TRUE)
clinic <- do.call(rbind, lapply(1:m, function(i) {
  s <- 1:k[i]
  mu <- truth[i] + e0[i] * (s > 1) + (-3 - 0.15 * (truth[i] - 17) + e1[i]) * log(s)
  phq9 <- pmin(24, pmax(0, round(mu + rnorm(length(s), 0, 2) * (s > 1))))
  data.frame(episode = episode[i], session = s, phq9 = phq9)
}))
write.csv(clinic, "etr-clinic.csv", row.names = FALSE, quote = FALSE)

e <- read.csv("etr-clinic.csv")
first <- e[e$session == 1, c("episode", "phq9")]
names(first)[2] <- "intake"
later <- merge(e[e$session > 1, ], first, by = "episode")
later$score <- later$phq9
centre <- round(mean(first$intake))
cat("\nclinic rows", nrow(e), "episodes", nrow(first), "later rows", nrow(later), "centre", centre,
    "mean intake", mean(first$intake), "\n")
fit2 <- eval(bquote(lmer(score ~ log(session) * I(intake - .(centre)) + (1 + log(session) | episode),
                         data = later, REML = TRUE)))
print(fixef(fit2))
G2 <- VarCorr(fit2)$episode
print(G2[, ])
sigma2b <- sigma(fit2)^2
cat("sigma2", sigma2b, "\n")
cat("singular", isSingular(fit2), "\n")
beta2 <- fixef(fit2)
band2 <- t(sapply(1:8, function(s) {
  x <- c(1, log(s), 20 - centre, log(s) * (20 - centre))
  z <- c(1, log(s))
  mn <- sum(x * beta2)
  sd <- sqrt(drop(t(z) %*% G2[, ] %*% z) + sigma2b)
  c(session = s, mean = mn, sd = sd, lower = mn - zq * sd, upper = mn + zq * sd)
}))
cat("band for intake 20\n")
print(band2)
