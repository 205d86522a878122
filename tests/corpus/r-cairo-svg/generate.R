#!/usr/bin/env Rscript
# Regenerates every NAME.svg + NAME.truth.json of this folder: R base-graphics
# network plots (igraph's plot.igraph, sna's gplot, network's plot.network)
# drawn into grDevices::svg(), R's cairo SVG device (text as glyph <symbol>s
# placed by <use>, every shape a <path>).
#
#   Rscript generate.R            (run from anywhere; writes next to this script)
#
# Truth positions: the vertex coordinates the plot function drew at, in user
# coordinates (plot.igraph: the layout rescaled with norm_coords to [-1,1];
# gplot / plot.network: the coordinate matrix they return, after their jitter),
# mapped with grconvertX/grconvertY(from = "user", to = "device") while the
# device is still open. The svg() device works in points (72 per inch) with
# y down, and cairo writes those as the SVG's user units
# (viewBox = "0 0 W H", W, H = inches x 72).
suppressPackageStartupMessages({
  library(igraph)
  library(sna)       # also attaches network
  library(jsonlite)
})

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
outdir <- if (length(script)) dirname(normalizePath(script)) else getwd()

RVER <- paste(R.version$major, R.version$minor, sep = ".")
CAIRO <- grSoftVersion()[["cairo"]]

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
    lab <- if (is.null(labels) || is.na(labels[i])) "" else
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

open_svg <- function(name, width, height) {
  svg(file.path(outdir, paste0(name, ".svg")), width = width, height = height,
      family = "sans")
}

to_device <- function(P) cbind(grconvertX(P[, 1], from = "user", to = "device"),
                               grconvertY(P[, 2], from = "user", to = "device"))

# ---- igraph ---------------------------------------------------------------
IGEN <- sprintf("R igraph %s plot.igraph via grDevices::svg() (cairo %s, R %s)",
                packageVersion("igraph"), CAIRO, RVER)
vid <- function(g) if (!is.null(V(g)$name)) V(g)$name else as.character(seq_len(vcount(g)))

ig_sample <- function(name, g, L, width, height, plotargs = list(), labels = NULL,
                      directed = is_directed(g), after = NULL, notes = "") {
  open_svg(name, width, height)
  do.call(plot, c(list(g, layout = L), plotargs))
  if (!is.null(after)) after()
  D <- to_device(norm_coords(L, -1, 1, -1, 1))
  dev.off()
  ids <- vid(g)
  em <- as_edgelist(g, names = FALSE)
  write_truth(file.path(outdir, paste0(name, ".truth.json")), IGEN, directed,
              ids, D[, 1], D[, 2], labels, cbind(ids[em[, 1]], ids[em[, 2]]), notes)
}

# 1. FR layout, labelled circles
set.seed(201)
g <- sample_gnm(25, 36)
V(g)$name <- paste0("v", 1:25)
ig_sample("igraph-fr-labels-25", g, layout_with_fr(g), 6, 6,
  list(vertex.size = 9, vertex.color = "lightsteelblue", vertex.label.cex = 0.7,
       vertex.label.color = "black", edge.color = "grey40"),
  labels = V(g)$name,
  notes = "G(n,m) 25/36, Fruchterman-Reingold; circles (cairo Bezier <path>s) with names drawn as glyph <use>s inside; straight edges as 2-point <path>s; isolated vertices possible")

# 2. directed, reciprocal pairs curved, arrowheads
set.seed(202)
g <- sample_gnp(16, 0.12, directed = TRUE)
g <- add_edges(g, c(1,2, 2,1, 4,8, 8,4, 10,11, 11,10))
g <- simplify(g)
ig_sample("igraph-directed-curved-16", g, layout_with_kk(g), 6, 6,
  list(edge.arrow.size = 0.6, vertex.size = 10, vertex.color = "gold",
       vertex.label.cex = 0.8, edge.color = "grey20"),
  labels = as.character(1:16),
  notes = "directed G(n,p) plus reciprocal pairs; autocurve bends reciprocal pairs apart; arrowheads are filled closed <path>s at the target boundary; numeric labels (glyphs) inside vertices")

