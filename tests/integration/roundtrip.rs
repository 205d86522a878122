//! Property test: a random graph drawn as SVG under random transforms,
//! number formats, element and attribute orders, comments and whitespace,
//! extracts back to the same graph.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use kurbo::{Affine, Point, Vec2};
use proptest::prelude::*;

/// One transform function, as written and as a matrix.
#[derive(Clone, Debug)]
enum Step {
    Translate(f64, f64),
    Scale(f64, f64),
    Rotate(f64, Option<(f64, f64)>),
    SkewX(f64),
    SkewY(f64),
    Matrix([f64; 6]),
}

impl Step {
    fn affine(&self) -> Affine {
        match *self {
            Step::Translate(x, y) => Affine::translate((x, y)),
            Step::Scale(x, y) => Affine::scale_non_uniform(x, y),
            Step::Rotate(a, None) => Affine::rotate(a.to_radians()),
            Step::Rotate(a, Some((cx, cy))) => {
                Affine::translate((cx, cy))
                    * Affine::rotate(a.to_radians())
                    * Affine::translate((-cx, -cy))
            }
            Step::SkewX(a) => Affine::skew(a.to_radians().tan(), 0.0),
            Step::SkewY(a) => Affine::skew(0.0, a.to_radians().tan()),
            Step::Matrix(m) => Affine::new(m),
        }
    }

    fn write(&self, out: &mut String, f: &mut Fmt) {
        match *self {
            Step::Translate(x, y) => write!(out, "translate({}{}{})", f.num(x), f.sep(), f.num(y)),
            Step::Scale(x, y) if x == y => write!(out, "scale({})", f.num(x)),
            Step::Scale(x, y) => write!(out, "scale({}{}{})", f.num(x), f.sep(), f.num(y)),
            Step::Rotate(a, None) => write!(out, "rotate({})", f.num(a)),
            Step::Rotate(a, Some((x, y))) => {
                write!(out, "rotate({}{}{}{}{})", f.num(a), f.sep(), f.num(x), f.sep(), f.num(y))
            }
            Step::SkewX(a) => write!(out, "skewX({})", f.num(a)),
            Step::SkewY(a) => write!(out, "skewY({})", f.num(a)),
            Step::Matrix(m) => {
                out.push_str("matrix(");
                for (i, v) in m.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&f.sep());
                    }
                    out.push_str(&f.num(*v));
                }
                out.push(')');
                Ok(())
            }
        }
        .unwrap();
    }
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (-500.0..500.0f64, -500.0..500.0f64).prop_map(|(x, y)| Step::Translate(x, y)),
        (0.5..2.0f64).prop_map(|s| Step::Scale(s, s)),
        (0.7..1.4f64, 0.7..1.4f64).prop_map(|(x, y)| Step::Scale(x, y)),
        (-180.0..180.0f64).prop_map(|a| Step::Rotate(a, None)),
        (-180.0..180.0f64, -50.0..50.0f64, -50.0..50.0f64)
            .prop_map(|(a, x, y)| Step::Rotate(a, Some((x, y)))),
        (-20.0..20.0f64).prop_map(Step::SkewX),
        (-20.0..20.0f64).prop_map(Step::SkewY),
        (0.0..std::f64::consts::TAU, 0.6..1.5f64, -100.0..100.0f64, -100.0..100.0f64).prop_map(
            |(a, s, e, f)| Step::Matrix([
                s * a.cos(),
                s * a.sin(),
                -s * a.sin(),
                s * a.cos(),
                e,
                f
            ])
        ),
    ]
}

/// Writes numbers in varied but equivalent spellings.
struct Fmt {
    rng: fastrand::Rng,
}

impl Fmt {
    fn num(&mut self, v: f64) -> String {
        match self.rng.u8(..6) {
            0 => format!("{v:e}"),
            1 => format!("{v:E}"),
            2 if v.abs() < 1.0 && v != 0.0 => {
                // leading dot: 0.25 -> .25, -0.25 -> -.25
                format!("{v}").replacen("0.", ".", 1)
            }
            3 if v >= 0.0 => format!("+{v}"),
            _ => format!("{v}"),
        }
    }

