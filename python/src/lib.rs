//! The native half of the `svg2graph` Python package: one extraction,
//! run with the GIL released, handed to Python as lists of `(id, attrs)`
//! and `(source, target, attrs)` ready for networkx's `add_nodes_from` and
//! `add_edges_from`. The Python half (`python/svg2graph/__init__.py`)
//! picks the graph class, reads sources of every kind and runs batches.

use std::path::PathBuf;

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedBytes;
use pyo3::types::{PyDict, PyFloat, PyList, PyString, PyTuple};

use svg2graph::pages;
use svg2graph::write::csv::{EDGE_HEADER, NODE_HEADER};
use svg2graph::write::{EDGE_ATTRS, NODE_ATTRS, Value, edge_values, node_values};
use svg2graph::{Diagram, Directed, Edge, Error, ErrorKind, ExtractOptions};

create_exception!(
    svg2graph,
    ExtractError,
    PyValueError,
    "The drawing could not be read: `path`, `line`, `column` and `kind` say where and why."
);

/// The error's kind, as Python code tests it.
fn kind_name(kind: &ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Io(_) => "io",
        ErrorKind::Xml(_) => "xml",
        ErrorKind::NotSvg { .. } => "not_svg",
        ErrorKind::NoRoot => "no_root",
        ErrorKind::NoDrawing => "no_drawing",
        ErrorKind::InvalidOption(_) => "invalid_option",
        ErrorKind::Interrupted => "interrupted",
        ErrorKind::Limit(_) => "limit",
        _ => "other",
    }
}

/// An extraction error as an `ExtractError` carrying where it happened.
fn extract_error(py: Python<'_>, e: &Error) -> PyErr {
    let err = ExtractError::new_err(e.to_string());
    let value = err.value(py);
    let pos = e.position();
    let set = || -> PyResult<()> {
        value.setattr("path", e.path().map(std::path::Path::as_os_str))?;
        value.setattr("line", pos.map(|p| p.line))?;
        value.setattr("column", pos.map(|p| p.column))?;
        value.setattr("kind", kind_name(e.kind()))?;
        value.setattr("part", e.part())?;
        Ok(())
    };
    match set() {
        Ok(()) => err,
        Err(other) => other,
    }
}

fn directed(v: Option<&str>) -> PyResult<Directed> {
    match v {
        None | Some("auto") => Ok(Directed::Auto),
        Some("yes") => Ok(Directed::Yes),
        Some("no") => Ok(Directed::No),
        Some(other) => Err(PyValueError::new_err(format!(
            "directed={other:?}: expected \"auto\", \"yes\" or \"no\""
        ))),
    }
}

/// Python objects for strings the diagram repeats (styles' colours and
/// classes, node ids in edges), made once each.
#[derive(Default)]
struct Strings<'py> {
    made: foldhash::HashMap<(usize, usize), Bound<'py, PyString>>,
}

impl<'py> Strings<'py> {
    /// `s`, as the one Python string for that piece of the diagram's
    /// strings (the diagram hands out each distinct string from one place).
    fn get(&mut self, py: Python<'py>, s: &str) -> Bound<'py, PyString> {
        self.made
            .entry((s.as_ptr() as usize, s.len()))
            .or_insert_with(|| PyString::new(py, s))
            .clone()
    }
}

fn value<'py>(py: Python<'py>, v: Value<'_>, strings: &mut Strings<'py>) -> Bound<'py, PyAny> {
    match v {
        Value::Str(s) => strings.get(py, s).into_any(),
        Value::Num(x) => PyFloat::new(py, x).into_any(),
        Value::Num32(_) => PyFloat::new(py, v.number().unwrap_or(f64::NAN)).into_any(),
        Value::Bool(b) => pyo3::types::PyBool::new(py, b).to_owned().into_any(),
        _ => py.None().into_bound(py),
    }
}

/// What one extraction found, held on the Rust side until Python asks for
/// it as lists (`node_list`, `edge_list`) or as a networkx graph's own
/// dicts (`fill`).
#[pyclass(frozen, module = "svg2graph")]
struct Extraction {
    diagram: Diagram,
    multigraph: bool,
}

/// The Python objects a walk over the diagram makes: node ids, the
/// attribute names, and the strings and edge attributes it repeats.
struct Objects<'py, 'd> {
    py: Python<'py>,
    d: &'d Diagram,
    strings: Strings<'py>,
    ids: Vec<Bound<'py, PyString>>,
    node_keys: Vec<Bound<'py, PyString>>,
    edge_keys: Vec<Bound<'py, PyString>>,
    weighted: bool,
    /// Edges told apart only by their style and direction share one dict
    /// of attributes, by style, then direction. (Both networkx and `fill`
    /// copy it into a dict of the edge's own.)
    shared: Vec<[Option<Bound<'py, PyDict>>; 2]>,
}

impl<'py, 'd> Objects<'py, 'd> {
    fn new(py: Python<'py>, d: &'d Diagram) -> Self {
        let intern = |k: &&str| PyString::intern(py, k);
        Objects {
            py,
            d,
            strings: Strings::default(),
            ids: d.nodes().map(|n| PyString::new(py, d.text(n.id))).collect(),
            node_keys: NODE_ATTRS.iter().map(|(k, _)| k).map(intern).collect(),
            edge_keys: EDGE_ATTRS.iter().map(|(k, _)| k).map(intern).collect(),
            weighted: d.weights_vary(),
            shared: vec![[None, None]; d.edge_styles().len()],
        }
    }

