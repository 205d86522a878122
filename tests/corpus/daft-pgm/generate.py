#!/usr/bin/env python3
"""Regenerate the daft-pgm corpus chain.

Probabilistic graphical models drawn with daft (PyPI `daft-pgm`, import
`daft`) the way papers draw them: latent (white) and observed (shaded, or
double-circled) nodes, fixed parameters as small filled dots with the name
above, directed arrows (matplotlib FancyArrow outlines) and undirected lines,
plates (rectangles with a label in a corner) around repeated nodes, math
labels (`$\\theta$`), elliptical nodes (`aspect`), rectangle nodes, edge
labels, colours. Saved with daft's own `pgm.savefig()` (matplotlib's SVG
backend, `bbox_inches="tight"` as daft sets it). Text is `<text>`
(svg.fonttype=none) except in the `-textpaths` drawings (glyph outlines).

Truth: the graph is daft's own node and edge records (`pgm._nodes`,
`pgm._edges`). Positions: daft puts a node at `ctx.convert(node.x, node.y)`
(grid units -> data coordinates); matplotlib maps data to display with
`ax.transData`. Because `bbox_inches="tight"` crops and shifts the figure
during the save, the transform is read inside the save itself, from a
`draw_event` callback (fired by the SVG renderer's draw, 72 dpi, after the
tight-bbox adjustment):
    (px, py) = ax.transData.transform(ctx.convert(x, y))
    x_svg = px;  y_svg = fig.bbox.height - py        # SVG: pt, y down
Each truth position is then checked against the centre of the node's drawn
outline in the SVG (control-point bounding box of a <path>), within 1e-3.

Usage:  python3 generate.py [OUTDIR]   (default: the folder of this script)
"""
import json
import os
import re
import sys

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402

import daft  # noqa: E402

try:
    from importlib.metadata import version as _pkgver
    DAFT_VERSION = _pkgver("daft-pgm")
except Exception:  # pragma: no cover
    DAFT_VERSION = "?"

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "eta": "η",
    "theta": "θ", "lambda": "λ", "mu": "μ", "nu": "ν", "pi": "π", "sigma": "σ", "tau": "τ",
    "phi": "φ", "psi": "ψ", "omega": "ω", "xi": "ξ", "kappa": "κ", "rho": "ρ",
    "Sigma": "Σ", "Lambda": "Λ", "Phi": "Φ", "Omega": "Ω", "Theta": "Θ",
}


def tex_text(s):
    """The text a (simple) mathtext label draws: '$\\mu_{k}$' -> 'μ_k'."""
    if s is None:
        return None
    t = s.replace("$", "")
    t = re.sub(r"\\mathrm\{([^}]*)\}", r"\1", t)
    t = re.sub(r"\\mathbf\{([^}]*)\}", r"\1", t)
    t = re.sub(r"\\([A-Za-z]+)", lambda m: GREEK.get(m.group(1), m.group(1)), t)
    t = t.replace("{", "").replace("}", "").replace("\\,", " ")
    return t


def svg_shape_centres(svg):
    """Control-point bounding-box centres of every <path> drawn in the SVG
    (outside <defs>), for the check below."""
    body = re.sub(r"<defs>.*?</defs>", "", svg, flags=re.S)
    centres = []
    for d in re.findall(r'<path d="([^"]*)"', body):
        nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", d)]
        xs, ys = nums[0::2], nums[1::2]
        if xs:
            centres.append(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2))
    return centres


