#!/usr/bin/env Rscript
# Regenerates every NAME.svg + NAME.truth.json of this folder: networks drawn
# by R's qgraph package (base graphics), half through R's cairo svg() device
# (text as glyph <symbol>/<use>), half through svglite::svglite() (<text>).
#
#   Rscript generate.R            (run from anywhere; writes next to this script)
#
# Truth positions: qgraph's returned layout (q$layout, the rescaled layout it
# drew at), mapped with grconvertX/grconvertY(from = "user", to = "device")
# while the device is still open. qgraph draws in a plot region that fills the
# whole device (par(mar = 0)) but resets par("mar") to the default before
# returning; that shrinks the plot region without changing par("usr"), so
# par(mar = c(0, 0, 0, 0)) is set again before converting. Both devices'
# units are points with y down, written as the SVG user units.
# Truth edges: built from the matrix handed to qgraph (upper triangle for
# undirected, every non-zero cell for directed, the diagonal for self-loops),
# keeping what qgraph draws (|weight| > minimum; with bidirectional=TRUE one
# double-headed edge per reciprocal pair), and checked against q$Edgelist.
suppressPackageStartupMessages({
  library(qgraph)
  library(svglite)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
outdir <- if (length(script)) dirname(normalizePath(script)) else getwd()

RVER <- paste(R.version$major, R.version$minor, sep = ".")
GEN_CAIRO <- sprintf("R qgraph %s via grDevices::svg() (cairo %s, R %s)",
                     packageVersion("qgraph"), grSoftVersion()[["cairo"]], RVER)
GEN_SVGLITE <- sprintf("R qgraph %s via svglite %s (R %s)",
                       packageVersion("qgraph"), packageVersion("svglite"), RVER)

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

# Edges qgraph draws for weight matrix W: index pairs (from, to).
matrix_edges <- function(W, directed, minimum = 0, diag = FALSE,
                         bidirectional = FALSE) {
  n <- nrow(W)
  keep <- abs(W) > minimum & W != 0
  if (!directed) keep <- keep & upper.tri(W, diag = TRUE)
  if (!diag) keep[cbind(1:n, 1:n)] <- FALSE
  # qgraph's edge order: column-major over the matrix
  idx <- which(keep, arr.ind = TRUE)
  idx <- idx[order(idx[, 2], idx[, 1]), , drop = FALSE]
  em <- cbind(idx[, 1], idx[, 2])
  if (directed && bidirectional) {
    # qgraph omits the second edge of a reciprocal pair and draws the first
    # with arrowheads at both ends
    key <- paste(pmin(em[, 1], em[, 2]), pmax(em[, 1], em[, 2]))
    em <- em[!duplicated(key), , drop = FALSE]
  }
  em
}

# Edges qgraph itself will draw, from its returned object.
qgraph_drawn_edges <- function(q) {
  E <- q$Edgelist
  minimum <- q$graphAttributes$Graph$minimum
  srt <- q$plotOptions$srt
  keep <- abs(E$weight) > minimum
  if (any(E$bidirectional)) keep <- keep & !(duplicated(srt) & E$bidirectional)
  cbind(E$from[keep], E$to[keep])
}

same_multiset <- function(a, b, directed) {
  key <- function(m) {
    if (!directed) m <- cbind(pmin(m[, 1], m[, 2]), pmax(m[, 1], m[, 2]))
    sort(paste(m[, 1], m[, 2]))
  }
  identical(key(a), key(b))
}

# Draw one sample.
#   device: "cairo" (grDevices::svg) or "svglite"
#   W: weight matrix given to qgraph; qargs: further qgraph() arguments
#   ids: node ids for the truth (default colnames(W) or 1..n)
#   truth_edges: matrix of index pairs (default from W via matrix_edges)
sample_q <- function(name, device, W, width, height, qargs = list(),
                     directed = FALSE, minimum = 0, diag = FALSE,
                     bidirectional = FALSE, ids = NULL, notes = "") {
  svgfile <- file.path(outdir, paste0(name, ".svg"))
  if (device == "cairo") {
    svg(svgfile, width = width, height = height, family = "sans")
    generator <- GEN_CAIRO
  } else {
    svglite(svgfile, width = width, height = height)
    generator <- GEN_SVGLITE
  }
  q <- do.call(qgraph, c(list(W), qargs))
  # qgraph restored par("mar") to the default on exit; its plot region was
  # the whole device
  par(mar = c(0, 0, 0, 0))
  L <- q$layout
  dx <- grconvertX(L[, 1], from = "user", to = "device")
  dy <- grconvertY(L[, 2], from = "user", to = "device")
  # the same mapping by hand: xlim/ylim are par("usr") (xaxs = yaxs = "i")
  usr <- par("usr")
  din <- par("din") * 72
  stopifnot(max(abs(dx - (L[, 1] - usr[1]) / (usr[2] - usr[1]) * din[1])) < 1e-9,
            max(abs(dy - (usr[4] - L[, 2]) / (usr[4] - usr[3]) * din[2])) < 1e-9)
  dev.off()

  n <- nrow(W)
  if (is.null(ids)) ids <- if (!is.null(colnames(W))) colnames(W) else as.character(seq_len(n))
  em <- matrix_edges(W, directed, minimum, diag, bidirectional)
  drawn <- qgraph_drawn_edges(q)
  if (!same_multiset(em, drawn, directed))
    stop(name, ": edge list from the matrix differs from what qgraph draws")
  stopifnot(identical(q$graphAttributes$Graph$minimum, minimum),
            identical(any(q$Edgelist$directed), directed))
  labels <- q$graphAttributes$Nodes$labels
  if (is.logical(labels)) labels <- NULL else labels <- unname(as.character(labels))
  edges <- cbind(ids[em[, 1]], ids[em[, 2]])
  write_truth(file.path(outdir, paste0(name, ".truth.json")), generator,
              directed, ids, dx, dy, labels, edges, notes)
  cat(sprintf("%-28s %-8s %3d nodes %4d edges\n", name, device, n, nrow(edges)))
  invisible(q)
}

# Sparse symmetric weight matrix: edges (i, j, w) as a 3-column matrix.
sym_from_edges <- function(n, el, names = NULL) {
  W <- matrix(0, n, n)
  W[cbind(el[, 1], el[, 2])] <- el[, 3]
  W[cbind(el[, 2], el[, 1])] <- el[, 3]
  if (!is.null(names)) dimnames(W) <- list(names, names)
  W
}

# Random sparse partial-correlation-like weights for a block structure:
# within-block pairs with probability p_in, between with p_out; a share of
# negative weights.
block_weights <- function(sizes, p_in, p_out, neg = 0.2, lo = 0.08, hi = 0.45) {
  g <- rep(seq_along(sizes), sizes)
  n <- length(g)
  W <- matrix(0, n, n)
  for (i in 1:(n - 1)) for (j in (i + 1):n) {
    p <- if (g[i] == g[j]) p_in else p_out
    if (runif(1) < p) {
      w <- runif(1, lo, hi)
      if (runif(1) < neg) w <- -w
      W[i, j] <- W[j, i] <- round(w, 3)
    }
  }
  W
}

# ---------------------------------------------------------------- samples
# cairo svg() device: 1-6

# 1. EBICglasso partial-correlation network of 20 Big-Five-like items, spring
set.seed(2101)
items <- paste0(rep(c("N", "E", "O", "A", "C"), each = 4), 1:4)
p <- 20
K <- diag(p)
blk <- rep(1:5, each = 4)
for (i in 1:(p - 1)) for (j in (i + 1):p) {
  if (blk[i] == blk[j] && runif(1) < 0.8) K[i, j] <- K[j, i] <- -runif(1, 0.15, 0.3)
  else if (blk[i] != blk[j] && runif(1) < 0.05) K[i, j] <- K[j, i] <- runif(1, 0.1, 0.2)
}
diag(K) <- 1 + max(0, -min(eigen(K, symmetric = TRUE)$values)) + 0.1
X <- matrix(rnorm(600 * p), 600) %*% chol(solve(K))
colnames(X) <- items
S <- cor(X)
W1 <- suppressWarnings(suppressMessages(EBICglasso(S, n = 600, gamma = 0.5)))
W1 <- round(W1, 4)
dimnames(W1) <- list(items, items)
sample_q("glasso-spring-20", "cairo", W1, 6, 6,
  list(layout = "spring", labels = items),
  notes = "EBICglasso partial-correlation network (qgraph::EBICglasso on simulated data, 20 items N1..C4): weighted undirected, layout='spring', positive edges green and negative red, width and fade by |weight|; default look: white circles (100-point polygons, written by cairo as closed paths) with the item name inside as glyph <use>s; undirected edges are 2-point paths from centre to centre drawn under the circles")

# 2. full correlation matrix, circle layout, minimum and cut
set.seed(2102)
n2 <- 12
F <- matrix(rnorm(300 * 3), 300)
lo <- matrix(0, 3, n2)
lo[1, 1:4] <- runif(4, 0.5, 0.9); lo[2, 5:8] <- runif(4, 0.5, 0.9); lo[3, 9:12] <- runif(4, 0.5, 0.9)
lo[2, 1] <- -0.4; lo[1, 6] <- -0.3; lo[3, 2] <- 0.25
X2 <- F %*% lo + matrix(rnorm(300 * n2), 300)
W2 <- round(cor(X2), 3)
nm2 <- paste0("x", 1:n2)
dimnames(W2) <- list(nm2, nm2)
diag(W2) <- 1
sample_q("circle-cor-minimum-12", "cairo", W2, 6, 6,
  list(layout = "circle", minimum = 0.1, cut = 0.3, labels = nm2),
  minimum = 0.1,
  notes = "correlation matrix of 12 simulated variables (3 factors), layout='circle' (first node on top, clockwise); minimum=0.1 HIDES |r| <= 0.1 (not in the truth), cut=0.3 draws |r| < 0.3 thin and faded (light green / light pink, some nearly white but drawn, so in the truth); all other pairs drawn as 2-point paths centre to centre, many crossing the circle's interior")

# 3. directed weighted (VAR-like temporal) network, reciprocal pairs curved
set.seed(2103)
n3 <- 16
B <- matrix(0, n3, n3)
cand <- which(row(B) != col(B), arr.ind = TRUE)
pick <- cand[sample(nrow(cand), 26), ]
B[pick] <- round(runif(26, 0.12, 0.5) * sample(c(1, 1, 1, -1), 26, replace = TRUE), 3)
for (pr in list(c(1, 2), c(5, 9), c(12, 13), c(3, 16), c(7, 11)))
  { B[pr[1], pr[2]] <- 0.3; B[pr[2], pr[1]] <- -0.22 }
sample_q("directed-curved-16", "cairo", B, 6, 6,
  list(layout = "spring", asize = 5, labels = as.character(1:n3)),
  directed = TRUE,
  notes = "directed weighted network (asymmetric matrix: edge row -> column), layout='spring'; filled triangular arrowheads at the target's circle boundary (the shaft stops at the arrowhead's base); the five reciprocal pairs (1-2, 5-9, 12-13, 3-16, 7-11) are drawn as two curves bowing apart, one green and one red; green/red by sign; numeric labels 1..16 inside white circles")

# 4. node shapes and longer labels
lab4 <- c("Worry", "Fatigue", "Insomnia", "Restless", "Irritable", "Sad mood",
          "Anhedonia", "Guilt", "Appetite", "Concentration", "Psychomotor",
          "Nervous", "Suicidal", "Tension")
shp4 <- rep(c("circle", "square", "rectangle", "triangle", "diamond"), length.out = 14)
el4 <- rbind(c(1, 12, .35), c(1, 14, .28), c(12, 14, .31), c(4, 14, .22),
             c(4, 12, .18), c(5, 4, .15), c(5, 6, .12), c(6, 7, .42),
             c(6, 8, .25), c(7, 9, .14), c(6, 13, .2), c(8, 13, .16),
             c(2, 3, .33), c(2, 10, .24), c(3, 10, .12), c(2, 11, .19),
             c(10, 11, .21), c(9, 2, .11), c(7, 2, .17), c(1, 3, .13),
             c(5, 1, .2), c(11, 4, -.12), c(9, 12, -.1))
W4 <- sym_from_edges(14, el4, paste0("s", 1:14))
set.seed(2104)
sample_q("shapes-labels-14", "cairo", W4, 7, 6,
  list(layout = "spring", labels = lab4, shape = shp4, vsize = 9,
       vsize2 = ifelse(shp4 == "rectangle", 5, 9),
       color = "lightyellow", border.width = 1.5),
  ids = paste0("s", 1:14),
  notes = "qgraph shape=circle (100-point polygon), square and rectangle (rect(): closed 4-point paths; rectangles vsize2=5 so wider than tall), triangle and diamond (drawn by qgraph with points() pch=17/18 filled plus pch=2/5 outline; the node position is the triangle's CENTROID, so its bounding box centre lies 1/4 of the circumradius lower); longer word labels shrunk by qgraph's label.scale to fit inside the shapes (glyph <use>s); weighted undirected, spring layout")

# 5. pie rings (e.g. predictability) on circle nodes
set.seed(2105)
n5 <- 12
W5 <- block_weights(c(6, 6), 0.55, 0.08, neg = 0.15)
nm5 <- c(paste0("D", 1:6), paste0("A", 1:6))
dimnames(W5) <- list(nm5, nm5)
pie5 <- round(runif(n5, 0.15, 0.85), 2)
sample_q("pie-rings-12", "cairo", W5, 6, 6,
  list(layout = "spring", pie = pie5, pieColor = "#377EB8", labels = nm5,
       color = rep(c("#FBB4AE", "#B3CDE3"), each = 6), border.width = 1.2),
  notes = sprintf("weighted undirected network with pie= rings on every node (as used to show mgm predictability): each circle node is a filled 100-point polygon plus a blue ring segment (fraction %s) and a white remainder segment, both annulus polygons around the node (pieBorder=0.15); node fill by group (pink D1..D6, blue A1..A6) without legend; spring layout",
                  paste(pie5, collapse = ", ")))

# 6. bigger graph with groups and qgraph's legend
set.seed(2106)
sizes6 <- c(12, 10, 10, 10, 9)
W6 <- block_weights(sizes6, 0.32, 0.015, neg = 0.15)
n6 <- nrow(W6)
gr6 <- split(1:n6, rep(c("Mood", "Anxiety", "Sleep", "Cognition", "Somatic"), sizes6))
gr6 <- gr6[c("Mood", "Anxiety", "Sleep", "Cognition", "Somatic")]
sample_q("groups-big-51", "cairo", W6, 8, 6,
  list(layout = "spring", groups = gr6, vsize = 3.2, palette = "pastel",
       legend.cex = 0.45, labels = as.character(1:n6)),
  notes = "bigger network: 51 nodes in 5 groups (planted partition, weighted, a few negative edges), layout='spring'; groups= colours the nodes and qgraph draws its legend to the RIGHT of the graph (group names with filled circle keys drawn by legend(), like small nodes, not part of the graph); small nodes (vsize=3.2) with numeric labels 1..51; with more than 50 nodes qgraph draws nodes with points() (pch=16 filled disc plus pch=1 ring, cairo writes each as a 4-Bezier circle path) instead of 100-point polygons; isolated nodes possible")

# ---------------------------------------------------------------- samples
# svglite device: 7-12

# 7. groups with qgraph's default "groups" layout (circles of groups) + legend
set.seed(2107)
sizes7 <- c(7, 7, 7)
W7 <- block_weights(sizes7, 0.6, 0.06, neg = 0.2, lo = 0.1, hi = 0.6)
nm7 <- c(paste0("Dep", 1:7), paste0("Anx", 1:7), paste0("Str", 1:7))
dimnames(W7) <- list(nm7, nm7)
gr7 <- list(Depression = 1:7, Anxiety = 8:14, Stress = 15:21)
sample_q("groups-layout-legend-21", "svglite", W7, 8, 6,
  list(groups = gr7, color = c("#E41A1C80", "#377EB880", "#4DAF4A80"),
       vsize = 5.5, labels = nm7),
  notes = "weighted undirected network with groups= and no layout: qgraph's default for weighted graphs with groups is the 'groups' layout (each group on its own circle, the group circles on a big circle); translucent group colours; legend with group names and circle keys on the right (legend(), <circle>s); labels Dep1..Str7 as <text>; circle nodes are svglite <polygon>s (100 points, fill and stroke written as two polygons)")

# 8. directed with bidirectional=TRUE (double-headed edges) and self-loops
n8 <- 10
D8 <- matrix(0, n8, n8)
arcs8 <- rbind(c(1, 2), c(2, 3), c(3, 4), c(4, 5), c(5, 1), c(2, 6), c(6, 7),
               c(7, 8), c(8, 9), c(9, 10), c(10, 6), c(3, 8), c(4, 9),
               c(2, 1), c(7, 6), c(9, 4))       # last 3 make reciprocal pairs
D8[arcs8] <- 1
D8[cbind(c(1, 5, 8), c(1, 5, 8))] <- 1           # self-loops
nm8 <- LETTERS[1:n8]
dimnames(D8) <- list(nm8, nm8)
set.seed(2108)
sample_q("bidirectional-loops-10", "svglite", D8, 6, 6,
  list(layout = "spring", directed = TRUE, bidirectional = TRUE, diag = TRUE,
       labels = nm8, color = "lightblue", edge.color = "grey25", vsize = 6,
       mar = c(6, 6, 6, 6)),
  directed = TRUE, diag = TRUE, bidirectional = TRUE,
  notes = "directed unweighted network with bidirectional=TRUE: each reciprocal pair (A-B, F-G, D-I) is drawn as ONE straight <polyline> with arrowheads at BOTH ends and is listed once in the truth, as the edge qgraph draws (the pair's first edge in column-major matrix order); other edges have one filled <polygon> arrowhead at the target; self-loops on A, E and H (diag=TRUE) drawn as a 37-point <polyline> outside the node; with bidirectional=TRUE qgraph gives each loop arrowheads at BOTH of its ends too; edges leave a single-headed edge's source at the centre (line under the circle) and stop at the arrowhead base; spring layout")

# 9. path-model-like DAG, manual layout matrix, edge labels
nm9 <- c("X1", "X2", "X3", "M1", "M2", "M3", "Y1", "Y2", "Y3")
P9 <- matrix(0, 9, 9, dimnames = list(nm9, nm9))
P9["X1", "M1"] <- 0.42; P9["X1", "M2"] <- 0.18; P9["X2", "M2"] <- 0.51
P9["X2", "M3"] <- -0.27; P9["X3", "M3"] <- 0.36; P9["X3", "M1"] <- -0.12
P9["M1", "Y1"] <- 0.33; P9["M1", "Y2"] <- 0.21; P9["M2", "Y2"] <- 0.47
P9["M3", "Y3"] <- 0.58; P9["M3", "Y2"] <- -0.31; P9["X1", "Y1"] <- 0.15
P9["X3", "Y3"] <- 0.09
L9 <- cbind(rep(c(0, 1.2, 2.4), each = 3), rep(c(2, 1, 0), 3))
C9 <- matrix(0, 9, 9)                 # direct X -> Y paths would pass under M
C9[1, 7] <- 0.8; C9[3, 9] <- -0.8     # nodes: bend them outwards
EP9 <- matrix(0.5, 9, 9)              # X3 -> M1 crosses X2 -> M2 at its middle:
EP9[3, 4] <- 0.22                     # move its label towards X3

sample_q("edge-labels-path-9", "svglite", P9, 7, 5,
  list(layout = L9, curve = C9, edge.labels = TRUE, edge.label.position = EP9, edge.label.cex = 1.1, asize = 4,
       labels = nm9, shape = "square", vsize = 8, color = "grey95"),
  directed = TRUE,
  notes = "path-model style DAG with a manual layout matrix (3 columns X -> M -> Y, rescaled by qgraph to [-1,1]); square nodes (each a filled 4-point <polygon>, an invisible copy, then an unfilled <rect> border); edge.labels=TRUE writes each weight (rounded coefficient, e.g. 0.42, -0.27) as <text> on a white label box (<polygon>) at the edge's midpoint, which splits the drawn line visually but not in the file; arrowheads at the target square's boundary; green/red by sign")

# 10. 30 nodes, minimum / cut, colorblind theme, details
set.seed(2110)
W10 <- block_weights(c(10, 10, 10), 0.35, 0.05, neg = 0.25, lo = 0.02, hi = 0.5)
sample_q("cut-minimum-colorblind-30", "svglite", W10, 6, 6,
  list(layout = "spring", minimum = 0.05, cut = 0.25, theme = "colorblind",
       details = TRUE, labels = as.character(1:30)),
  minimum = 0.05,
  notes = "30-node weighted undirected network, theme='colorblind' (positive blue, negative red), layout='spring'; minimum=0.05 hides |w| <= 0.05 (not in the truth); cut=0.25: weaker edges are thin and strongly faded (some almost white, still drawn, in the truth); details=TRUE prints 'Cut: / Minimum: / Maximum:' text in the bottom-left corner")

# 11. undirected weighted self-loops on square nodes, circle layout
nm11 <- paste0("v", 1:9)
el11 <- rbind(c(1, 2, .4), c(2, 3, .3), c(3, 4, -.25), c(4, 5, .5), c(5, 6, .2),
              c(6, 7, .35), c(7, 8, -.3), c(8, 9, .45), c(9, 1, .15), c(1, 5, .3),
              c(2, 7, -.2), c(3, 8, .25), c(4, 9, .1))
W11 <- sym_from_edges(9, el11, nm11)
diag(W11) <- c(.5, 0, .3, 0, -.4, 0, .6, 0, 0)
sample_q("squares-loops-circle-9", "svglite", W11, 6, 6,
  list(layout = "circle", shape = "square", diag = TRUE, vsize = 10,
       color = "#FFF3D6", labels = nm11, mar = c(6, 6, 6, 6)),
  diag = TRUE,
  notes = "weighted undirected network with self-loops (non-zero diagonal drawn with diag=TRUE: loops on v1, v3, v5 (negative, red), v7) and square nodes (filled 4-point <polygon> + unfilled <rect> border) on layout='circle'; each loop is a <polyline> leaving and re-entering the square on its outer side; undirected edges are 2-point <polyline>s from centre to centre under the squares")

# 12. PHQ-9 / GAD-7 symptom network: abbreviated labels + nodeNames legend
nn12 <- c("Anhedonia", "Sad mood", "Sleep problems", "Energy loss", "Appetite change",
          "Worthlessness", "Concentration problems", "Psychomotor change", "Suicidal thoughts",
          "Nervousness", "Uncontrollable worry", "Excessive worry", "Trouble relaxing",
          "Restlessness", "Irritability", "Afraid something awful")
lab12 <- c(paste0("PHQ", 1:9), paste0("GAD", 1:7))
set.seed(2112)
W12 <- block_weights(c(9, 7), 0.45, 0.12, neg = 0.1, lo = 0.05, hi = 0.4)
dimnames(W12) <- list(lab12, lab12)
sample_q("nodenames-legend-16", "svglite", W12, 9, 6,
  list(layout = "spring", labels = lab12, nodeNames = nn12,
       groups = list(Depression = 1:9, Anxiety = 10:16),
       color = c("#A6CEE3", "#FDBF6F"), legend.cex = 0.35, vsize = 7),
  notes = "PHQ-9 + GAD-7 style symptom network: short labels (PHQ1..GAD7) in the nodes and nodeNames= full item names listed in qgraph's legend on the right ('PHQ1: Anhedonia' lines grouped under Depression/Anxiety with circle keys); weighted undirected, spring layout")