    fn sep(&mut self) -> String {
        [" ", ",", ", ", "  ", "\n"][self.rng.usize(..5)].to_string()
    }

    fn space(&mut self) -> String {
        match self.rng.u8(..4) {
            0 => String::new(),
            1 => "\n  ".into(),
            2 => "<!-- <circle cx=\"0\" cy=\"0\" r=\"9\"/> -->".into(),
            _ => " ".into(),
        }
    }
}

#[derive(Debug, Clone)]
struct Case {
    /// Node centres (root space) on a jittered grid, and radii.
    nodes: Vec<(Point, f64)>,
    edges: Vec<(usize, usize)>,
    node_tf: Vec<Step>,
    line_tf: Vec<Step>,
    outer: Vec<Step>,
    /// Draw lines with the nodes' transform, shortened to the rims.
    rim: bool,
    lines_first: bool,
    seed: u64,
}

fn case() -> impl Strategy<Value = Case> {
    (2usize..30, any::<u64>()).prop_flat_map(|(n, seed)| {
        let cells = proptest::sample::subsequence((0..n * 3).collect::<Vec<usize>>(), n);
        let jit = proptest::collection::vec((-6.0..6.0f64, -6.0..6.0f64, 2.0..5.0f64), n);
        let edges = proptest::collection::vec((0..n, 0..n), 0..(n * 2));
        (
            cells,
            jit,
            edges,
            proptest::collection::vec(step(), 0..3),
            proptest::collection::vec(step(), 0..3),
            proptest::collection::vec(step(), 0..2),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(
                move |(cells, jit, edges, node_tf, line_tf, outer, rim, lines_first)| {
                    let side = ((n * 3) as f64).sqrt().ceil() as usize;
                    let nodes = cells
                        .iter()
                        .zip(&jit)
                        .map(|(c, (jx, jy, r))| {
                            let (i, j) = (c % side, c / side);
                            (Point::new(i as f64 * 40.0 + jx, j as f64 * 40.0 + jy), *r)
                        })
                        .collect();
                    let mut seen = BTreeSet::new();
                    let edges = edges
                        .into_iter()
                        .filter(|(a, b)| a != b && seen.insert((*a.min(b), *a.max(b))))
                        .collect();
                    Case { nodes, edges, node_tf, line_tf, outer, rim, lines_first, seed }
                },
            )
    })
}

fn compose(steps: &[Step]) -> Affine {
    steps.iter().fold(Affine::IDENTITY, |acc, s| acc * s.affine())
}

fn transform_attr(steps: &[Step], f: &mut Fmt) -> String {
    let mut s = String::new();
    for (i, st) in steps.iter().enumerate() {
        if i > 0 {
            s.push_str(&f.sep());
        }
        st.write(&mut s, f);
    }
    s
}

/// An element with its attributes in random order.
fn element(
    name: &str,
    mut attrs: Vec<(String, String)>,
    child: Option<String>,
    f: &mut Fmt,
) -> String {
    f.rng.shuffle(&mut attrs);
    let mut s = format!("<{name}");
    for (k, v) in attrs {
        let q = if f.rng.bool() { '"' } else { '\'' };
        write!(s, " {k}={q}{v}{q}").unwrap();
    }
    match child {
        Some(c) => write!(s, ">{c}</{name}>").unwrap(),
        None if f.rng.bool() => s.push_str("/>"),
        None => write!(s, "></{name}>").unwrap(),
    }
    s
}

fn draw(c: &Case) -> String {
    let mut f = Fmt { rng: fastrand::Rng::with_seed(c.seed) };
    let outer = compose(&c.outer);
    let node_m = outer * compose(&c.node_tf);
    let line_m = if c.rim { node_m } else { outer * compose(&c.line_tf) };
    let (node_inv, line_inv) = (node_m.inverse(), line_m.inverse());
    let scale = node_m.determinant().abs().sqrt();

    let mut circles: Vec<String> = c
        .nodes
        .iter()
        .enumerate()
        .map(|(i, (p, r))| {
            let l = node_inv * *p;
            let attrs = vec![
                ("cx".into(), f.num(l.x)),
                ("cy".into(), f.num(l.y)),
                ("r".into(), f.num(r / scale)),
                ("fill".into(), "#abc".into()),
            ];
            element("circle", attrs, Some(format!("<title>v{i}</title>")), &mut f)
        })
        .collect();
    let mut lines: Vec<String> = c
        .edges
        .iter()
        .map(|&(a, b)| {
            let (pa, pb) = (line_inv * c.nodes[a].0, line_inv * c.nodes[b].0);
            let (pa, pb) = if c.rim {
                // Shorten in the nodes' own space, where they are circles.
                let u: Vec2 = (pb - pa) / (pb - pa).hypot();
                (pa + u * (c.nodes[a].1 / scale), pb - u * (c.nodes[b].1 / scale))
            } else {
                (pa, pb)
            };
            let attrs = vec![
                ("x1".into(), f.num(pa.x)),
                ("y1".into(), f.num(pa.y)),
                ("x2".into(), f.num(pb.x)),
                ("y2".into(), f.num(pb.y)),
                ("stroke".into(), "#999".into()),
            ];
            element("line", attrs, None, &mut f)
        })
        .collect();
    f.rng.shuffle(&mut circles);
    f.rng.shuffle(&mut lines);

    let mut svg = String::from("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">");
    write!(svg, "<g transform=\"{}\">", transform_attr(&c.outer, &mut f)).unwrap();
    let group = |svg: &mut String, tf: &[Step], items: &[String], f: &mut Fmt| {
        write!(svg, "{}<g transform=\"{}\">", f.space(), transform_attr(tf, f)).unwrap();
        for it in items {
            svg.push_str(&f.space());
            svg.push_str(it);
        }
        svg.push_str("</g>");
    };
    let line_steps = if c.rim { &c.node_tf } else { &c.line_tf };
    if c.lines_first {
        group(&mut svg, line_steps, &lines, &mut f);
        group(&mut svg, &c.node_tf, &circles, &mut f);
    } else {
        group(&mut svg, &c.node_tf, &circles, &mut f);
        group(&mut svg, line_steps, &lines, &mut f);
    }
    svg.push_str("</g></svg>");
    svg
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn drawn_graphs_extract_back(c in case()) {
        let svg = draw(&c);
        let d = svg2graph::extract(svg.as_bytes(), &svg2graph::ExtractOptions::default())
            .map_err(|e| TestCaseError::fail(format!("{e}\n{svg}")))?;
        prop_assert_eq!(d.graph().unwrap().node_count(), c.nodes.len());
        for n in d.nodes() {
            let id = d.text(n.id);
            let i: usize = id[1..].parse().unwrap();
            let (p, r) = c.nodes[i];
            prop_assert!((n.x - p.x).abs() < 1e-6 && (n.y - p.y).abs() < 1e-6,
                "{} at ({}, {}) not ({}, {})", id, n.x, n.y, p.x, p.y);
            prop_assert!((n.r - r).abs() < 1e-6 * r.max(1.0), "{}: r {} not {}", id, n.r, r);
        }
        let mut want: Vec<(String, String)> = c.edges.iter().map(|&(a, b)| {
            let (a, b) = (format!("v{a}"), format!("v{b}"));
            if a <= b { (a, b) } else { (b, a) }
        }).collect();
        want.sort();
        prop_assert_eq!(crate::edge_pairs(&d), want, "{}", svg);
        prop_assert_eq!(d.report().dangling, 0);
    }

    #[test]
    fn transform_lists_compose_like_matrices(steps in proptest::collection::vec(step(), 1..5), seed in any::<u64>()) {
        let mut f = Fmt { rng: fastrand::Rng::with_seed(seed) };
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle transform=\"{}\" cx=\"3\" cy=\"-7\" r=\"1\"/></svg>",
            transform_attr(&steps, &mut f)
        );
        let d = svg2graph::extract(svg.as_bytes(), &svg2graph::ExtractOptions::default()).unwrap();
        let want = compose(&steps) * Point::new(3.0, -7.0);
        let n = d.nodes().next().unwrap();
        prop_assert!((n.x - want.x).abs() < 1e-6 && (n.y - want.y).abs() < 1e-6,
            "{}: ({}, {}) vs {:?}", svg, n.x, n.y, want);
    }
}