# 3. self-loops and parallel edges
g <- make_graph(c(1,2, 1,2, 2,3, 3,4, 3,4, 3,4, 4,5, 5,1, 5,6, 6,7, 7,8, 8,9, 9,10,
                  10,6, 1,1, 4,4, 4,4, 8,8), n = 10, directed = FALSE)
em <- as_edgelist(g, names = FALSE)
la <- rep(0, ecount(g)); lp <- which(em[, 1] == em[, 2])
la[lp] <- c(pi / 2, 0, pi, pi / 2)  # pi/2 draws the loop below the vertex
set.seed(203)
ig_sample("igraph-loops-multi-10", g, layout_with_kk(g), 6, 6,
  list(edge.curved = curve_multiple(g, start = 0.4), edge.loop.angle = la, margin = 0.2,
       vertex.size = 9, vertex.color = "wheat", vertex.label.cex = 0.8),
  labels = as.character(1:10),
  notes = "undirected multigraph: 1-2 twice, 3-4 three times (curved apart by curve_multiple); self-loops on 1, 8 and two on 4 (Bezier teardrops)")

# 4. tree with rectangles, directed
g <- make_tree(40, children = 3, mode = "out")
V(g)$name <- paste0("t", 0:39)
ig_sample("igraph-tree-rect-40", g, layout_as_tree(g, root = 1), 10, 5,
  list(vertex.shape = "rectangle", vertex.size = 5, vertex.size2 = 6, asp = 0,
       vertex.color = "mistyrose", vertex.label.cex = 0.55, edge.arrow.size = 0.3,
       vertex.label.color = "black"),
  labels = V(g)$name,
  notes = "ternary out-tree, Reingold-Tilford layout, asp=0; rectangle vertices (closed 4-point <path>s) with names inside; small arrowheads")

# 5. communities, hulls, legend, title, squares
set.seed(205)
g <- sample_islands(3, 20, 0.3, 3)
cl <- cluster_louvain(g)
memb <- membership(cl)
pal <- c("#E41A1C", "#377EB8", "#4DAF4A", "#984EA3", "#FF7F00", "#A65628")
ng <- length(unique(memb))
d <- igraph::degree(g)
ig_sample("igraph-groups-legend-60", g, layout_with_fr(g), 7, 6,
  list(mark.groups = communities(cl), mark.col = adjustcolor(pal[seq_len(ng)], 0.25),
       mark.border = pal[seq_len(ng)], vertex.color = pal[memb], vertex.size = 5,
       vertex.shape = ifelse(d >= 8, "square", "circle"),
       vertex.label = NA, main = "Three islands"),
  after = function() legend("topleft", legend = paste("community", seq_len(ng)),
                            pt.bg = pal[seq_len(ng)], pch = 21, pt.cex = 1.6, bty = "n", cex = 0.8),
  notes = "3 islands of 20; translucent mark.groups hulls; squares for degree >= 8, circles otherwise; no labels; main= title and a legend with circle keys (glyph text)")

# ---- sna::gplot / network::plot.network -------------------------------------
SGEN <- sprintf("R sna %s gplot via grDevices::svg() (cairo %s, R %s)",
                packageVersion("sna"), CAIRO, RVER)
NGEN <- sprintf("R network %s plot.network via grDevices::svg() (cairo %s, R %s)",
                packageVersion("network"), CAIRO, RVER)

adj_edges <- function(A, ids, directed) {
  w <- which(A != 0, arr.ind = TRUE)
  if (!directed) w <- w[w[, 1] <= w[, 2], , drop = FALSE]
  w <- w[order(w[, 1], w[, 2]), , drop = FALSE]
  cbind(ids[w[, 1]], ids[w[, 2]])
}

