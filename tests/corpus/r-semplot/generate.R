#!/usr/bin/env Rscript
# Regenerates every NAME.svg + NAME.truth.json of this folder: structural
# equation model path diagrams drawn by semPlot::semPaths() (which draws with
# qgraph, base graphics) from lavaan fits, half through R's cairo svg() device
# (text as glyph <symbol>/<use>), half through svglite::svglite() (<text>).
#
#   Rscript generate.R            (run from anywhere; writes next to this script)
#
# Truth positions: the layout semPaths drew at (q$layout of the returned
# qgraph object, rescaled by qgraph), mapped with grconvertX/grconvertY(from =
# "user", to = "device") while the device is still open. qgraph draws in a
# plot region filling the whole device (par(mar = 0)) but resets par("mar")
# on exit, which shrinks the plot region without changing par("usr"); so
# par(mar = c(0, 0, 0, 0)) is set again before converting, and the same
# result is asserted from par("usr") and the device size by hand. Both
# devices' units are points with y down, written as the SVG user units.
# Truth edges: the edges qgraph draws (q$Edgelist less the second edge of a
# bidirectional pair, which qgraph draws as one line with two heads);
# residual (co)variances are self-loops; in style = "lisrel" residuals are
# arrows with no node at their tail and are left out.
suppressPackageStartupMessages({
  library(semPlot)
  library(lavaan)
  library(svglite)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
outdir <- if (length(script)) dirname(normalizePath(script)) else getwd()

RVER <- paste(R.version$major, R.version$minor, sep = ".")
PKGS <- sprintf("R semPlot %s (qgraph %s, lavaan %s)", packageVersion("semPlot"),
                packageVersion("qgraph"), packageVersion("lavaan"))
GEN_CAIRO <- sprintf("%s via grDevices::svg() (cairo %s, R %s)", PKGS,
                     grSoftVersion()[["cairo"]], RVER)
GEN_SVGLITE <- sprintf("%s via svglite %s (R %s)", PKGS,
                       packageVersion("svglite"), RVER)

num <- function(v) {
  s <- sprintf("%.6f", v)
  s <- sub("0+$", "", s)
  s <- sub("\\.$", ".0", s)
  s[s == "-0.0"] <- "0.0"
  s
}
jstr <- function(s) as.character(toJSON(s, auto_unbox = TRUE))

write_truth <- function(path, generator, directed, ids, x, y, labels, edges, notes) {
  lines <- c("{",
             sprintf(" \"generator\": %s,", jstr(generator)),
             sprintf(" \"directed\": %s,", if (directed) "true" else "false"),
             " \"nodes\": [")
  nl <- character(length(ids))
  for (i in seq_along(ids)) {
    lab <- if (is.null(labels) || is.na(labels[i]) || labels[i] == "") "" else
      sprintf(", \"label\": %s", jstr(as.character(labels[i])))
    nl[i] <- sprintf("  {\"id\": %s, \"x\": %s, \"y\": %s%s}",
                     jstr(ids[i]), num(x[i]), num(y[i]), lab)
  }
  nl[-length(nl)] <- paste0(nl[-length(nl)], ",")
  el <- sprintf("  [%s, %s]", sapply(edges[, 1], jstr), sapply(edges[, 2], jstr))
  if (length(el)) el[-length(el)] <- paste0(el[-length(el)], ",")
  lines <- c(lines, nl, " ],", " \"edges\": [", el, " ],",
             sprintf(" \"notes\": %s", jstr(notes)), "}")
  writeLines(lines, path)
}

# Edges qgraph draws, from its returned object: every edge above `minimum`,
# less the second of each bidirectional pair (drawn as one double-headed line).
qgraph_drawn_edges <- function(q) {
  E <- q$Edgelist
  minimum <- q$graphAttributes$Graph$minimum
  srt <- q$plotOptions$srt
  keep <- abs(E$weight) > minimum
  if (any(E$bidirectional)) keep <- keep & !(duplicated(srt) & E$bidirectional)
  cbind(E$from[keep], E$to[keep])
}

sample_sem <- function(name, device, fit, width, height, sargs = list(),
                       drop_loops = FALSE, notes = "") {
  svgfile <- file.path(outdir, paste0(name, ".svg"))
  if (device == "cairo") {
    svg(svgfile, width = width, height = height, family = "sans")
    generator <- GEN_CAIRO
  } else {
    svglite(svgfile, width = width, height = height)
    generator <- GEN_SVGLITE
  }
  # by name: semPlotModel deparses its argument, which fails for a lavaan
  # object inlined into the call
  q <- do.call("semPaths", c(list(as.name("fit")), sargs))
  par(mar = c(0, 0, 0, 0))
  L <- q$layout
  dx <- grconvertX(L[, 1], from = "user", to = "device")
  dy <- grconvertY(L[, 2], from = "user", to = "device")
  usr <- par("usr")
  din <- par("din") * 72
  stopifnot(max(abs(dx - (L[, 1] - usr[1]) / (usr[2] - usr[1]) * din[1])) < 1e-9,
            max(abs(dy - (usr[4] - L[, 2]) / (usr[4] - usr[3]) * din[2])) < 1e-9)
  dev.off()

  nodes <- q$graphAttributes$Nodes
  ids <- names(nodes$labels)
  if (is.null(ids)) ids <- as.character(seq_len(nrow(L)))
  labels <- unname(as.character(nodes$labels))
  em <- qgraph_drawn_edges(q)
  # intercept triangles all carry the name "1": name each after the node its
  # one edge points at
  tri <- which(nodes$shape == "triangle")
  # (its edge may be one of weight 0, which qgraph leaves undrawn)
  E <- q$Edgelist
  # (its edge may be one of weight 0, which qgraph leaves undrawn, or none
  # at all: then it is named by its place among the triangles)
  for (k in tri) {
    to <- E$to[E$from == k]
    ids[k] <- if (length(to)) paste0("int_", ids[to[1]])
              else paste0("int", match(k, tri))
  }
  stopifnot(!anyDuplicated(ids))
  if (drop_loops) em <- em[em[, 1] != em[, 2], , drop = FALSE]
  edges <- cbind(ids[em[, 1]], ids[em[, 2]])
  write_truth(file.path(outdir, paste0(name, ".truth.json")), generator,
              TRUE, ids, dx, dy, labels, edges, notes)
  cat(sprintf("%-30s %-8s %3d nodes %4d edges (%d loops)\n", name, device,
              length(ids), nrow(edges), sum(em[, 1] == em[, 2])))
  invisible(q)
}

HS <- HolzingerSwineford1939
hs.model <- ' visual  =~ x1 + x2 + x3
              textual =~ x4 + x5 + x6
              speed   =~ x7 + x8 + x9 '
hs.fit <- cfa(hs.model, data = HS)

sample_sem("hs-cfa-std-12", "cairo", hs.fit, 7, 5,
  list(what = "std", edge.label.cex = 0.8),
  notes = paste("lavaan's Holzinger-Swineford three-factor CFA, semPaths(fit,",
                "'std'): manifest squares x1..x9 at the bottom, latent circles",
                "(labels abbreviated to 3 letters: vsl, txt, spd) at the top,",
                "loadings as arrows (the first of each factor fixed, so dashed),",
                "green by sign, width and fading by size, standardised values",
                "as edge labels on white boxes; residual and latent variances",
                "as double-headed self-loops; factor covariances as curved",
                "double-headed edges (each listed once)"))

sample_sem("hs-cfa-lisrel-12", "svglite", hs.fit, 7, 5,
  list(what = "paths", style = "lisrel", edge.color = "black"),
  drop_loops = TRUE,
  notes = paste("the same CFA, default what = 'paths' (no values), style =",
                "'lisrel': residual variances drawn as short arrows into each",
                "node from no node (left out of the truth), latent variances",
                "not drawn; factor covariances as curved double-headed edges;",
                "black edges, fixed loadings dashed"))

pd.model <- '
  ind60 =~ x1 + x2 + x3
  dem60 =~ y1 + y2 + y3 + y4
  dem65 =~ y5 + y6 + y7 + y8
  dem60 ~ ind60
  dem65 ~ ind60 + dem60
  y1 ~~ y5
  y2 ~~ y4 + y6
  y3 ~~ y7
  y4 ~~ y8
  y6 ~~ y8'
pd.fit <- sem(pd.model, data = PoliticalDemocracy)
sample_sem("poldem-sem-tree2-14", "cairo", pd.fit, 9, 6,
  list(what = "std", layout = "tree2", edge.label.cex = 0.7, sizeMan = 6,
       sizeLat = 9, fade = FALSE),
  notes = paste("lavaan's PoliticalDemocracy SEM (Bollen): 3 latents with",
                "regressions between them, 11 indicators, 6 correlated",
                "residual pairs drawn as curved double-headed edges between",
                "indicators; layout = 'tree2', standardised estimates as",
                "edge labels, fade = FALSE (widths by size, no fading); residual",
                "variances as self-loops"))

set.seed(42)
n <- 200
X <- rnorm(n); M <- 0.5 * X + rnorm(n); W <- rnorm(n)
Y <- 0.4 * M + 0.2 * X + 0.3 * W + rnorm(n)
med.data <- data.frame(X, M, Y, W)
med.fit <- sem("M ~ X; Y ~ M + X + W", data = med.data)
sample_sem("mediation-rotated-4", "svglite", med.fit, 6, 4,
  list(what = "est", layout = "tree2", rotation = 2, edge.label.cex = 1,
       sizeMan = 10, nCharNodes = 0, fade = FALSE),
  notes = paste("observed-variable mediation model (X -> M -> Y, X -> Y, W -> Y)",
                "on simulated data, layout = 'tree2' rotated (rotation = 2:",
                "exogenous left, outcomes right), estimates as edge labels,",
                "residual and exogenous variances as self-loops, the exogenous",
                "X, W covariance as a curved double-headed edge"))

bf.model <- ' g =~ x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + x9
              visual  =~ x1 + x2 + x3
              textual =~ x4 + x5 + x6
              speed   =~ x7 + x8 + x9 '
bf.fit <- cfa(bf.model, data = HS, orthogonal = TRUE, std.lv = TRUE)
sample_sem("hs-bifactor-13", "svglite", bf.fit, 8, 5,
  list(what = "std", layout = "tree2", bifactor = "g", residuals = FALSE,
       edge.label.cex = 0.6, nCharNodes = 0, fade = FALSE),
  notes = paste("bifactor CFA (orthogonal, std.lv): general factor g below the",
                "nine manifests, three specific factors above (bifactor = 'g'),",
                "full latent names (nCharNodes = 0), residuals = FALSE so no",
                "self-loops; standardised loadings as edge labels"))

hs.mfit <- cfa(hs.model, data = HS, meanstructure = TRUE)
sample_sem("hs-intercepts-24", "cairo", hs.mfit, 8, 5,
  list(what = "paths", intercepts = TRUE, residuals = FALSE),
  notes = paste("the CFA with meanstructure = TRUE: semPaths adds an intercept",
                "node per variable (a triangle labelled 1 beside it, placed by",
                "its centroid as qgraph does, ids int_<variable>) with an arrow",
                "to it (the latents' fixed intercepts dashed); residuals = FALSE;",
                "grey what = 'paths' edges, fixed loadings dashed; x4 and x5 overlap"))

sample_sem("hs-circle-groups-12", "svglite", hs.fit, 6, 6,
  list(what = "std", layout = "circle", groups = "latents", pastel = TRUE,
       residuals = FALSE, edge.label.cex = 0.7, fade = FALSE),
  notes = paste("the CFA with layout = 'circle' (manifests on an outer circle,",
                "latents on an inner one), groups = 'latents' colouring each",
                "factor with its indicators in pastel colours, residuals = FALSE,",
                "standardised edge labels, curved covariances inside"))

gm.model <- ' i =~ 1*t1 + 1*t2 + 1*t3 + 1*t4
              s =~ 0*t1 + 1*t2 + 2*t3 + 3*t4
              i ~ x1 + x2
              s ~ x1 + x2 '
gm.fit <- growth(gm.model, data = Demo.growth)
sample_sem("growth-curve-16", "cairo", gm.fit, 7, 5,
  list(what = "est", edge.label.cex = 0.8, fixedStyle = c("black", 1),
       freeStyle = c("black", 1), edge.color = "black", fade = FALSE),
  notes = paste("lavaan's latent growth model on Demo.growth: intercept i and",
                "slope s with fixed loadings (1,1,1,1 and 0,1,2,3 as edge labels)",
                "on t1..t4, regressed on the covariates x1, x2; all edges black",
                "and solid (fixedStyle/freeStyle); residual variances as",
                "self-loops, the i-s and x1-x2 covariances as curved double-headed",
                "edges, fade = FALSE; the intercept triangles semPaths adds for a",
                "growth model: those of x1, x2, i, s with an arrow each, those of",
                "t1..t4 (fixed to 0, edges of weight 0 not drawn) alone under",
                "their squares (ids int1..int4)"))
