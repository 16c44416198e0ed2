# Reference numbers for the dropout-risk tests (org.alliance.outcome.dropout).
# Run: Rscript dropout-reference.R  (from src/test/resources/outcome)
# 1. Writes the deterministic data set dropout-train.csv (seed 20261201).
# 2. Prints R's unpenalised glm(binomial) fit, converged to epsilon 1e-14.
# 3. Prints the ridge fit at lambda = 0.1 of the objective the Java code minimises,
#    -(1/n) loglik + (lambda/2) * sum(beta_std^2) (intercept unpenalised), on the
#    features standardised with R's scale() (sample SD), minimised by optim (BFGS).
# 4. Prints the Mann-Whitney AUC of the glm's linear predictor, by ranks and by wilcox.test.
set.seed(20261201)
n <- 120
episode <- sprintf("E%03d", 1:n)
alliance <- round(rnorm(n, 4.2, 0.5), 2)
phq9 <- pmin(27, pmax(0, round(rnorm(n, 15, 5))))
missed <- rpois(n, 0.4)
rupture <- rbinom(n, 1, 0.3)
eta <- -1.2 - 1.1 * (alliance - 4.2) + 0.06 * (phq9 - 15) + 0.7 * missed + 0.5 * rupture
dropout <- rbinom(n, 1, plogis(eta))
train <- data.frame(episode, alliance, phq9, missed, rupture, dropout)
write.csv(train, "dropout-train.csv", row.names = FALSE, quote = FALSE)

d <- read.csv("dropout-train.csv")
fit <- glm(dropout ~ alliance + phq9 + missed + rupture, family = binomial, data = d,
           control = glm.control(epsilon = 1e-14, maxit = 100))
cat("rows", nrow(d), "dropouts", sum(d$dropout), "\n")
cat("glm coefficients\n"); print(coef(fit), digits = 15)
cat("glm deviance", format(deviance(fit), digits = 15), "\n")

X <- scale(as.matrix(d[, c("alliance", "phq9", "missed", "rupture")]))
y <- d$dropout
lambda <- 0.1
objective <- function(b) {
  e <- b[1] + X %*% b[-1]
  -mean(y * e - log1p(exp(e))) + lambda / 2 * sum(b[-1]^2)
}
gradient <- function(b) {
  e <- as.vector(b[1] + X %*% b[-1])
  r <- y - plogis(e)
  c(-mean(r), -colMeans(X * r) + lambda * b[-1])
}
opt <- optim(rep(0, 5), objective, gradient, method = "BFGS",
             control = list(reltol = 1e-16, maxit = 10000))
cat("ridge lambda 0.1 standardised coefficients (intercept, alliance, phq9, missed, rupture)\n")
print(opt$par, digits = 15)
cat("gradient at the optimum", format(max(abs(gradient(opt$par))), digits = 3), "\n")
cat("feature means\n"); print(attr(X, "scaled:center"), digits = 15)
cat("feature sds\n"); print(attr(X, "scaled:scale"), digits = 15)

lp <- predict(fit, type = "link")
n1 <- sum(y == 1); n0 <- sum(y == 0)
auc <- (sum(rank(lp)[y == 1]) - n1 * (n1 + 1) / 2) / (n1 * n0)
w <- wilcox.test(lp[y == 1], lp[y == 0], exact = FALSE)$statistic
cat("AUC by ranks", format(auc, digits = 15), "by wilcox.test", format(w / (n1 * n0), digits = 15), "\n")
one <- glm(dropout ~ alliance, family = binomial, data = d, control = glm.control(epsilon = 1e-14, maxit = 100))
cat("glm dropout ~ alliance (a recalibration of the predictor alliance)\n"); print(coef(one), digits = 15)
cat(R.version.string, "\n")