    fn node_attrs(&mut self, k: usize) -> PyResult<Bound<'py, PyDict>> {
        let attrs = PyDict::new(self.py);
        let n = self.d.nodes().nth(k).expect("a node of the diagram");
        for (key, v) in self.node_keys.iter().zip(node_values(self.d, n)) {
            if let Some(v) = v {
                attrs.set_item(key, value(self.py, v, &mut self.strings))?;
            }
        }
        Ok(attrs)
    }

    /// An edge's attributes; shared with edges of the same look.
    fn edge_attrs(&mut self, e: &Edge) -> PyResult<Bound<'py, PyDict>> {
        let d = self.d;
        let plain = d.text(e.svg_id).is_empty() && d.text(e.label).is_empty();
        if plain && let Some(attrs) = &self.shared[e.style.0 as usize][usize::from(e.directed)] {
            return Ok(attrs.clone());
        }
        let attrs = PyDict::new(self.py);
        for (key, v) in self.edge_keys.iter().zip(edge_values(d, e, self.weighted)) {
            if let Some(v) = v {
                attrs.set_item(key, value(self.py, v, &mut self.strings))?;
            }
        }
        if plain {
            self.shared[e.style.0 as usize][usize::from(e.directed)] = Some(attrs.clone());
        }
        Ok(attrs)
    }

    /// The edges as (source, target, edge), by node index.
    fn edges(&self) -> impl Iterator<Item = PyResult<(usize, usize, Edge)>> + use<'py, 'd> {
        let py = self.py;
        self.d.edge_ends().map(move |e| e.map_err(|e| extract_error(py, &Error::from(e))))
    }
}

/// Gets the dict at `key` of `outer`, made (empty) where absent.
fn inner<'py>(
    outer: &Bound<'py, PyDict>,
    key: &Bound<'py, PyString>,
) -> PyResult<Bound<'py, PyDict>> {
    if let Some(d) = outer.get_item(key)? {
        return Ok(d.cast_into::<PyDict>()?);
    }
    let d = PyDict::new(outer.py());
    outer.set_item(key, &d)?;
    Ok(d)
}

#[pymethods]
impl Extraction {
    /// The report of the extraction, as JSON.
    #[getter]
    fn report(&self) -> PyResult<String> {
        serde_json::to_string(self.diagram.report())
            .map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// Whether some edge has a direction.
    #[getter]
    fn directed(&self) -> bool {
        self.diagram.report().directed
    }

    /// Whether two edges join the same nodes.
    #[getter]
    fn multigraph(&self) -> bool {
        self.multigraph
    }

    /// The nodes as `(id, attrs)`, in document order.
    fn node_list<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let mut o = Objects::new(py, &self.diagram);
        let mut rows = Vec::with_capacity(o.ids.len());
        for k in 0..o.ids.len() {
            let attrs = o.node_attrs(k)?;
            rows.push(PyTuple::new(py, [o.ids[k].as_any(), attrs.as_any()])?);
        }
        PyList::new(py, rows)
    }

    /// The edges as `(source, target, attrs)`, in document order. Edges
    /// of the same look share one dict of attributes.
    fn edge_list<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let mut o = Objects::new(py, &self.diagram);
        let mut rows = Vec::with_capacity(self.diagram.edge_ends().len());
        for edge in o.edges() {
            let (a, b, e) = edge?;
            let attrs = o.edge_attrs(&e)?;
            rows.push(PyTuple::new(py, [o.ids[a].as_any(), o.ids[b].as_any(), attrs.as_any()])?);
        }
        PyList::new(py, rows)
    }

    /// Adds the nodes and edges to a networkx graph's own dicts: `node`
    /// (its `_node`), `succ` (its `_adj`, which is `_succ` when directed)
    /// and, for a directed graph, `pred`. It does what `add_nodes_from`
    /// and `add_edges_from` do with `node_list` and `edge_list`, in the
    /// same order, with a dict of attributes of each edge's own, and
    /// `multigraph` says whether the graph keeps several edges per pair
    /// (under keys 0, 1, …).
    #[pyo3(signature = (node, succ, pred, multigraph))]
    fn fill<'py>(
        &self,
        py: Python<'py>,
        node: &Bound<'py, PyDict>,
        succ: &Bound<'py, PyDict>,
        pred: Option<&Bound<'py, PyDict>>,
        multigraph: bool,
    ) -> PyResult<()> {
        let mut o = Objects::new(py, &self.diagram);
        let mut out = Vec::with_capacity(o.ids.len());
        let mut into = Vec::with_capacity(o.ids.len());
        for k in 0..o.ids.len() {
            let attrs = o.node_attrs(k)?;
            let id = &o.ids[k];
            match node.get_item(id)? {
                Some(known) => known.cast_into::<PyDict>()?.update(attrs.as_mapping())?,
                None => node.set_item(id, attrs)?,
            }
            out.push(inner(succ, id)?);
            into.push(match pred {
                Some(pred) => inner(pred, id)?,
                None => out[k].clone(),
            });
        }
        for edge in o.edges() {
            let (a, b, e) = edge?;
            let attrs = o.edge_attrs(&e)?;
            let (u, v) = (&o.ids[a], &o.ids[b]);
            if multigraph {
                let keys = inner(&out[a], v)?;
                into[b].set_item(u, &keys)?;
                let mut key = keys.len();
                while keys.contains(key)? {
                    key += 1;
                }
                keys.set_item(key, attrs.copy()?)?;
            } else {
                let data = match out[a].get_item(v)? {
                    Some(data) => {
                        let data = data.cast_into::<PyDict>()?;
                        data.update(attrs.as_mapping())?;
                        data
                    }
                    None => attrs.copy()?,
                };
                out[a].set_item(v, &data)?;
                into[b].set_item(u, &data)?;
            }
        }
        Ok(())
    }
}

