#!/usr/bin/env Rscript
# Regenerates every NAME.svg + NAME.truth.json of this folder:
# ggraph (ggplot2) figures printed into svglite::svglite().
#
#   Rscript generate.R            (run from anywhere; writes next to this script)
#
# Truth positions: the x/y columns of the ggraph layout (create_layout) each plot
# was built from, mapped to panel npc with the built plot's own
# coord$transform(panel_params), then to device inches with grid::deviceLoc()
# inside the printed plot's panel viewport, then to svglite's user units
# (pt = in * 72, y measured from the top).
suppressPackageStartupMessages({
  library(igraph)
  library(ggraph)
  library(ggplot2)
  library(grid)
  library(svglite)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
outdir <- if (length(script)) dirname(normalizePath(script)) else getwd()

GENERATOR <- sprintf("R ggraph %s (ggplot2 %s, igraph %s) via svglite %s (R %s)",
                     packageVersion("ggraph"), packageVersion("ggplot2"),
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

# Print plot `p` (built on layout `lay` of graph `g`) into NAME.svg and write
# the truth. `labels`: text drawn per node (NULL = none). `directed`: whether
# arrowheads show direction.
sample_svg <- function(name, g, lay, p, width, height, labels = NULL,
                       directed = FALSE, notes = "") {
  svgfile <- file.path(outdir, paste0(name, ".svg"))
  svglite(svgfile, width = width, height = height)
  print(p)
  b <- ggplot_build(p)
  pp <- b$layout$panel_params[[1]]
  npc <- b$layout$coord$transform(data.frame(x = lay$x, y = lay$y), pp)
  tr <- paste(capture.output(print(current.vpTree())), collapse = "")
  panel <- regmatches(tr, gregexpr("panel[.][0-9-]+", tr))[[1]]
  stopifnot(length(panel) == 1)
  seekViewport(panel)
  loc <- deviceLoc(unit(npc$x, "npc"), unit(npc$y, "npc"), valueOnly = TRUE)
  dev.off()
  dx <- loc$x * 72
  dy <- (height - loc$y) * 72
  ids <- vid(g)
  em <- as_edgelist(g, names = FALSE)
  edges <- cbind(ids[em[, 1]], ids[em[, 2]])
  write_truth(file.path(outdir, paste0(name, ".truth.json")), directed,
              ids, dx, dy, labels, edges, notes)
  invisible(NULL)
}

tg <- function(...) theme_graph(base_family = "sans", ...)

# ---------------------------------------------------------------- samples

# 1. plain link diagram, FR layout, theme_graph
set.seed(201)
g <- sample_gnm(30, 50)
lay <- create_layout(g, layout = "fr")
p <- ggraph(lay) +
  geom_edge_link(colour = "grey50") +
  geom_node_point(size = 3, colour = "steelblue") +
  tg()
sample_svg("link-fr-30", g, lay, p, 6, 6,
  notes = "geom_edge_link (one <polyline> per edge, centre to centre, under the nodes) and geom_node_point (<circle>); theme_graph: no axes, white background <rect>; isolated nodes possible")

# 2. colour and size aesthetics with their legends
set.seed(202)
g <- sample_islands(4, 10, 0.4, 2)
V(g)$group <- paste("group", membership(cluster_louvain(g)))  # character: discrete legend
V(g)$deg <- degree(g)
lay <- create_layout(g, layout = "fr")
p <- ggraph(lay) +
  geom_edge_link(alpha = 0.35) +
  geom_node_point(aes(colour = group, size = deg)) +
  scale_size(range = c(1.5, 7)) +
  labs(colour = "community", size = "degree") +
  tg()
sample_svg("colour-size-legend-40", g, lay, p, 7, 5,
  notes = "geom_node_point(aes(colour=group, size=deg)) WITH both legends on the right: the colour legend's keys and the size legend's keys are <circle>s exactly like nodes (size legend: circles of growing radius); translucent edges")

# 3. arc diagram, linear layout, rotated labels
set.seed(203)
g <- sample_gnm(20, 30)
V(g)$name <- sprintf("v%02d", 1:20)
lay <- create_layout(g, layout = "linear")
p <- ggraph(lay) +
  geom_edge_arc(colour = "darkcyan", alpha = 0.7) +
  geom_node_point(size = 3) +
  geom_node_text(aes(label = name), angle = 90, hjust = 1, nudge_y = -0.3, size = 3) +
  expand_limits(y = -1.6) +
  tg()
sample_svg("arc-linear-20", g, lay, p, 8, 4,
  labels = V(g)$name,
  notes = "arc diagram: layout 'linear' puts every node on one horizontal line, geom_edge_arc draws each edge as a half-ellipse <polyline> above the line; node names as rotated <text> under each node")

# 4. directed multigraph with fans, closed arrows and end caps
g <- make_graph(c(1,2, 1,2, 2,1, 2,3, 3,4, 3,4, 3,4, 4,1, 4,5, 5,6, 6,5, 6,7,
                  7,8, 8,9, 9,10, 10,11, 11,12, 12,7, 9,12, 9,12, 1,7), n = 12)
V(g)$name <- LETTERS[1:12]
set.seed(204)
lay <- create_layout(g, layout = "kk")
p <- ggraph(lay) +
  geom_edge_fan(arrow = arrow(length = unit(3, "mm"), type = "closed"),
                end_cap = circle(4, "mm"), colour = "grey30") +
  geom_node_point(size = 8, colour = "darkorange") +
  geom_node_text(aes(label = name), colour = "white", fontface = "bold") +
  tg()
sample_svg("fan-multigraph-arrows-12", g, lay, p, 6, 6,
  labels = V(g)$name, directed = TRUE,
  notes = "directed MULTIGRAPH: geom_edge_fan spreads parallel and reciprocal edges into separate curves; closed arrowheads (filled <polygon>) stop 4 mm short of the target centre (end_cap=circle(4,'mm')), edges start at the source centre under the node; letters as white <text> on the node")

# 5. self-loops (several on one node) with geom_edge_loop
g <- make_graph(c(1,2, 2,3, 3,4, 4,5, 5,1, 1,6, 6,7, 7,8, 8,9, 9,10, 10,6,
                  1,1, 1,1, 1,1, 6,6, 6,6, 4,4, 9,9), n = 10, directed = FALSE)
E(g)$loop <- which_loop(g)
E(g)$dir <- 0
E(g)$dir[E(g)$loop] <- c(90, 210, 330, 0, 180, 90, 270)
set.seed(205)
lay <- create_layout(g, layout = "kk")
p <- ggraph(lay) +
  geom_edge_link(aes(filter = !loop), colour = "grey40") +
  geom_edge_loop(aes(direction = dir, span = 70, strength = 0.6, filter = loop),
                 colour = "firebrick") +
  geom_node_point(size = 6, colour = "grey20") +
  geom_node_text(aes(label = seq_len(10)), colour = "white", size = 3) +
  tg()
sample_svg("self-loops-10", g, lay, p, 6, 6,
  labels = as.character(1:10),
  notes = "undirected graph with SELF-LOOPS: 3 on node 1, 2 on node 6, 1 on 4 and 9; geom_edge_loop draws each as a Bezier teardrop <polyline> that starts and ends at the node centre (aes(direction) spreads them); straight edges via geom_edge_link(aes(filter=!loop)); numbers as <text> on the nodes")

# 6. directed, open arrowheads, caps at both ends, reciprocal straight pairs
set.seed(206)
g <- sample_gnp(25, 0.08, directed = TRUE)
g <- add_edges(g, c(1,2, 2,1, 7,11, 11,7, 20,21, 21,20))
g <- simplify(g)
lay <- create_layout(g, layout = "stress")
p <- ggraph(lay) +
  geom_edge_link(arrow = arrow(length = unit(2.5, "mm"), type = "open"),
                 start_cap = circle(2.5, "mm"), end_cap = circle(2.5, "mm"),
                 colour = "navy") +
  geom_node_point(shape = 21, size = 4, fill = "white", colour = "navy", stroke = 1) +
  tg()
sample_svg("directed-open-arrows-25", g, lay, p, 6, 6,
  directed = TRUE,
  notes = "directed G(n,p) plus reciprocal pairs; geom_edge_link with OPEN arrowheads (each head a separate 3-point <polyline>) and start_cap/end_cap 2.5 mm, so lines stop short of both nodes; reciprocal pairs are two overlapping straight lines with heads at opposite ends; hollow node circles (shape 21)")

# 7. nodes drawn only as labels
nm <- c("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron")
g <- make_graph(c(1,2, 1,3, 2,4, 3,4, 4,5, 5,6, 5,7, 6,8, 7,8, 8,9, 9,10,
                  9,11, 10,12, 11,12, 12,13, 13,14, 13,15, 14,15, 2,6, 3,10), n = 15,
                directed = FALSE)
V(g)$name <- nm
set.seed(207)
lay <- create_layout(g, layout = "kk")
p <- ggraph(lay) +
  geom_edge_link(colour = "grey60", width = 0.8) +
  geom_node_label(aes(label = name), fill = "lightyellow", size = 3.5) +
  scale_x_continuous(expand = expansion(mult = 0.12)) +
  tg()
sample_svg("node-labels-kk-15", g, lay, p, 6, 5,
  labels = nm,
  notes = "nodes drawn ONLY as geom_node_label boxes (rounded rectangle written as one many-point <polygon>, + <text>), no points; truth = node position = centre of the label box; edges run centre to centre under the boxes")

# 8. plain ggplot theme (theme_bw) with axes, ticks and gridlines
set.seed(208)
g <- sample_gnm(30, 42)
lay <- create_layout(g, layout = "kk")
p <- ggraph(lay) +
  geom_edge_link(colour = "grey25") +
  geom_node_point(size = 2.5, colour = "purple") +
  labs(title = "Kamada-Kawai layout, theme_bw()", x = "layout x", y = "layout y") +
  theme_bw()
sample_svg("plain-theme-axes-30", g, lay, p, 6, 5,
  notes = "NO theme_graph: ggplot2's theme_bw (ggraph's own default would hide the axes), so a panel border <rect>, grey major and minor gridlines (<polyline>), axis ticks and tick numbers, axis titles and a plot title around the graph; edges cross the gridlines; two isolated nodes")

# 9. tree with elbow edges and node names
g <- make_tree(31, children = 2, mode = "out")
V(g)$name <- paste0("t", 1:31)
lay <- create_layout(g, layout = "tree")
p <- ggraph(lay) +
  geom_edge_elbow(colour = "grey30") +
  geom_node_point(size = 3, colour = "darkgreen") +
  geom_node_text(aes(label = name), vjust = -1, size = 2.8) +
  tg()
sample_svg("tree-elbow-31", g, lay, p, 8, 5,
  labels = V(g)$name,
  notes = "binary tree, layout 'tree' (root on top), geom_edge_elbow: each edge a right-angled <polyline> (down, across, down) from parent centre to child centre; shared horizontal runs between siblings overlap; names as <text> above each node; truth undirected")

# 10. directed tree, diagonal edges with arrows, colourbar legend, theme_minimal
g <- make_tree(40, children = 3, mode = "out")
V(g)$depth <- as.numeric(distances(g, v = 1, mode = "out"))
lay <- create_layout(g, layout = "tree")
p <- ggraph(lay) +
  geom_edge_diagonal(arrow = arrow(length = unit(2, "mm"), type = "closed"),
                     end_cap = circle(2, "mm"), colour = "grey40") +
  geom_node_point(aes(colour = depth), size = 3) +
  scale_colour_viridis_c() +
  theme_minimal()
sample_svg("diagonal-tree-colourbar-40", g, lay, p, 8, 5,
  directed = TRUE,
  notes = "ternary out-tree, 40 nodes, geom_edge_diagonal (S-shaped Bezier <polyline>s) with closed arrowheads stopping 2 mm before the child; continuous colour legend (colourbar drawn as an embedded raster <image> plus tick <polyline>s); theme_minimal: gridlines and axis numbers, no panel box")

# 11. bigger graph, stress layout
set.seed(211)
g <- sample_pa(120, m = 2, directed = FALSE)
g <- simplify(g)
lay <- create_layout(g, layout = "stress")
p <- ggraph(lay) +
  geom_edge_link(alpha = 0.3, width = 0.3) +
  geom_node_point(size = 1.5, colour = "black") +
  tg()
sample_svg("stress-pa-120", g, lay, p, 8, 8,
  notes = "Barabasi-Albert graph, 120 nodes (m=2), stress layout; thin translucent edges, small black <circle> nodes")

# 12. circular layout, arcs with arrows, coord_fixed
g <- make_ring(24, directed = TRUE)
g <- add_edges(g, c(1,13, 5,17, 9,21, 3,6, 15,11, 20,2, 8,7))
V(g)$name <- paste0("c", 1:24)
lay <- create_layout(g, layout = "linear", circular = TRUE)
p <- ggraph(lay) +
  geom_edge_arc(arrow = arrow(length = unit(2, "mm"), type = "closed"),
                end_cap = circle(2.5, "mm"), strength = 0.3, colour = "grey35") +
  geom_node_point(size = 4, colour = "tomato") +
  geom_node_text(aes(label = name, x = x * 1.12, y = y * 1.12), size = 3) +
  coord_fixed() +
  tg()
sample_svg("circular-arcs-directed-24", g, lay, p, 6, 6,
  labels = V(g)$name, directed = TRUE,
  notes = "directed ring of 24 plus 7 chords, circular linear layout with coord_fixed; every edge a curved geom_edge_arc (strength 0.3) with a closed arrowhead stopping 2.5 mm before the target; names as <text> OUTSIDE the circle, offset radially from each node")

# 13. edge colour and node shape legends, title and caption
set.seed(213)
g <- sample_gnm(20, 32)
E(g)$type <- sample(c("family", "friend", "work"), ecount(g), replace = TRUE)
V(g)$kind <- sample(c("person", "company", "club"), vcount(g), replace = TRUE)
lay <- create_layout(g, layout = "fr")
p <- ggraph(lay) +
  geom_edge_link(aes(colour = type), width = 0.9) +
  geom_node_point(aes(shape = kind), size = 4.5, colour = "grey15") +
  scale_shape_manual(values = c(person = 16, company = 15, club = 17)) +
  labs(title = "Typed network", caption = "edge colour = relation, shape = node kind",
       edge_colour = "relation") +
  tg()
sample_svg("edge-colour-shape-legend-20", g, lay, p, 7, 5,
  notes = "edge colour legend (keys are short <polyline> strokes) and node shape legend (circle <circle>, square <rect>, triangle <polygon> keys like the nodes); nodes are circles, squares and triangles (pch 16/15/17); truth for a triangle is the data point = the triangle's centroid, which lies below its bounding-box centre; title and caption <text>")