def save(name, pgm, directed, notes, textpaths=False):
    plt.rcParams["svg.fonttype"] = "path" if textpaths else "none"
    plt.rcParams["svg.hashsalt"] = "svg2graph-corpus-" + name  # deterministic ids
    pgm.render()
    fig, ax, ctx = pgm.figure, pgm.ax, pgm._ctx
    rec = {}

    def on_draw(event):
        rec["h"] = float(fig.bbox.height)
        rec["pos"] = {n: ax.transData.transform(ctx.convert(nd.x, nd.y))
                      for n, nd in pgm._nodes.items()}

    fig.canvas.mpl_connect("draw_event", on_draw)
    path = os.path.join(OUT, name + ".svg")
    pgm.savefig(path, metadata={"Date": None})
    plt.close(fig)

    nodes = []
    for n, nd in pgm._nodes.items():
        px, py = rec["pos"][n]
        d = {"id": n, "x": round(float(px), 6), "y": round(float(rec["h"] - py), 6)}
        lab = tex_text(nd.content)
        if lab:
            d["label"] = lab
        nodes.append(d)
    edges = [[e.node1.name, e.node2.name] for e in pgm._edges]
    assert all(e.directed == directed for e in pgm._edges), name

    with open(path) as f:
        centres = svg_shape_centres(f.read())
    for d in nodes:
        best = min(((cx - d["x"]) ** 2 + (cy - d["y"]) ** 2) ** 0.5 for cx, cy in centres)
        assert best < 1e-3, (name, d["id"], best)

    gen = (f"daft-pgm {DAFT_VERSION} + matplotlib {matplotlib.__version__} (svg backend, "
           f"svg.fonttype={'path' if textpaths else 'none'}, bbox_inches=tight)")
    truth = {"generator": gen, "directed": directed, "nodes": nodes, "edges": edges,
             "notes": notes}
    with open(os.path.join(OUT, name + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(name, len(nodes), "nodes", len(edges), "edges")


# ---------------------------------------------------------------- drawings

def lda_plates():
    pgm = daft.PGM()
    pgm.add_node("alpha", r"$\alpha$", 0.5, 2.0, fixed=True)
    pgm.add_node("theta", r"$\theta$", 1.5, 2.0)
    pgm.add_node("z", r"$z$", 2.5, 2.0)
    pgm.add_node("w", r"$w$", 3.5, 2.0, observed=True)
    pgm.add_node("phi", r"$\phi$", 3.5, 0.9)
    pgm.add_node("eta", r"$\eta$", 4.7, 0.9, fixed=True)
    pgm.add_edge("alpha", "theta")
    pgm.add_edge("theta", "z")
    pgm.add_edge("z", "w")
    pgm.add_edge("phi", "w")
    pgm.add_edge("eta", "phi")
    pgm.add_plate([1.0, 1.45, 3.0, 1.05], label=r"$D$")
    pgm.add_plate([2.0, 1.55, 1.9, 0.85], label=r"$N$", position="bottom right")
    pgm.add_plate([3.0, 0.4, 1.0, 0.9], label=r"$K$")
    save("lda-plates", pgm, True,
         "Latent Dirichlet allocation as papers draw it: fixed hyperparameters alpha and eta "
         "(small black dots, name above), latent theta, z, phi, observed w (grey fill), "
         "plates D (documents), N (words, nested in D, label bottom right) and K (topics). "
         "Arrows are FancyArrow outlines (shaft and head one closed path). Plates are "
         "white-filled rectangles, drawn before edges and nodes; they are not nodes.")


def bayesian_regression():
    pgm = daft.PGM()
    pgm.add_node("alpha", r"$\alpha$", 0.5, 2.3, fixed=True)
    pgm.add_node("w", r"$\mathbf{w}$", 1.5, 2.3)
    pgm.add_node("x", r"$x_n$", 1.5, 1.0, fixed=True)
    pgm.add_node("y", r"$y_n$", 2.5, 1.0, observed=True)
    pgm.add_node("sigma", r"$\sigma^2$", 3.5, 1.0, fixed=True)
    pgm.add_edge("alpha", "w")
    pgm.add_edge("w", "y")
    pgm.add_edge("x", "y")
    pgm.add_edge("sigma", "y")
    pgm.add_plate([1.0, 0.5, 2.0, 1.0], label=r"$n = 1, \ldots, N$", shift=-0.1)
    save("bayesian-regression", pgm, True,
         "Bayesian linear regression (Bishop fig. 8.7 style): fixed alpha, x_n and sigma^2 as "
         "dots, latent weight w, observed y_n, one plate with the label 'n = 1, ..., N' "
         "(shift=-0.1 lowers its bottom). Label of sigma^2 is drawn with a superscript.")


def hmm_chain():
    pgm = daft.PGM()
    T = 4
    for t in range(1, T + 1):
        pgm.add_node(f"z{t}", rf"$z_{t}$", 1.0 * t, 2.0)
        pgm.add_node(f"x{t}", rf"$x_{t}$", 1.0 * t, 1.0, observed=True)
    pgm.add_node("pi", r"$\pi$", 0.0, 2.0, fixed=True)
    pgm.add_node("A", r"$A$", 2.5, 3.0, fixed=True)
    pgm.add_node("B", r"$B$", 2.5, 0.0, fixed=True)
    pgm.add_edge("pi", "z1")
    for t in range(1, T + 1):
        if t < T:
            pgm.add_edge(f"z{t}", f"z{t + 1}")
        pgm.add_edge(f"z{t}", f"x{t}")
    for t in range(2, T + 1):
        pgm.add_edge("A", f"z{t}")
    for t in range(1, T + 1):
        pgm.add_edge("B", f"x{t}")
    save("hmm-chain", pgm, True,
         "Hidden Markov model: latent chain z_1..z_4 above observed (grey) x_1..x_4, fixed "
         "parameters pi, A (transition, above, arrows fanning down to z_2..z_4) and B "
         "(emission, below, arrows fanning up to every x). Long diagonal arrows cross "
         "vertical ones.")


def gaussian_mixture():
    pgm = daft.PGM()
    pgm.add_node("alpha", r"$\alpha$", 0.0, 2.0, fixed=True)
    pgm.add_node("pi", r"$\pi$", 1.0, 2.0)
    pgm.add_node("z", r"$z_n$", 2.0, 2.0)
    pgm.add_node("x", r"$x_n$", 3.0, 2.0, observed=True)
    pgm.add_node("mu", r"$\mu_k$", 3.0, 0.8)
    pgm.add_node("Sigma", r"$\Sigma_k$", 4.0, 0.8)
    pgm.add_node("m0", r"$m_0$", 2.3, -0.3, fixed=True)
    pgm.add_node("nu0", r"$\nu_0$", 4.7, -0.3, fixed=True)
    pgm.add_edge("alpha", "pi")
    pgm.add_edge("pi", "z")
    pgm.add_edge("z", "x")
    pgm.add_edge("mu", "x")
    pgm.add_edge("Sigma", "x")
    pgm.add_edge("Sigma", "mu")
    pgm.add_edge("m0", "mu")
    pgm.add_edge("nu0", "Sigma")
    pgm.add_plate([1.5, 1.5, 2.0, 1.0], label=r"$N$", position="bottom right")
    pgm.add_plate([2.5, 0.3, 2.0, 1.0], label=r"$K$", position="bottom right")
    save("gaussian-mixture", pgm, True,
         "Bayesian Gaussian mixture: alpha -> pi -> z_n -> x_n (observed) <- mu_k, Sigma_k, "
         "Sigma_k -> mu_k (a short horizontal arrow inside plate K), fixed priors m_0, nu_0 "
         "below the plate. Plates N and K overlap (x_n sits in N only; its plate corner "
         "touches K). Plate labels bottom right.")


def mrf_grid():
    pgm = daft.PGM(directed=False)
    R, C = 3, 4
    for i in range(R):
        for j in range(C):
            pgm.add_node(f"x{i}{j}", rf"$x_{{{i}{j}}}$", 1.5 * j, 1.5 * i)
            pgm.add_node(f"y{i}{j}", rf"$y_{{{i}{j}}}$", 1.5 * j + 0.6, 1.5 * i + 0.6,
                         observed=True, scale=0.8)
    for i in range(R):
        for j in range(C):
            if j + 1 < C:
                pgm.add_edge(f"x{i}{j}", f"x{i}{j + 1}")
            if i + 1 < R:
                pgm.add_edge(f"x{i}{j}", f"x{i + 1}{j}")
            pgm.add_edge(f"x{i}{j}", f"y{i}{j}")
    save("mrf-grid-undirected", pgm, False,
         "Markov random field for image denoising (Bishop fig. 8.31 style), "
         "PGM(directed=False): a 3x4 grid of latent pixels x_ij joined by undirected lines "
         "(matplotlib Line2D, open 2-point paths), each with a smaller (scale 0.8) observed "
         "pixel y_ij up and to the right, joined by a short diagonal line.")


def eight_schools():
    pgm = daft.PGM()
    pgm.add_node("mu0", r"$\mu_0$", 0.0, 3.0, fixed=True)
    pgm.add_node("tau0", r"$\tau_0$", 2.0, 3.0, fixed=True)
    pgm.add_node("mu", r"$\mu$", 0.5, 2.2)
    pgm.add_node("tau", r"$\tau$", 1.5, 2.2)
    pgm.add_node("theta", r"$\theta_j$", 1.0, 1.2)
    pgm.add_node("sigma", r"$\sigma$", 2.3, 1.2)
    pgm.add_node("y", r"$y_{ij}$", 1.0, 0.2, observed=True)
    pgm.add_node("beta", r"$\beta$", 2.3, 0.2)
    pgm.add_edge("mu0", "mu")
    pgm.add_edge("tau0", "tau")
    pgm.add_edge("mu", "theta")
    pgm.add_edge("tau", "theta")
    pgm.add_edge("theta", "y")
    pgm.add_edge("sigma", "y")
    pgm.add_edge("beta", "y")
    pgm.add_plate([0.2, -0.65, 1.6, 2.35], label=r"$j = 1..J$")
    pgm.add_plate([0.5, -0.3, 1.05, 0.95], label=r"$i = 1..I_j$", position="bottom right",
                  fontsize=8)
    save("hierarchical-nested-plates", pgm, True,
         "Hierarchical (multilevel) model: fixed hyperpriors mu_0, tau_0, latent mu, tau, "
         "theta_j, sigma, beta, observed y_ij; plate j = 1..J (label bottom left) holds theta_j "
         "and a nested plate i = 1..I_j (label bottom right, 8 pt) holding y_ij. The nested "
         "plate's edge passes close to y_ij.")


def kalman_wordy():
    pgm = daft.PGM(aspect=2.2, node_unit=1.1, grid_unit=2.6)
    pgm.add_node("s0", "state $t-1$", 0.0, 1.0)
    pgm.add_node("s1", "state $t$", 1.3, 1.0)
    pgm.add_node("s2", "state $t+1$", 2.6, 1.0)
    pgm.add_node("o0", "sensor $t-1$", 0.0, 0.0, observed=True)
    pgm.add_node("o1", "sensor $t$", 1.3, 0.0, observed=True)
    pgm.add_node("o2", "sensor $t+1$", 2.6, 0.0, observed=True)
    pgm.add_node("u0", "control", 0.65, 1.9, aspect=1.8, scale=0.9)
    pgm.add_node("u1", "control", 1.95, 1.9, aspect=1.8, scale=0.9)
    pgm.add_edge("s0", "s1")
    pgm.add_edge("s1", "s2")
    for k in range(3):
        pgm.add_edge(f"s{k}", f"o{k}")
    pgm.add_edge("u0", "s1")
    pgm.add_edge("u1", "s2")
    save("kalman-wordy-ellipses", pgm, True,
         "State-space (Kalman filter) model with words in the nodes: wide ellipses "
         "(PGM aspect=2.2, node_unit 1.1, grid_unit 2.6) labelled 'state t-1' etc. (text with "
         "inline math), observed sensor nodes shaded, two 'control' ellipses (aspect 1.8, "
         "scale 0.9) feeding the next state. Labels are the drawn words.")


def vae_inner():
    pgm = daft.PGM(observed_style="inner")
    pgm.add_node("phi", r"$\phi$", 0.0, 2.0, fixed=True)
    pgm.add_node("theta", r"$\theta$", 2.4, 2.0, fixed=True)
    pgm.add_node("z", r"$z$", 1.2, 2.0)
    pgm.add_node("x", r"$x$", 1.2, 0.9, observed=True)
    pgm.add_edge("z", "x")
    pgm.add_edge("theta", "z")
    pgm.add_edge("theta", "x")
    pgm.add_edge("x", "z", xoffset=0, plot_params={"ls": "--"})
    pgm.add_edge("phi", "z", plot_params={"ls": "--"})
    pgm.add_plate([0.6, 0.4, 1.2, 2.0], label=r"$N$", position="bottom right")
    save("vae-inner-observed", pgm, True,
         "Variational autoencoder as in Kingma & Welling (2014) fig. 1: "
         "observed_style='inner' (observed x drawn as a double circle: an inner white "
         "circle 0.9 of the outer one), generative arrows solid, inference arrows "
         "x -> z and phi -> z dashed (whole FancyArrow outline dashed, head included). "
         "x -> z and z -> x are an antiparallel pair on the same straight line, "
         "overlapping. Plate N with label bottom right.")


def outer_alternate():
    pgm = daft.PGM(observed_style="outer", alternate_style="inner")
    names = ["a", "b", "c", "d", "e", "f", "g"]
    xy = [(0, 1), (1, 2), (1, 0), (2, 1), (3, 2), (3, 0), (4, 1)]
    kinds = ["latent", "observed", "alternate", "latent", "observed", "alternate", "observed"]
    for n, (x, y), k in zip(names, xy, kinds):
        pgm.add_node(n, rf"${n}$", x, y, observed=(k == "observed"),
                     alternate=(k == "alternate"))
    for u, v in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("d", "f"),
                 ("e", "g"), ("f", "g"), ("b", "e")]:
        pgm.add_edge(u, v)
    save("outer-alternate-styles", pgm, True,
         "observed_style='outer' (observed nodes b, e, g: a second circle 1.1x around the "
         "node) and alternate_style='inner' for the alternate nodes c, f: daft 0.1.4 draws "
         "the 0.9x inner circle first and the full white-filled circle over it, so c and f "
         "look latent, with a hidden circle underneath (two concentric paths each); a, d "
         "latent. "
         "Diamond-shaped DAG, b -> e horizontal over the top.")


def rectangle_nodes():
    pgm = daft.PGM()
    pgm.add_node("x", r"$x$", 0.0, 1.0, observed=True)
    pgm.add_node("h1", r"$h_1$", 1.2, 1.0, shape="rectangle")
    pgm.add_node("h2", r"$h_2$", 2.4, 1.0, shape="rectangle")
    pgm.add_node("mu", r"$\mu$", 3.6, 1.6, shape="rectangle")
    pgm.add_node("sig", r"$\sigma$", 3.6, 0.4, shape="rectangle")
    pgm.add_node("eps", r"$\epsilon$", 4.8, 0.0)
    pgm.add_node("z", r"$z$", 4.8, 1.0)
    pgm.add_node("W", r"$W$", 1.8, 2.2, fixed=True)
    pgm.add_edge("x", "h1")
    pgm.add_edge("h1", "h2")
    pgm.add_edge("h2", "mu")
    pgm.add_edge("h2", "sig")
    pgm.add_edge("mu", "z")
    pgm.add_edge("sig", "z")
    pgm.add_edge("eps", "z")
    pgm.add_edge("W", "h1")
    pgm.add_edge("W", "h2")
    save("rectangle-deterministic", pgm, True,
         "Reparameterised encoder: deterministic hidden units as squares "
         "(shape='rectangle', daft's FancyArrow ends on the square's side), stochastic "
         "x (observed), epsilon and z as circles, fixed weights W as a dot.")


def colours_thick():
    pgm = daft.PGM(line_width=2.0, node_unit=0.9)
    blue = {"ec": "#1f77b4", "fc": "#dbe9f6"}
    red = {"ec": "#d62728"}
    pgm.add_node("a", r"$a$", 0.0, 1.0, plot_params=blue)
    pgm.add_node("b", r"$b$", 1.2, 2.0, plot_params=blue)
    pgm.add_node("c", r"$c$", 1.2, 0.0, plot_params=blue)
    pgm.add_node("d", r"$d$", 2.4, 1.0, observed=True, plot_params={"ec": "#2ca02c"})
    pgm.add_node("e", r"$e$", 3.6, 2.0, plot_params=red)
    pgm.add_node("f", r"$f$", 3.6, 0.0, plot_params={"ec": "#d62728", "fc": "#fbd5d5"})
    pgm.add_node("g", r"$g$", 4.8, 1.0, observed=True)
    for u, v, col in [("a", "b", "#1f77b4"), ("a", "c", "#1f77b4"), ("b", "d", "k"),
                      ("c", "d", "k"), ("d", "e", "#d62728"), ("d", "f", "#d62728"),
                      ("e", "g", "0.4"), ("f", "g", "0.4"), ("a", "d", "k")]:
        pgm.add_edge(u, v, plot_params={"ec": col, "fc": col, "head_width": 0.12,
                                        "head_length": 0.2})
    pgm.add_plate([-0.5, -0.55, 2.3, 3.1], label="encoder", position="top left",
                  rect_params={"ec": "#1f77b4", "fc": "#f4f8fc", "ls": "--"})
    pgm.add_plate([3.05, -0.55, 1.1, 3.1], label="decoder", position="top right",
                  rect_params={"ec": "#d62728", "fc": "#fdf3f3"},
                  bbox={"fc": "white", "ec": "#d62728"})
    save("colours-thick-lines", pgm, True,
         "Colours and thick lines (daft's 'colors'/'thicklines' examples): line_width=2, "
         "node_unit 0.9, blue, green and red outlines and pale fills, coloured arrows with "
         "wider heads; two tinted plates, one dashed ('encoder', label top left), one with "
         "a boxed label top right ('decoder'). a -> d passes between b and c.")


def edge_labels_scaled():
    pgm = daft.PGM()
    pgm.add_node("s", r"$s$", 0.0, 1.0, scale=1.4)
    pgm.add_node("t", r"$t$", 4.0, 1.0, scale=1.4, observed=True)
    pgm.add_node("u", r"$u$", 1.4, 2.0, scale=0.7)
    pgm.add_node("v", r"$v$", 1.4, 0.0, scale=0.7)
    pgm.add_node("w", r"$w$", 2.7, 2.0, scale=1.0)
    pgm.add_node("q", r"$q$", 2.7, 0.0, scale=1.0)
    pgm.add_node("k", r"$k$", 2.0, 1.0, fixed=True)
    for u, v, lab in [("s", "u", "0.3"), ("s", "v", "0.7"), ("u", "w", r"$\lambda$"),
                      ("v", "q", r"$\mu$"), ("w", "t", "1.0"), ("q", "t", "2.5"),
                      ("k", "w", None), ("k", "q", None), ("s", "k", r"$\kappa$")]:
        pgm.add_edge(u, v, label=lab, label_params={"fontsize": 8})
    save("edge-labels-scaled", pgm, True,
         "Edge labels (add_edge(label=...), 8 pt, placed 0.1 units above each arrow's "
         "middle): numbers and math. Node scales 1.4 (s, t), 0.7 (u, v) and 1.0; a fixed "
         "node k in the middle. Edge labels are not nodes.")


def weak_lensing_textpaths():
    # After daft's "weak lensing" example, with text as glyph outlines.
    pgm = daft.PGM()
    pgm.add_node("Omega", r"$\Omega$", -1.0, 4.0)
    pgm.add_node("gamma", r"$\gamma$", 0.0, 4.0)
    pgm.add_node("obs", r"$\epsilon^{\mathrm{obs}}_n$", 1.0, 4.0, observed=True)
    pgm.add_node("alpha", r"$\alpha$", -1.0, 2.5)
    pgm.add_node("beta", r"$\beta$", 0.0, 2.5)
    pgm.add_node("true", r"$\epsilon_n$", 1.0, 3.0)
    pgm.add_node("shape", r"$p_n$", 1.0, 2.0)
    pgm.add_node("sigma", r"$\sigma_n$", 2.0, 3.0, fixed=True)
    pgm.add_edge("Omega", "gamma")
    pgm.add_edge("gamma", "obs")
    pgm.add_edge("alpha", "beta")
    pgm.add_edge("beta", "shape")
    pgm.add_edge("beta", "true")
    pgm.add_edge("shape", "true")
    pgm.add_edge("true", "obs")
    pgm.add_edge("sigma", "obs")
    pgm.add_plate([0.5, 1.5, 1.0, 3.0], label=r"galaxies $n$")
    save("weak-lensing-textpaths", pgm, True,
         "After daft's 'weak lensing' example: cosmology Omega -> shear gamma -> observed "
         "ellipticity, intrinsic shape hierarchy alpha -> beta -> p_n -> eps_n; fixed noise "
         "sigma_n; plate 'galaxies n'. svg.fonttype='path': every label is glyph outlines "
         "(<use> of <defs> paths), none is <text>.", textpaths=True)


def hmm_mrf_textpaths():
    # A linear-chain CRF as a Markov network, text as glyph outlines.
    pgm = daft.PGM(directed=False, node_unit=0.8)
    T = 5
    for t in range(T):
        pgm.add_node(f"y{t}", rf"$y_{t + 1}$", 1.0 * t, 1.0)
        pgm.add_node(f"x{t}", rf"$x_{t + 1}$", 1.0 * t, 0.0, observed=True)
    for t in range(T):
        pgm.add_edge(f"y{t}", f"x{t}")
        if t + 1 < T:
            pgm.add_edge(f"y{t}", f"y{t + 1}")
            pgm.add_edge(f"y{t}", f"x{t + 1}")
    save("crf-chain-textpaths", pgm, False,
         "Linear-chain conditional random field drawn as an undirected Markov network: "
         "labels y_1..y_5, observed inputs x_1..x_5 (node_unit 0.8), lines y_t - x_t, "
         "y_t - y_t+1 and diagonals y_t - x_t+1 (crossing none). svg.fonttype='path': "
         "labels are glyph outlines.", textpaths=True)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for fn in [lda_plates, bayesian_regression, hmm_chain, gaussian_mixture, mrf_grid,
               eight_schools, kalman_wordy, vae_inner, outer_alternate, rectangle_nodes,
               colours_thick, edge_labels_scaled, weak_lensing_textpaths, hmm_mrf_textpaths]:
        fn()
