#!/usr/bin/env Rscript
# Regenerates every NAME.svg + NAME.truth.json of this folder: graphs drawn
# with R base graphics by three statistics packages of Debian, half through
# R's cairo svg() device (text as glyph <symbol>/<use>), half through
# svglite::svglite() (<text>):
#   - deal      plot.network: Bayesian networks, nodes as points(cex = 7)
#               discs/rings, edges as arrows() (open two-stroke heads)
#   - ape       plot.phylo: phylogenetic trees (phylogram, cladogram,
#               unrooted, fan) with nodelabels()/tiplabels() markers
#   - ggm       plotGraph(tcltk = FALSE): DAGs and mixed graphs through
#               igraph's plot.igraph with ggm's own styling
#
#   Rscript generate.R            (run from anywhere; writes next to this script)
#
# Truth positions come from each package's own layout data, mapped with
# grconvertX/grconvertY(from = "user", to = "device") while the device is
# still open (both devices' units are points with y down = SVG user units):
#   deal: nw$nodes[[i]]$position (the point plot.node draws at)
#   ape:  last_plot.phylo$xx/$yy (the coordinates plot.phylo drew at)
#   ggm:  the layout matrix handed to plotGraph, rescaled as plot.igraph does
#         (norm_coords to [-1, 1]).
# Truth edges: deal's parents, ape's tree$edge, ggm's adjacency matrix.
suppressPackageStartupMessages({
  library(deal)
  library(ape)
  library(ggm)
  library(igraph)
  library(svglite)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
outdir <- if (length(script)) dirname(normalizePath(script)) else getwd()

RVER <- paste(R.version$major, R.version$minor, sep = ".")
dev_name <- function(device) {
  if (device == "cairo") sprintf("grDevices::svg() (cairo %s, R %s)",
                                 grSoftVersion()[["cairo"]], RVER)
  else sprintf("svglite %s (R %s)", packageVersion("svglite"), RVER)
}
generator <- function(pkg, device)
  sprintf("R %s %s via %s", pkg, packageVersion(pkg), dev_name(device))

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

open_device <- function(device, path, width, height) {
  if (device == "cairo") svg(path, width = width, height = height, family = "sans")
  else svglite(path, width = width, height = height)
}

# Draws with draw() (which returns list(x, y) in user coordinates plus
# whatever else it likes), converts to device units while the device is open.
sample_plot <- function(name, device, width, height, draw) {
  svgpath <- file.path(outdir, paste0(name, ".svg"))
  open_device(device, svgpath, width, height)
  res <- draw()
  res$dx <- grconvertX(res$x, from = "user", to = "device")
  res$dy <- grconvertY(res$y, from = "user", to = "device")
  dev.off()
  res
}

finish <- function(name, pkg, device, directed, ids, res, labels, edges, notes) {
  write_truth(file.path(outdir, paste0(name, ".truth.json")),
              generator(pkg, device), directed, ids, res$dx, res$dy,
              labels, edges, notes)
  cat(sprintf("%-32s %-8s %3d nodes %3d edges\n", name, device,
              length(ids), nrow(edges)))
}

# ---------------------------------------------------------------- deal ----

deal_edges <- function(nw) {
  el <- NULL
  for (i in seq_len(nw$n)) for (p in nw$nodes[[i]]$parents)
    el <- rbind(el, c(nw$nodes[[p]]$name, nw$nodes[[i]]$name))
  el
}
deal_xy <- function(nw) {
  P <- t(sapply(nw$nodes, function(nd) nd$position))
  list(x = P[, 1], y = P[, 2])
}
deal_sample <- function(name, device, nw, width, height, notes, plotargs = list(),
                        labels = TRUE) {
  res <- sample_plot(name, device, width, height, function() {
    do.call(plot, c(list(nw), plotargs))
    deal_xy(nw)
  })
  ids <- sapply(nw$nodes, function(nd) nd$name)
  finish(name, "deal", device, TRUE, ids, res, if (labels) ids else NULL,
         deal_edges(nw), notes)
}

# 1. ksl (deal's own data, 9 mixed variables), network learned by autosearch
data(ksl)
ksl.nw <- network(ksl)
quiet <- function(expr) { invisible(capture.output(v <- expr)); v }
ksl.prior <- quiet(jointprior(ksl.nw, 64))
ksl.nw <- quiet(getnetwork(learn(ksl.nw, ksl, ksl.prior)))
ksl.nw <- quiet(getnetwork(autosearch(ksl.nw, ksl, ksl.prior, trace = FALSE)))
deal_sample("deal-ksl-autosearch-9", "cairo", ksl.nw, 7, 7,
  paste("deal's ksl data (9 variables: 5 discrete, 4 continuous), network learned",
        "by learn() + autosearch() and drawn by plot(): nodes at deal's default",
        "positions on a circle, discrete ones as black discs with white names,",
        "continuous ones as black rings (points(cex = 7), pch 19 / 21); each",
        "arc an arrows() line with an open two-stroke head, cut 20 user units",
        "short of both centres; the score and relative score printed at the top"))

# 2. rats (deal's data, 4 variables), heuristic search with restarts
data(rats)
rats.nw <- network(rats)
rats.prior <- quiet(jointprior(rats.nw, 12))
rats.nw <- quiet(getnetwork(learn(rats.nw, rats, rats.prior)))
set.seed(11)
rats.h <- quiet(heuristic(rats.nw, rats, rats.prior, restart = 5, degree = 3,
                          trace = FALSE))
rats.best <- getnetwork(rats.h)
deal_sample("deal-rats-heuristic-4", "svglite", rats.best, 6, 6,
  paste("deal's rats data (Sex, Drug discrete; W1, W2 continuous), best network",
        "of heuristic() with 5 restarts; 4 nodes on deal's default circle,",
        "discs with white text for discrete nodes, rings for continuous ones;",
        "open-headed arrows(); score text at the top"))

# 3. a hand-made network over 10 variables, own positions, smaller nodes
set.seed(5)
hand.df <- data.frame(
  Season = factor(sample(c("w", "s"), 60, TRUE)),
  Rain = factor(sample(c("y", "n"), 60, TRUE)),
  Sprinkler = factor(sample(c("on", "off"), 60, TRUE)),
  Temp = rnorm(60), Humid = rnorm(60), Wet = rnorm(60), Slip = rnorm(60),
  Yield = rnorm(60), Price = rnorm(60), Demand = rnorm(60))
hand.nw <- network(hand.df)
hand.parents <- list(Season = character(0), Rain = "Season",
                     Sprinkler = c("Season", "Rain"), Temp = "Season",
                     Humid = c("Rain", "Temp"), Wet = c("Rain", "Sprinkler"),
                     Slip = "Wet", Yield = c("Humid", "Wet", "Temp"),
                     Price = "Yield", Demand = c("Price", "Temp"))
hand.pos <- list(Season = c(175, 330), Rain = c(90, 250), Sprinkler = c(175, 250),
                 Temp = c(290, 250), Humid = c(40, 160), Wet = c(150, 160),
                 Slip = c(120, 70), Yield = c(240, 140), Price = c(250, 40),
                 Demand = c(330, 90))
hnames <- sapply(hand.nw$nodes, function(nd) nd$name)
for (i in seq_len(hand.nw$n)) {
  nm <- hand.nw$nodes[[i]]$name
  hand.nw$nodes[[i]]$parents <- match(hand.parents[[nm]], hnames)
  hand.nw$nodes[[i]]$position <- hand.pos[[nm]]
}
deal_sample("deal-hand-layered-10", "svglite", hand.nw, 7, 7,
  paste("a 10-node network built by hand (parents and positions set on deal's",
        "network object, the way drawnetwork() leaves them), drawn with",
        "plot(nw, cexscale = 6, unitscale = 17, arrowlength = 0.12): smaller",
        "nodes, 3 discrete (black discs) and 7 continuous (rings), names",
        "longer than the smaller discs are wide (Sprinkler, Demand) so text",
        "spills over the ring"),
  plotargs = list(cexscale = 6, unitscale = 17, arrowlength = 0.12))

# 4. 12 continuous variables, no text, default circle positions
set.seed(9)
nt.df <- as.data.frame(matrix(rnorm(12 * 40), 40, 12,
                              dimnames = list(NULL, paste0("V", 1:12))))
nt.nw <- network(nt.df)
nt.parents <- list(V2 = 1, V3 = 2, V4 = c(1, 3), V6 = 5, V7 = c(6, 2),
                   V8 = 7, V9 = c(8, 4), V10 = 9, V11 = c(10, 5), V12 = c(11, 1))
for (nm in names(nt.parents)) {
  i <- match(nm, paste0("V", 1:12))
  nt.nw$nodes[[i]]$parents <- nt.parents[[nm]]
}
deal_sample("deal-notext-12", "cairo", nt.nw, 6, 6,
  paste("12 continuous nodes (all rings) at deal's default positions on a",
        "circle, plot(nw, notext = TRUE, cexscale = 5, unitscale = 14): no",
        "names and no score drawn; 15 open-headed arrows, some across the",
        "circle"),
  plotargs = list(notext = TRUE, cexscale = 5, unitscale = 14), labels = FALSE)

# ----------------------------------------------------------------- ape ----

ape_sample <- function(name, device, tr, width, height, notes, draw,
                       tip_labels = TRUE, node_labels = FALSE, tip_boxes = FALSE) {
  res <- sample_plot(name, device, width, height, function() {
    draw(tr)
    lp <- get("last_plot.phylo", envir = .PlotPhyloEnv)
    list(x = lp$xx, y = lp$yy)
  })
  nt <- length(tr$tip.label)
  if (tip_boxes) {
    # tiplabels(frame = "rect") (ape's BOTHlabels) draws the box from
    # x - w/2 - 0.03in to x + w/2 and from y - h/2 - 0.02in to y + h/2 +
    # 0.03in: its centre is 0.015in left of and 0.005in above the tip.
    res$dx[1:nt] <- res$dx[1:nt] - 0.015 * 72
    res$dy[1:nt] <- res$dy[1:nt] - 0.005 * 72
  }
  ids <- c(tr$tip.label, paste0("n", nt + seq_len(tr$Nnode)))
  labels <- c(if (is.character(tip_labels)) tip_labels
              else if (tip_labels) tr$tip.label else rep("", nt),
              if (node_labels) as.character(nt + seq_len(tr$Nnode))
              else rep("", tr$Nnode))
  edges <- cbind(ids[tr$edge[, 1]], ids[tr$edge[, 2]])
  finish(name, "ape", device, FALSE, ids, res, labels, edges, notes)
}

primates <- read.tree(text = paste0(
  "((((Human:6,Chimp:6):2,Gorilla:8):4,Orangutan:12):3,",
  "((Gibbon:9,Siamang:9):4,(Macaque:7,Baboon:7):6):2);"))
ape_sample("ape-phylogram-nodelabels-8", "cairo", primates, 7, 5,
  paste("plot.phylo's default phylogram (each edge a horizontal segment from",
        "the parent's vertical bar; each internal node a vertical segment",
        "spanning its children), italic tip labels beside the tips, then",
        "nodelabels(frame = 'circle', bg = 'white'): the internal node numbers",
        "in circles (symbols()) on the vertical bars. Tip nodes have no shape:",
        "truth is the tip end of the edge, the label sits just right of it;",
        "internal nodes are the circle centres (ape's node numbers as labels)"),
  function(tr) {
    plot(tr)
    nodelabels(frame = "circle", bg = "white")
  }, node_labels = TRUE)

birds <- read.tree(text = paste0(
  "(((Ostrich:1,Emu:1):1,(Tinamou:1,Kiwi:1):1):1,",
  "((Chicken:1,Turkey:1):1,((Duck:1,Goose:1):1,(Pigeon:1,Sparrow:1):1):1):1);"))
birds <- compute.brlen(birds, method = "Grafen")
ape_sample("ape-cladogram-pch-10", "svglite", birds, 6, 5,
  paste("type = 'cladogram' (diagonal segments parent to child) with Grafen",
        "branch lengths, direction = 'downwards', tips as orange pch 21 discs",
        "(tiplabels), internal nodes as grey pch 22 squares (nodelabels), tip",
        "labels rotated under the tips (srt = -90 in the 'downwards' tree)"),
  function(tr) {
    plot(tr, type = "cladogram", direction = "downwards", label.offset = 0.04)
    tiplabels(pch = 21, bg = "orange", cex = 1.6)
    nodelabels(pch = 22, bg = "grey70", cex = 1.8)
  })

set.seed(7)
ut <- rtree(12, br = function(n) runif(n, 0.6, 1.4))
ape_sample("ape-unrooted-points-12", "cairo", ut, 6, 6,
  paste("rtree(12) with branch lengths in [0.6, 1.4], type = 'unrooted'",
        "(equal-angle), tips as gold pch 21 discs, internal nodes as small",
        "black pch 19 dots, tip labels t1..t12 beside the tips",
        "(lab4ut = 'axial', along the branch)"),
  function(tr) {
    plot(tr, type = "unrooted", lab4ut = "axial", label.offset = 0.15,
         no.margin = TRUE)
    tiplabels(pch = 21, bg = "gold", cex = 2)
    nodelabels(pch = 19, cex = 1)
  })

set.seed(21)
ft <- rtree(10, br = function(n) runif(n, 0.5, 1.2))
ape_sample("ape-fan-frames-10", "svglite", ft, 6, 6,
  paste("rtree(10), type = 'fan' (each edge a radial segment plus an arc",
        "spanning the children, drawn as a many-point line), tip labels",
        "hidden; tiplabels() writes the tip numbers 1..10 instead, in light",
        "blue boxes (frame = 'rect') on the tips, internal numbers by nodelabels() in",
        "yellow circles (frame = 'circle'). Internal nodes are where their",
        "radial segment meets their arc (the circle centres); tip truth is the",
        "centre of its box, which ape draws 0.015in left of and 0.005in above",
        "the tip (the text itself is centred on the tip)"),
  function(tr) {
    plot(tr, type = "fan", show.tip.label = FALSE, no.margin = TRUE)
    tiplabels(frame = "rect", bg = "lightblue", cex = 0.8)
    nodelabels(frame = "circle", bg = "yellow", cex = 0.8)
  }, tip_labels = as.character(1:10), node_labels = TRUE, tip_boxes = TRUE)

set.seed(4)
pt <- rtree(14, br = function(n) runif(n, 0.3, 1.2))
ape_sample("ape-phylogram-plain-14", "svglite", pt, 6, 6,
  paste("plain plot(tree) as in most papers: rtree(14) phylogram, italic tip",
        "labels beside the tips, an add.scale.bar(); nothing marks any node:",
        "tip nodes are edge ends (label just right of them), internal nodes",
        "are where a node's incoming horizontal segment meets the vertical",
        "bar of its children (the root: the left end of no edge, on its bar)"),
  function(tr) {
    plot(tr)
    add.scale.bar()
  })

# ----------------------------------------------------------------- ggm ----

# plotGraph(tcltk = FALSE) draws with plot.igraph; with rescale = TRUE the
# layout goes through norm_coords(L, -1, 1, -1, 1) and is drawn in user space.
ggm_sample <- function(name, device, amat, L, width, height, notes, ...) {
  res <- sample_plot(name, device, width, height, function() {
    par(mar = c(1, 1, 1, 1))
    plotGraph(amat, tcltk = FALSE, layout = L, ...)
    N <- norm_coords(L, -1, 1, -1, 1)
    list(x = N[, 1], y = N[, 2])
  })
  ids <- rownames(amat)
  el <- NULL
  n <- nrow(amat)
  for (i in 1:n) for (j in 1:n) {
    v <- amat[i, j]
    if (v %% 10 == 1) el <- rbind(el, c(ids[i], ids[j]))          # i -> j
    if (j > i && v >= 100) el <- rbind(el, c(ids[i], ids[j]))     # i <-> j
    if (j > i && (v %/% 10) %% 10 == 1) el <- rbind(el, c(ids[i], ids[j]))
  }
  finish(name, "ggm", device, TRUE, ids, res, ids, el, notes)
}

d1 <- DAG(Y ~ X + Z + W, Z ~ U, X ~ U + V, W ~ V, T ~ Y + W)
L1 <- cbind(c(Y = 1, X = 0.5, Z = 0, W = 2, U = 0, V = 1.5, T = 2)[rownames(d1)],
            c(Y = 0, X = 1, Z = 1, W = 1, U = 2, V = 2, T = -1)[rownames(d1)])
ggm_sample("ggm-dag-7", "cairo", d1, L1, 6, 5,
  paste("ggm DAG() drawn by plotGraph(tcltk = FALSE) at a fixed layered layout:",
        "grey vertices with black frames and 'sans' names inside, edges 2",
        "wide with igraph's filled curved-sided arrowheads at the target's",
        "boundary"))

mg <- makeMG(dg = DAG(Y ~ M + X, M ~ X, X ~ C, Z ~ C),
             bg = UG(~ Y * C + M * Z))
L2 <- cbind(c(X = 0, M = 1, Y = 2, C = 0.5, Z = 1.5)[rownames(mg)],
            c(X = 0, M = 1, Y = 0, C = -1.2, Z = 1.8)[rownames(mg)])
ggm_sample("ggm-admg-bidirected-5", "svglite", mg, L2, 6, 5,
  paste("an acyclic directed mixed graph (makeMG with a DAG and a bidirected",
        "part): directed edges black with one head, the two bidirected edges",
        "(Y <-> C, M <-> Z) drawn by ggm in FireBrick3 with heads at both ends",
        "(igraph arrow mode 3); each bidirected edge is listed once, in the",
        "order ggm hands it to igraph (row < column)"))

d3 <- DAG(b ~ a, c ~ a, d ~ b + c, e ~ b, f ~ d + e, g ~ c, h ~ f + g, i ~ h,
          j ~ h + e)
L3 <- layout_with_sugiyama(graph_from_adjacency_matrix(d3))$layout
rownames(L3) <- rownames(d3)
ggm_sample("ggm-noframe-10", "cairo", d3, L3, 6, 6,
  paste("ggm DAG on 10 letters, igraph's Sugiyama layers as the layout,",
        "plotGraph(noframe = TRUE): vertices drawn white with white frames, so",
        "only the letters show; arrows end at the invisible circle's boundary"),
  noframe = TRUE)
