#!/usr/bin/env Rscript
# Regenerates every NAME.svg + NAME.truth.json of this folder:
# R igraph's base-graphics plot.igraph() drawn into svglite::svglite().
#
#   Rscript generate.R            (run from anywhere; writes next to this script)
#
# Truth positions: the layout matrix handed to plot.igraph, rescaled the way
# plot.igraph rescales it (norm_coords to [-1,1] when rescale=TRUE), then mapped
# with grconvertX/grconvertY(from="user", to="device") while the svglite device
# is still open. svglite's device units are its SVG user units (pt, y down).
suppressPackageStartupMessages({
  library(igraph)
  library(svglite)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
outdir <- if (length(script)) dirname(normalizePath(script)) else getwd()

GENERATOR <- sprintf("R igraph %s plot.igraph (base graphics) via svglite %s (R %s)",
                     packageVersion("igraph"), packageVersion("svglite"),
                     paste(R.version$major, R.version$minor, sep = "."))

num <- function(v) {
  s <- sprintf("%.6f", v)
  s <- sub("0+$", "", s)
  s <- sub("\\.$", ".0", s)
  s[s == "-0.0"] <- "0.0"
  s
}
jstr <- function(s) as.character(toJSON(s, auto_unbox = TRUE))

write_truth <- function(path, directed, ids, x, y, labels, edges, notes) {
  lines <- c("{",
             sprintf(" \"generator\": %s,", jstr(GENERATOR)),
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

vid <- function(g) if (!is.null(V(g)$name)) V(g)$name else as.character(seq_len(vcount(g)))

# Draw one sample. `plotargs` go to plot.igraph; `after` runs after the plot
# (legend, grid...). `labels`: the text drawn per vertex (NULL = none drawn).
# `edges`: truth edge matrix (default: the graph's edge list as given).
sample_svg <- function(name, g, L, width, height, plotargs = list(),
                       labels = NULL, directed = is_directed(g), edges = NULL,
                       rescale = TRUE, after = NULL, notes = "") {
  svgfile <- file.path(outdir, paste0(name, ".svg"))
  svglite(svgfile, width = width, height = height)
  do.call(plot, c(list(g, layout = L, rescale = rescale), plotargs))
  if (!is.null(after)) after()
  P <- if (rescale) norm_coords(L, -1, 1, -1, 1) else L
  dx <- grconvertX(P[, 1], from = "user", to = "device")
  dy <- grconvertY(P[, 2], from = "user", to = "device")
  dev.off()
  ids <- vid(g)
  if (is.null(edges)) {
    em <- as_edgelist(g, names = FALSE)
    edges <- cbind(ids[em[, 1]], ids[em[, 2]])
  }
  write_truth(file.path(outdir, paste0(name, ".truth.json")), directed,
              ids, dx, dy, labels, edges, notes)
  invisible(NULL)
}

# ---------------------------------------------------------------- samples

# 1. random graph, FR layout, unlabelled small circles
set.seed(101)
g <- sample_gnm(30, 45)
L <- layout_with_fr(g)
sample_svg("fr-gnm-30", g, L, 6, 6,
  list(vertex.label = NA, vertex.size = 6, vertex.color = "tomato",
       vertex.frame.color = "grey20", edge.color = "grey50"),
  notes = "G(n,m) 30 nodes / 45 edges, Fruchterman-Reingold; plain <circle> vertices without labels, <line> edges from centre to centre drawn before vertices; isolated vertices possible")

# 2. named vertices, labels inside big circles, Kamada-Kawai
nm <- c("Ada", "Bob", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jo",
        "Kim", "Lu", "Max", "Ned", "Oz", "Pia")
el <- c("Ada","Bob", "Ada","Cy", "Bob","Cy", "Cy","Dee", "Dee","Eve", "Eve","Fay",
        "Fay","Gus", "Gus","Hal", "Hal","Ivy", "Ivy","Jo", "Jo","Kim", "Kim","Lu",
        "Lu","Max", "Max","Ned", "Ned","Oz", "Oz","Pia", "Pia","Ada", "Dee","Jo",
        "Bob","Max", "Eve","Oz", "Gus","Lu", "Cy","Ivy")
g <- graph_from_edgelist(matrix(el, ncol = 2, byrow = TRUE), directed = FALSE)
g <- permute(g, match(V(g)$name, nm))  # vertex order = nm
set.seed(102)
L <- layout_with_kk(g)
sample_svg("kk-named-labels-16", g, L, 6, 5,
  list(vertex.size = 22, vertex.color = "lightblue", vertex.frame.color = "navy",
       vertex.label.cex = 0.8, vertex.label.color = "black", edge.width = 1.5),
  labels = V(g)$name,
  notes = "Kamada-Kawai, 16 named vertices, big circles (vertex.size=22) with the name as <text> centred inside; edges start on the circle boundary (clipped by igraph)")

# 3. directed, reciprocal pairs curved by igraph's autocurve
set.seed(203)
g <- sample_gnp(20, 0.09, directed = TRUE)
g <- add_edges(g, c(1,2, 2,1, 5,9, 9,5, 12,13, 13,12, 3,17, 17,3))
g <- simplify(g, remove.multiple = TRUE, remove.loops = TRUE)
L <- layout_with_fr(g)
sample_svg("directed-reciprocal-20", g, L, 6, 6,
  list(edge.arrow.size = 0.5, vertex.size = 9, vertex.color = "gold",
       vertex.label.cex = 0.7, edge.color = "grey30"),
  labels = as.character(1:20),
  notes = "directed G(n,p) plus reciprocal pairs; autocurve bends each reciprocal pair into two curves bowing apart; arrowheads are filled <polygon>s at the target boundary; default numeric labels 1..20 inside the vertices")

# 4. arrows at both ends (arrow.mode = 3)
g <- make_ring(12, directed = TRUE)
g <- add_edges(g, c(1,7, 3,10, 4,6, 12,5))
L <- layout_in_circle(g)
sample_svg("arrows-both-ends-12", g, L, 5, 5,
  list(edge.arrow.mode = 3, edge.arrow.size = 0.6, vertex.size = 10,
       vertex.color = "palegreen", vertex.label.cex = 0.8),
  labels = as.character(1:12), directed = FALSE,
  notes = "directed igraph graph drawn with edge.arrow.mode=3: every edge has an arrowhead at BOTH ends, so the drawing shows no direction and the truth is undirected (pairs are the data's source,target). Circle layout")

# 5. per-edge arrow modes: forward (2) and backward (1)
set.seed(105)
g <- make_tree(15, children = 2, mode = "out")
modes <- rep(c(2, 1, 2), length.out = ecount(g))
em <- as_edgelist(g, names = FALSE)
drawn <- em
drawn[modes == 1, ] <- em[modes == 1, 2:1]
L <- layout_with_kk(g)
sample_svg("arrows-mixed-modes-15", g, L, 6, 5,
  list(edge.arrow.mode = modes, edge.arrow.size = 0.7, vertex.size = 8,
       vertex.color = "orchid", vertex.label.cex = 0.7),
  labels = as.character(1:15),
  edges = cbind(as.character(drawn[, 1]), as.character(drawn[, 2])),
  notes = "binary out-tree drawn with per-edge edge.arrow.mode: 2 (head at target) and 1 (head at SOURCE, '<'). Truth lists each edge the way its arrowhead points, i.e. mode-1 edges reversed relative to the igraph edge list; the line is always drawn from the data source")

# 6. vertex shapes (no sphere/raster): circle, square, rectangle, csquare, crectangle, vrectangle, pie
g <- make_graph("Frucht")
g <- add_vertices(g, 6)
g <- add_edges(g, c(13,1, 14,4, 15,7, 16,10, 17,13, 18,14, 15,16))
shapes <- rep(c("circle", "square", "rectangle", "csquare", "crectangle", "vrectangle", "pie"),
              length.out = vcount(g))
pies <- lapply(seq_len(vcount(g)), function(i) c(1, 1 + i %% 3, 2))
set.seed(106)
L <- layout_with_fr(g)
sample_svg("shapes-mixed-18", g, L, 7, 6,
  list(vertex.shape = shapes, vertex.size = 11, vertex.size2 = 7,
       vertex.pie = pies, vertex.pie.color = list(c("tomato", "gold", "skyblue")),
       vertex.color = "lightgrey", vertex.label.cex = 0.75, vertex.label.dist = 0),
  labels = as.character(1:18),
  notes = "mixed vertex.shape: circle (<circle>), square/csquare (<rect>), rectangle/crectangle/vrectangle (<rect> wider than tall), pie (3 filled <polygon> wedges per vertex); numeric labels centred on every vertex; truth = shape centre")

# 7. edge labels (weights)
g <- make_graph(~ A-B, A-C, B-C, B-D, C-E, D-E, D-F, E-G, F-G, F-H, G-I, H-I, H-J, I-J, A-J)
E(g)$weight <- c(4, 7, 2, 9, 3, 5, 8, 1, 6, 2, 4, 7, 3, 5, 11)
set.seed(107)
L <- layout_with_kk(g)
sample_svg("edge-labels-10", g, L, 6, 5,
  list(edge.label = E(g)$weight, edge.label.cex = 0.9, edge.label.color = "firebrick",
       vertex.size = 14, vertex.color = "white", vertex.label.color = "black",
       edge.width = 2),
  labels = V(g)$name,
  notes = "weighted undirected graph; each edge's weight drawn as <text> at the edge midpoint (edge.label), vertex names inside white circles")

# 8. undirected multigraph, parallel edges curved (curve_multiple)
g <- make_graph(c(1,2, 1,2, 1,2, 2,3, 3,4, 3,4, 4,5, 5,6, 5,6, 6,7, 7,8, 8,9,
                  9,10, 10,11, 11,12, 12,1, 2,8, 2,8, 4,10, 6,12, 6,12, 6,12, 6,12),
                n = 12, directed = FALSE)
set.seed(108)
L <- layout_with_kk(g)
sample_svg("multi-curved-12", g, L, 6, 6,
  list(edge.curved = curve_multiple(g, start = 0.35), vertex.size = 9,
       vertex.color = "skyblue", vertex.label.cex = 0.8, edge.width = 1.3),
  labels = as.character(1:12),
  notes = "undirected MULTIGRAPH: bundles of 2, 3 and 4 parallel edges drawn as separate curves (edge.curved=curve_multiple), single edges straight; curved edges are many-point <polyline>s, straight ones <line>s")

# 9. self-loops, several on one vertex
g <- make_graph(c(1,2, 2,3, 3,4, 4,5, 5,1, 1,6, 6,7, 7,8, 8,9, 9,10, 10,6,
                  1,1, 1,1, 1,1, 6,6, 6,6, 3,3, 9,9), n = 10, directed = FALSE)
em <- as_edgelist(g, names = FALSE)
la <- rep(0, ecount(g))
lp <- which(em[, 1] == em[, 2])
la[lp] <- c(0, 2 * pi / 3, 4 * pi / 3, 0, pi, pi / 4, pi)
set.seed(109)
L <- layout_with_kk(g)
sample_svg("self-loops-10", g, L, 6, 6,
  list(edge.loop.angle = la, vertex.size = 8, vertex.color = "wheat",
       vertex.label.cex = 0.8, edge.color = "grey25"),
  labels = as.character(1:10),
  notes = "undirected graph with SELF-LOOPS: 3 loops on vertex 1, 2 on vertex 6, 1 on 3 and 9 (edge.loop.angle spreads them); igraph draws a loop as a Bezier teardrop written as an UNFILLED closed <polygon> that leaves and re-enters the vertex boundary")

# 10. communities: mark.groups hulls, colours, legend
set.seed(110)
g <- sample_islands(4, 10, 0.45, 2)
cl <- cluster_louvain(g)
memb <- membership(cl)
pal <- c("#E41A1C", "#377EB8", "#4DAF4A", "#984EA3", "#FF7F00", "#A65628")
L <- layout_with_fr(g)
ng <- length(unique(memb))
sample_svg("mark-groups-legend-40", g, L, 7, 6,
  list(mark.groups = communities(cl), mark.col = adjustcolor(pal[seq_len(ng)], 0.25),
       mark.border = pal[seq_len(ng)], vertex.color = pal[memb], vertex.size = 6,
       vertex.label = NA, main = "Louvain communities"),
  after = function() legend("topleft", legend = paste("community", seq_len(ng)),
                            pt.bg = pal[seq_len(ng)], pch = 21, pt.cex = 1.6,
                            bty = "n", cex = 0.8),
  notes = "4 islands of 10 vertices; mark.groups draws a translucent smoothed hull (<polygon>) around each Louvain community; a legend() with filled circle keys (pch=21, same look as vertices) in the top-left; main= title; no vertex labels")

# 11. title, subtitle, sizes by degree, square/circle shapes and a legend
set.seed(111)
g <- sample_pa(60, m = 1, directed = FALSE)
d <- degree(g)
L <- layout_with_fr(g)
sample_svg("title-legend-sizes-60", g, L, 8, 7,
  list(vertex.size = 2.5 + 1.2 * d, vertex.shape = ifelse(d >= 4, "square", "circle"),
       vertex.color = ifelse(d >= 4, "orange", "steelblue"), vertex.label = NA,
       edge.color = "grey60", main = "Preferential attachment (n = 60)",
       sub = "vertex size ~ degree"),
  after = function() legend("bottomright", legend = c("hub (degree >= 4)", "other"),
                            pch = c(22, 21), pt.bg = c("orange", "steelblue"),
                            pt.cex = c(2, 1.3), title = "vertex kind"),
  notes = "Barabasi-Albert tree, 60 vertices; vertex size grows with degree (big squares for hubs, circles otherwise), no labels; main= and sub= titles; boxed legend() with a square and a circle key in the bottom-right")

# 12. bigger, small vertices
set.seed(112)
g <- sample_gnp(120, 0.03)
L <- layout_with_fr(g)
sample_svg("large-gnp-120", g, L, 9, 9,
  list(vertex.size = 2.5, vertex.label = NA, vertex.color = "black",
       vertex.frame.color = NA, edge.color = adjustcolor("grey30", 0.6), edge.width = 0.7),
  notes = "G(n,p) with 120 vertices, tiny filled black circles without frame (vertex.frame.color=NA), translucent grey edges; isolated vertices possible")

# 13. tree, Reingold-Tilford, rectangle vertices with labels, directed
g <- make_tree(31, children = 2, mode = "out")
V(g)$name <- paste0("n", 0:30)
L <- layout_as_tree(g, root = 1)
sample_svg("tree-rectangles-31", g, L, 9, 5,
  list(vertex.shape = "rectangle", vertex.size = 6, vertex.size2 = 8, asp = 0,
       vertex.color = "mistyrose", vertex.label.cex = 0.6, edge.arrow.size = 0.35,
       vertex.label.color = "black"),
  labels = V(g)$name,
  notes = "binary out-tree of 31 vertices, Reingold-Tilford layout (root on top), asp=0 so the layout fills the 9x5 in device; rectangle vertices (<rect>) with names n0..n30 inside; directed edges with small arrowheads ending on the rectangle boundary")

# 14. rescale = FALSE, own limits, axes with ticks, grid lines
g <- make_graph("Petersen")
g <- add_vertices(g, 10)
g <- add_edges(g, c(1,11, 2,12, 3,13, 4,14, 5,15, 6,16, 7,17, 8,18, 9,19, 10,20))
Lc <- rbind(layout_in_circle(make_ring(5)) * 4, layout_in_circle(make_ring(5)) * 2)
L <- rbind(Lc, Lc * 1.6)
L[, 1] <- L[, 1] * 1.3 + 10
L[, 2] <- L[, 2] + 5
sample_svg("axes-no-rescale-20", g, L, 7, 6,
  list(xlim = c(0, 20), ylim = c(-2, 12), axes = TRUE,
       vertex.size = 70, vertex.color = "white", vertex.frame.color = "darkred",
       vertex.label.cex = 0.7, vertex.label.color = "darkred",
       main = "Petersen graph with pendants (rescale=FALSE)"),  # size in 1/200 user units
  labels = as.character(1:20), rescale = FALSE,
  after = function() {
    par(xpd = FALSE)  # plot.igraph leaves xpd=TRUE; keep the grid inside the plot box
    abline(h = seq(-2, 12, 2), v = seq(0, 20, 5), col = "grey85", lty = 3)
    box()
  },
  notes = "plot.igraph with rescale=FALSE, xlim/ylim given and axes=TRUE: axis lines, tick marks and tick numbers (<text>), a box() frame and dotted grid lines (abline, drawn AFTER the graph, crossing it); Petersen graph plus 10 pendant vertices, numeric labels inside white circles")