# 6. gplot, directed, labels, loops, isolates
set.seed(206)
n <- 20
A <- matrix(rbinom(n * n, 1, 0.08), n, n)
A[17:20, ] <- 0; A[, 17:20] <- 0              # four isolates
diag(A) <- 0; A[3, 3] <- 1; A[9, 9] <- 1       # two self-loops
ids <- paste0("p", 1:n)
open_svg("gplot-directed-20", 7, 7)
set.seed(2061)
C <- gplot(A, gmode = "digraph", diag = TRUE, label = ids, displaylabels = TRUE,
           label.cex = 0.7, vertex.col = "tomato", arrowhead.cex = 0.8, loop.cex = 1.2)
D <- to_device(C)
dev.off()
write_truth(file.path(outdir, "gplot-directed-20.truth.json"), SGEN, TRUE, ids,
            D[, 1], D[, 2], ids, adj_edges(A, ids, TRUE),
            "sna gplot, default Fruchterman-Reingold placement with gplot's jitter (truth = the returned coordinates); vertices are 50-sided filled polygons; each directed edge is ONE filled polygon (shaft and head together, gplot.arrow); labels drawn beside the vertices (label.pos=0: away from the centre of the plot); self-loops on p3 and p9 (diag=TRUE); p17..p20 isolated")

# 7. gplot, undirected, vertex sides
set.seed(207)
n <- 50
A <- matrix(0, n, n)
for (i in 2:n) { j <- sample.int(i - 1, 1); A[i, j] <- A[j, i] <- 1 }
for (k in 1:15) { i <- sample.int(n, 1); j <- sample.int(n, 1); if (i != j) A[i, j] <- A[j, i] <- 1 }
ids <- paste0("u", 1:n)
sides <- rep(c(4, 6, 8, 50), length.out = n)
open_svg("gplot-undirected-sides-50", 8, 8)
C <- gplot(A, gmode = "graph", mode = "kamadakawai", jitter = FALSE,
           vertex.sides = sides, vertex.rot = ifelse(sides == 4, 45, 0),
           vertex.cex = 1.1, vertex.col = rep(c("skyblue", "orange", "palegreen", "grey70"), length.out = n),
           edge.col = "grey30")
D <- to_device(C)
dev.off()
write_truth(file.path(outdir, "gplot-undirected-sides-50.truth.json"), SGEN, FALSE, ids,
            D[, 1], D[, 2], NULL, adj_edges(A, ids, FALSE),
            "sna gplot gmode=graph, Kamada-Kawai, jitter=FALSE; vertex.sides 4 (squares, rot 45 so axis-aligned), 6, 8 and 50 as filled polygons; undirected edges are thin filled polygons (gplot.arrow with no head); no labels")

# 8. network::plot.network, directed, labels, sizes
set.seed(208)
n <- 30
A <- matrix(0, n, n)
for (i in 2:n) { j <- sample.int(i - 1, 1); A[j, i] <- 1 }
for (k in 1:10) { i <- sample.int(n, 1); j <- sample.int(n, 1); if (i != j) A[i, j] <- 1 }
ids <- sprintf("N%02d", 1:n)
net <- network(A, directed = TRUE)
network.vertex.names(net) <- ids
open_svg("network-plot-30", 7, 6)
set.seed(2081)
C <- plot(net, displaylabels = TRUE, label.cex = 0.6, vertex.cex = 1 + (1:n %% 3) / 2,
          vertex.col = "lightgoldenrod", arrowhead.cex = 0.9, main = "plot.network")
D <- to_device(C)
dev.off()
write_truth(file.path(outdir, "network-plot-30.truth.json"), NGEN, TRUE, ids,
            D[, 1], D[, 2], ids, adj_edges(A, ids, TRUE),
            "network::plot.network (the statnet twin of gplot), directed random tree plus extra arcs; vertex sizes 1, 1.5, 2; labels beside vertices; edges are filled arrow polygons; main= title")