/// Where the drawing comes from.
enum Source {
    Path(PathBuf),
    Data(PyBackedBytes),
}

/// Extracts the graph from the file at `path` or from `data` (exactly
/// one of the two), with the GIL released while the drawing is read. An
/// HTML page or a notebook gives drawing `pick` (from 1), or its only one.
#[pyfunction]
#[pyo3(signature = (
    path=None, data=None, *, pick=None, tolerance=None, dpi=None, font_size=None, directed=None,
    simple=None, node_selector=None, edge_selector=None, ignore=None, max_warnings=None,
    max_inflated=None, max_ratio=None, max_depth=None, max_elements=None, max_tag=None,
))]
#[allow(clippy::too_many_arguments)]
fn extract(
    py: Python<'_>,
    path: Option<PathBuf>,
    data: Option<PyBackedBytes>,
    pick: Option<usize>,
    tolerance: Option<f64>,
    dpi: Option<f64>,
    font_size: Option<f64>,
    directed: Option<&str>,
    simple: Option<bool>,
    node_selector: Option<String>,
    edge_selector: Option<String>,
    ignore: Option<String>,
    max_warnings: Option<usize>,
    max_inflated: Option<u64>,
    max_ratio: Option<u64>,
    max_depth: Option<usize>,
    max_elements: Option<u64>,
    max_tag: Option<usize>,
) -> PyResult<Extraction> {
    let d = ExtractOptions::default();
    let opts = ExtractOptions {
        tolerance,
        dpi: dpi.unwrap_or(d.dpi),
        font_size: font_size.unwrap_or(d.font_size),
        directed: self::directed(directed)?,
        simple: simple.unwrap_or(d.simple),
        node_selector,
        edge_selector,
        ignore,
        max_warnings: max_warnings.unwrap_or(d.max_warnings),
        max_inflated: max_inflated.unwrap_or(d.max_inflated),
        max_ratio: max_ratio.unwrap_or(d.max_ratio),
        max_depth: max_depth.unwrap_or(d.max_depth),
        max_elements: max_elements.unwrap_or(d.max_elements),
        max_tag: max_tag.unwrap_or(d.max_tag),
        ..d
    };
    let source = match (path, data) {
        (Some(path), None) => Source::Path(path),
        (None, Some(data)) => Source::Data(data),
        _ => return Err(PyTypeError::new_err("give a path or data, not both")),
    };
    let (diagram, multigraph) = py
        .detach(move || {
            // A page or notebook gives the drawing `pick` chooses.
            let one =
                |parts: &[pages::Part]| pages::extract(pages::choose(parts, pick, "pick=")?, &opts);
            let d = match source {
                Source::Path(path) => match pages::open(&path, &opts)? {
                    pages::Document::Drawing(drawing) => drawing.extract(&opts)?,
                    pages::Document::Parts(parts) => one(&parts).map_err(|e| e.with_path(&path))?,
                },
                Source::Data(data) => match pages::parts(&data, None)? {
                    None => svg2graph::extract(&*data, &opts)?,
                    Some(parts) => one(&parts)?,
                },
            };
            let multigraph = d.parallel_edges().map_err(Error::from)? > 0;
            Ok((d, multigraph))
        })
        .map_err(|e| extract_error(py, &e))?;
    Ok(Extraction { diagram, multigraph })
}

/// The native module: `extract` and `ExtractError`.
#[pymodule]
fn _svg2graph(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_class::<Extraction>()?;
    m.add("ExtractError", m.py().get_type::<ExtractError>())?;
    // The columns of the CSV files, in their order, for tables.
    m.add("NODE_COLUMNS", NODE_HEADER.to_vec())?;
    m.add("EDGE_COLUMNS", EDGE_HEADER.to_vec())?;
    Ok(())
}
