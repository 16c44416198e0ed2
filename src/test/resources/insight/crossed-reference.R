# lme4 reference values for CrossedReferenceTests: the crossed intercepts of InstEval's shape and a
# random slope on the students, by ML and REML, on a data set written by Alliance's generator
# (org.alliance.insight.SyntheticCrossedData, deterministic). Run with R 4.2.2 and lme4 1.1-31
# (Debian 12's r-cran-lme4):
#
#   Rscript src/test/resources/insight/crossed-reference.R src/test/resources/insight/crossed-small.csv
#   ./alliance lmm-bench --design crossed --out /tmp/crossed --models 1   # writes crossed-2972x1128.csv
#   Rscript src/test/resources/insight/crossed-reference.R /tmp/crossed/crossed-2972x1128.csv
#
# Prints, per model and criterion, the log-likelihood, the fixed effects with standard errors, the
# variance components (variances, correlation) and the residual variance, to 10 significant digits.
suppressPackageStartupMessages(library(lme4))
file <- commandArgs(trailingOnly = TRUE)[1]
d <- read.csv(file, stringsAsFactors = TRUE)
cat(sprintf("# %s: %d rows, %d students, %d lecturers, %d departments; R %s, lme4 %s\n", basename(file), nrow(d),
            nlevels(d$s), nlevels(d$d), nlevels(d$dept), getRversion(), packageVersion("lme4")))
report <- function(formula, reml) {
  m <- lmer(formula, d, REML = reml)
  cat(sprintf("\n%s  %s\n", deparse(formula), if (reml) "REML" else "ML"))
  cat(sprintf("logLik %.10f  objective %.10f  optimizer evaluations %d\n", as.numeric(logLik(m)),
              if (reml) REMLcrit(m) else deviance(m), m@optinfo$feval))
  for (message in m@optinfo$conv$lme4$messages) cat("lme4 says:", message, "\n")
  cf <- summary(m)$coefficients
  for (i in seq_len(nrow(cf))) cat(sprintf("fixef %-12s %.10g  se %.10g\n", rownames(cf)[i], cf[i, 1], cf[i, 2]))
  vc <- as.data.frame(VarCorr(m))
  for (i in seq_len(nrow(vc))) {
    name <- paste(vc$grp[i], vc$var1[i], if (is.na(vc$var2[i])) "" else vc$var2[i])
    cat(sprintf("varcorr %-28s %s %.10g\n", name, if (is.na(vc$var2[i])) "variance" else "correlation",
                if (is.na(vc$var2[i])) vc$vcov[i] else vc$sdcor[i]))
  }
}
for (reml in c(FALSE, TRUE)) report(y ~ 1 + service + (1 | s) + (1 | d) + (1 | dept), reml)
for (reml in c(FALSE, TRUE)) report(y ~ 1 + service + x + (1 + x | s) + (1 | d), reml)
