# Times lme4's lmer() on the models of `./alliance lmm-bench` for one synthetic file, as
# bench/lmm-vs-lme4.sh runs it. Usage: Rscript bench/lme4-timings.R crossed|therapy FILE.csv
# Prints one line per model: formula;criterion;seconds;logLik;evaluations;lme4's convergence message.
suppressPackageStartupMessages(library(lme4))
args <- commandArgs(trailingOnly = TRUE)
design <- args[1]
file <- args[2]
models <- if (design == "crossed") {
  list(list("y ~ 1 + service + (1|s) + (1|d) + (1|dept)", FALSE), list("y ~ 1 + service + (1|s) + (1|d) + (1|dept)", TRUE),
       list("y ~ 1 + service + x + (1 + x|s) + (1|d)", FALSE), list("y ~ 1 + service + x + (1 + x|s) + (1|d)", TRUE))
} else {
  list(list("y ~ session + (1|client)", TRUE), list("y ~ session + (1|therapist) + (1|client)", TRUE),
       list("y ~ session + (1|therapist) + (session|client)", TRUE))
}
d <- read.csv(file, stringsAsFactors = TRUE)
for (model in models) {
  seconds <- system.time(m <- lmer(as.formula(model[[1]]), d, REML = model[[2]]))[["elapsed"]]
  message <- gsub("[\r\n]+ *", " ", paste(m@optinfo$conv$lme4$messages, collapse = "; "))
  cat(sprintf("%s;%s;%.3f;%.6f;%d;%s\n", model[[1]], if (model[[2]]) "REML" else "ML", seconds,
              as.numeric(logLik(m)), m@optinfo$feval, message))
}
