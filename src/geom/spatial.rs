//! The spatial index over node outlines: which node does a point touch?
//!
//! A uniform grid whose cells hold every node whose outline, grown by the
//! tolerance, overlaps the cell; a query looks at the one cell holding the
//! point. Cells are stored contiguously (counting sort), each entry with
//! the node's centre and radius inline, so a lookup touches little memory.
//! Nodes far larger than the typical one would fill too many cells; those
//! go into an R-tree instead.

use kurbo::{Point, Vec2};
use rstar::{AABB, RTree, RTreeObject};

use super::{Outline, Touch, touch};

/// A node as the index sees it.
#[derive(Clone, Debug)]
pub(crate) struct Placed {
    pub center: Point,
    pub outline: Outline,
}

/// A node in a grid cell. `r` is the circle's radius, or negative when the
/// outline is not a circle and must be looked up.
#[derive(Clone, Copy, Debug)]
struct Entry {
    x: f64,
    y: f64,
    r: f64,
    index: u32,
}

/// A node too large for the grid.
#[derive(Clone, Copy, Debug)]
struct Large {
    min: [f64; 2],
    max: [f64; 2],
    index: u32,
}

impl RTreeObject for Large {
    type Envelope = AABB<[f64; 2]>;

    fn envelope(&self) -> Self::Envelope {
        AABB::from_corners(self.min, self.max)
    }
}

/// Most cells one node may occupy before it goes to the R-tree.
const MAX_CELLS_PER_NODE: usize = 64;

/// The grid over these envelopes: origin, cell size, columns and rows.
/// `None` when there is nothing finite to grid.
fn grid_layout(envs: &[([f64; 2], [f64; 2])]) -> Option<((f64, f64), f64, usize, usize)> {
    let n = envs.len();
    let (mut lo, mut hi) = ([f64::INFINITY; 2], [f64::NEG_INFINITY; 2]);
    for (a, b) in envs {
        lo = [lo[0].min(a[0]), lo[1].min(a[1])];
        hi = [hi[0].max(b[0]), hi[1].max(b[1])];
    }
    if n == 0 || !lo.iter().chain(&hi).all(|v| v.is_finite()) {
        return None;
    }
    // Cell size: at least the typical node's extent (so a typical node
    // spans few cells), and large enough that there are about half as many
    // cells as nodes (a node then spans fewer cells: less memory, and a
    // lookup scans a few more entries of one cell).
    let mut sizes: Vec<f64> = envs.iter().map(|(a, b)| (b[0] - a[0]).max(b[1] - a[1])).collect();
    let mid = sizes.len() / 2;
    let typical = *sizes.select_nth_unstable_by(mid, f64::total_cmp).1;
    let (w, h) = ((hi[0] - lo[0]).max(0.0), (hi[1] - lo[1]).max(0.0));
    let by_count = (2.0 * (w * h) / n as f64).sqrt();
    let mut cell = typical.max(by_count);
    if !(cell.is_finite() && cell > 0.0) {
        cell = w.max(h).max(1.0);
    }
    // Bound the number of cells whatever the geometry.
    let budget = (2 * n + 1024) as f64;
    while ((w / cell).floor() + 1.0) * ((h / cell).floor() + 1.0) > budget {
        cell *= 1.5;
    }
    let cols = (w / cell).floor() as usize + 1;
    let rows = (h / cell).floor() as usize + 1;
    Some(((lo[0], lo[1]), cell, cols, rows))
}

/// The index, built once for a given tolerance.
pub(crate) struct NodeIndex {
    /// How far outside a node a point may lie and touch it: `tol` plus
    /// `rel` times the node's radius.
    tol: f64,
    rel: f64,
    origin: (f64, f64),
    inv_cell: f64,
    cols: usize,
    rows: usize,
    /// `starts[c]..starts[c + 1]` are cell `c`'s entries.
    starts: Vec<u32>,
    entries: Vec<Entry>,
    large: RTree<Large>,
    /// Node centres, exactly: a stroke drawn to a centre ends there to the
    /// last bit, and that node is the best match there can be. The table
    /// holds node indices only (4 bytes a node, where keys beside them
    /// would take 24), hashed and compared by their centres.
    centres: hashbrown::HashTable<u32>,
    /// How many nodes share their centre with one before them.
    shared_centres: usize,
}

/// What the pair walks may look at: this many pairs, and this many more
/// for every node (see [`NodeIndex::pair_budget`]).
const PAIRS_SPARE: u64 = 1 << 23;
const PAIRS_PER_NODE: u64 = 1 << 9;

/// The hash of a centre, by its exact bits.
fn centre_hash(p: Point) -> u64 {
    use std::hash::BuildHasher;
    foldhash::fast::FixedState::with_seed(0x5eed).hash_one((p.x.to_bits(), p.y.to_bits()))
}

/// Whether two points are the same to the last bit.
fn same_point(a: Point, b: Point) -> bool {
    a.x.to_bits() == b.x.to_bits() && a.y.to_bits() == b.y.to_bits()
}

/// How far outside a node of radius `r` a point may lie and touch it.
fn slack(tol: f64, rel: f64, r: f64) -> f64 {
    tol + rel * r
}

/// The node's bounding box grown by its slack.
fn envelope(n: &Placed, tol: f64, rel: f64) -> ([f64; 2], [f64; 2]) {
    let (hx, hy) = n.outline.half_extents();
    let tol = slack(tol, rel, n.outline.equal_area_radius());
    ([n.center.x - hx - tol, n.center.y - hy - tol], [n.center.x + hx + tol, n.center.y + hy + tol])
}

impl NodeIndex {
    /// Indexes `nodes` for queries: a point touches a node when it lies at
    /// most `tol + rel × radius` outside it. A node is referred to by its
    /// position in the slice.
    pub(crate) fn new(nodes: &[Placed], tol: f64, rel: f64) -> Self {
        // The table and the grid are independent: built side by side.
        let ((centres, shared), mut index) =
            rayon::join(|| Self::centres(nodes), || Self::grid(nodes, tol, rel));
        index.centres = centres;
        index.shared_centres = shared;
        index
    }

    /// How many nodes share their centre, to the last bit, with one before
    /// them.
    pub(crate) fn shared_centres(&self) -> usize {
        self.shared_centres
    }

    /// The exact-centre table: the first node at each centre; and how many
    /// nodes share a centre with one before them.
    fn centres(nodes: &[Placed]) -> (hashbrown::HashTable<u32>, usize) {
        let mut shared = 0;
        let mut centres = hashbrown::HashTable::new();
        let rehash = |&i: &u32| centre_hash(nodes[i as usize].center);
        centres.reserve(nodes.len(), rehash);
        for (i, n) in nodes.iter().enumerate() {
            // The first node wins a shared centre, as document order does.
            let h = centre_hash(n.center);
            let same = |&j: &u32| same_point(nodes[j as usize].center, n.center);
            match centres.entry(h, same, rehash) {
                hashbrown::hash_table::Entry::Vacant(v) => {
                    v.insert(i as u32);
                }
                hashbrown::hash_table::Entry::Occupied(_) => shared += 1,
            }
        }
        (centres, shared)
    }

    /// The index without its exact-centre table: the grid, and the R-tree
    /// of nodes too large for it.
    fn grid(nodes: &[Placed], tol: f64, rel: f64) -> Self {
        let envs: Vec<([f64; 2], [f64; 2])> = nodes.iter().map(|p| envelope(p, tol, rel)).collect();
        let mut index = NodeIndex {
            tol,
            rel,
            origin: (0.0, 0.0),
            inv_cell: 1.0,
            cols: 0,
            rows: 0,
            starts: vec![0],
            entries: Vec::new(),
            large: RTree::new(),
            centres: hashbrown::HashTable::new(),
            shared_centres: 0,
        };
        let Some((origin, cell, cols, rows)) = grid_layout(&envs) else {
            index.large = RTree::bulk_load(Self::all_large(&envs));
            return index;
        };
        index.origin = origin;
        index.inv_cell = 1.0 / cell;
        index.cols = cols;
        index.rows = rows;

        // Counting sort of (cell, node) pairs. Each node's cells are found
        // again in the second pass rather than kept (memory at its peak).
        let cells = |(a, b): &([f64; 2], [f64; 2])| {
            let (c0, r0) = index.cell_of(a[0], a[1]);
            let (c1, r1) = index.cell_of(b[0], b[1]);
            let gridded = (c1 - c0 + 1) * (r1 - r0 + 1) <= MAX_CELLS_PER_NODE;
            gridded.then_some((c0, r0, c1, r1))
        };
        let mut counts = vec![0u32; cols * rows + 1];
        let mut large = Vec::new();
        for (i, env) in envs.iter().enumerate() {
            let Some((c0, r0, c1, r1)) = cells(env) else {
                large.push(Large { min: env.0, max: env.1, index: i as u32 });
                continue;
            };
            for r in r0..=r1 {
                for c in c0..=c1 {
                    counts[r * cols + c] += 1;
                }
            }
        }
        let mut starts = Vec::with_capacity(counts.len());
        let mut acc = 0u32;
        for c in &counts {
            starts.push(acc);
            acc += c;
        }
        drop(counts);
        let mut fill = starts.clone();
        let mut entries = vec![Entry { x: 0.0, y: 0.0, r: 0.0, index: 0 }; acc as usize];
        for (i, env) in envs.iter().enumerate() {
            let Some((c0, r0, c1, r1)) = cells(env) else {
                continue;
            };
            let p = &nodes[i];
            let e = Entry {
                x: p.center.x,
                y: p.center.y,
                r: match p.outline {
                    Outline::Circle { r } => r,
                    Outline::Ellipse { .. } | Outline::Polygon(_) => -1.0,
                },
                index: i as u32,
            };
            for r in r0..=r1 {
                for c in c0..=c1 {
                    let slot = &mut fill[r * cols + c];
                    entries[*slot as usize] = e;
                    *slot += 1;
                }
            }
        }
        index.starts = starts;
        index.entries = entries;
        index.large = RTree::bulk_load(large);
        index
    }

    fn all_large(envs: &[([f64; 2], [f64; 2])]) -> Vec<Large> {
        envs.iter()
            .enumerate()
            .filter(|(_, (a, b))| a.iter().chain(b).all(|v| v.is_finite()))
            .map(|(i, (a, b))| Large { min: *a, max: *b, index: i as u32 })
            .collect()
    }

    /// How far outside a node of radius `r` a point may lie and touch it.
    fn slack(&self, r: f64) -> f64 {
        slack(self.tol, self.rel, r)
    }

    /// The cell holding (x, y), clamped to the grid.
    fn cell_of(&self, x: f64, y: f64) -> (usize, usize) {
        // The cast rounds toward zero, which is the floor for the cells of
        // the grid, and takes what lies before the grid (negative) and NaN
        // to 0; the cells past the grid are clamped to its last. (No call
        // of `floor`: without SSE4.1 that is a call into the C library.)
        let clamp = |v: f64, n: usize| (v as usize).min(n.saturating_sub(1));
        let c = (x - self.origin.0) * self.inv_cell;
        let r = (y - self.origin.1) * self.inv_cell;
        (clamp(c, self.cols), clamp(r, self.rows))
    }

    /// Every node whose outline contains `p` (within the tolerance).
    pub(crate) fn all_touching(&self, nodes: &[Placed], p: Point) -> Vec<u32> {
        let mut out = Vec::new();
        self.visit(p, |i| {
            let n = &nodes[i as usize];
            let slack = self.slack(n.outline.equal_area_radius());
            if touch(n.center, &n.outline, p, slack).is_some() {
                out.push(i);
            }
        });
        out.sort_unstable();
        out.dedup();
        out
    }

    /// How many pairs of nodes the pair walks ([`NodeIndex::centre_pairs`],
    /// [`NodeIndex::overlapping`]) hand on, for `n` nodes: many times more
    /// than any drawing has in or over one another, but not all pairs of
    /// thousands of shapes drawn over one another. (Pairs handed on are
    /// counted, not pairs looked at: a far-off shape that makes the grid's
    /// cells coarse costs comparisons, not weighings.)
    fn pair_budget(n: usize) -> u64 {
        PAIRS_SPARE + PAIRS_PER_NODE * n as u64
    }

    /// Calls `f(i, j)` for every pair of different nodes where `i` may
    /// contain `j`'s centre (its box, grown by the slack, does). Walks the
    /// cells in memory order, so it is far cheaper than one query per node.
    /// False where it stopped early, past [`NodeIndex::pair_budget`].
    pub(crate) fn centre_pairs(&self, nodes: &[Placed], mut f: impl FnMut(u32, u32)) -> bool {
        let mut left = Self::pair_budget(nodes.len());
        for cell in 0..self.cols * self.rows {
            let (s, e) = (self.starts[cell] as usize, self.starts[cell + 1] as usize);
            let entries = &self.entries[s..e];
            for j in entries {
                let (c, r) = self.cell_of(j.x, j.y);
                if r * self.cols + c != cell {
                    continue; // j's centre is counted in its own cell
                }
                for i in entries {
                    // A circle's box is checked here, from the entry (no
                    // lookup); other outlines are left to `f`.
                    let reach = if i.r >= 0.0 { i.r + self.slack(i.r) } else { f64::INFINITY };
                    if i.index != j.index
                        && (j.x - i.x).abs() <= reach
                        && (j.y - i.y).abs() <= reach
                    {
                        if left == 0 {
                            return false;
                        }
                        left -= 1;
                        f(i.index, j.index);
                    }
                }
            }
        }
        // Nodes too large for the grid may contain any other node.
        for l in &self.large {
            for (j, n) in nodes.iter().enumerate() {
                let j = j as u32;
                let c = n.center;
                if j != l.index
                    && c.x >= l.min[0]
                    && c.x <= l.max[0]
                    && c.y >= l.min[1]
                    && c.y <= l.max[1]
                {
                    if left == 0 {
                        return false;
                    }
                    left -= 1;
                    f(l.index, j);
                }
            }
        }
        true
    }

    /// Calls `f(i, j)` for every pair of different nodes that may overlap
    /// or touch: both in one cell (circles only where their discs, grown
    /// by the slack, meet), or one too large for the grid and the other's
    /// cells or box meeting its box. A pair may come more than once. False
    /// where it stopped early, past [`NodeIndex::pair_budget`].
    pub(crate) fn overlapping(&self, mut f: impl FnMut(u32, u32)) -> bool {
        let mut left = Self::pair_budget(self.centres.len() + self.shared_centres);
        for cell in 0..self.cols * self.rows {
            let (s, e) = (self.starts[cell] as usize, self.starts[cell + 1] as usize);
            let entries = &self.entries[s..e];
            for (a, i) in entries.iter().enumerate() {
                for j in &entries[a + 1..] {
                    if i.r >= 0.0 && j.r >= 0.0 {
                        let reach = i.r + j.r + self.slack(i.r) + self.slack(j.r);
                        let (dx, dy) = (i.x - j.x, i.y - j.y);
                        if dx * dx + dy * dy > reach * reach {
                            continue;
                        }
                    }
                    if left == 0 {
                        return false;
                    }
                    left -= 1;
                    f(i.index, j.index);
                }
            }
        }
        for l in &self.large {
            let (c0, r0) = self.cell_of(l.min[0], l.min[1]);
            let (c1, r1) = self.cell_of(l.max[0], l.max[1]);
            if self.cols > 0 {
                for r in r0..=r1 {
                    for c in c0..=c1 {
                        let cell = r * self.cols + c;
                        let (s, e) = (self.starts[cell] as usize, self.starts[cell + 1] as usize);
                        let n = (e - s) as u64;
                        if left < n {
                            return false;
                        }
                        left -= n;
                        for en in &self.entries[s..e] {
                            f(l.index, en.index);
                        }
                    }
                }
            }
            for o in self.large.locate_in_envelope_intersecting(l.envelope()) {
                left = left.saturating_sub(1);
                if left == 0 {
                    return false;
                }
                if o.index != l.index {
                    f(l.index, o.index);
                }
            }
        }
        true
    }

    /// Every node whose centre lies within `radius` of `p`.
    pub(crate) fn all_touching_within(&self, nodes: &[Placed], p: Point, radius: f64) -> Vec<u32> {
        let mut out = Vec::new();
        if self.cols > 0 {
            let (c0, r0) = self.cell_of(p.x - radius, p.y - radius);
            let (c1, r1) = self.cell_of(p.x + radius, p.y + radius);
            for r in r0..=r1 {
                for c in c0..=c1 {
                    let cell = r * self.cols + c;
                    let (s, e) = (self.starts[cell] as usize, self.starts[cell + 1] as usize);
                    for en in &self.entries[s..e] {
                        if Point::new(en.x, en.y).distance(p) <= radius {
                            out.push(en.index);
                        }
                    }
                }
            }
        }
        let q = AABB::from_corners([p.x - radius, p.y - radius], [p.x + radius, p.y + radius]);
        for l in self.large.locate_in_envelope_intersecting(q) {
            if nodes[l.index as usize].center.distance(p) <= radius {
                out.push(l.index);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Whether `p` lies within some node's outline, or off it by no more
    /// than `slack` (in place of the index's tolerance; no more than it).
    pub(crate) fn on_some(&self, nodes: &[Placed], p: Point, slack: f64) -> bool {
        let slack = slack.min(self.tol);
        let mut on = false;
        self.visit(p, |i| {
            let n = &nodes[i as usize];
            on = on || touch(n.center, &n.outline, p, slack).is_some();
        });
        on
    }

    /// The absolute tolerance: how far outside any node a point may lie
    /// and touch it.
    pub(crate) fn tolerance(&self) -> f64 {
        self.tol
    }

    /// The one node whose bounding box, grown by the absolute tolerance,
    /// holds `p`; `None` where none or several do.
    pub(crate) fn in_box_of(&self, nodes: &[Placed], p: Point) -> Option<u32> {
        let mut found = None;
        let mut several = false;
        self.visit(p, |i| {
            let n = &nodes[i as usize];
            if n.outline.box_holds(p - n.center, self.tol) && found != Some(i) {
                several |= found.is_some();
                found = Some(i);
            }
        });
        if several { None } else { found }
    }

    /// The first node a ray from `p` along `u` (a unit vector) enters
    /// within `reach`, and how far along: looked for at 64 steps. Nodes
    /// `passed` says the ray is already in are passed over.
    pub(crate) fn first_along(
        &self,
        nodes: &[Placed],
        p: Point,
        u: Vec2,
        reach: f64,
        passed: impl Fn(u32) -> bool,
    ) -> Option<(u32, f64)> {
        const STEPS: u32 = 64;
        for step in 1..=STEPS {
            let t = reach * f64::from(step) / f64::from(STEPS);
            let q = p + u * t;
            let mut hit = None;
            self.visit(q, |i| {
                let n = &nodes[i as usize];
                if hit.is_none() && !passed(i) && touch(n.center, &n.outline, q, 0.0).is_some() {
                    hit = Some(i);
                }
            });
            if let Some(i) = hit {
                return Some((i, t));
            }
        }
        None
    }

    /// The node an end at `p`, heading along `dir`, points at: the first
    /// its way enters within `reach`, past the nodes `passed` says it is
    /// already in, short of it by no more than `short` says of that node's
    /// outline and of how far its centre lies off the way.
    pub(crate) fn pointed_at(
        &self,
        nodes: &[Placed],
        (p, dir): (Point, Vec2),
        reach: f64,
        passed: impl Fn(u32) -> bool,
        short: impl Fn(&Outline, f64) -> f64,
    ) -> Option<u32> {
        let len = dir.hypot();
        if len.is_nan() || len <= 0.0 {
            return None;
        }
        let u = dir / len;
        let (n, t) = self.first_along(nodes, p, u, reach, passed)?;
        let node = &nodes[n as usize];
        let off = u.cross(node.center - p).abs();
        (t <= short(&node.outline, off)).then_some(n)
    }

    /// The entries of the cell holding `p` (none outside the grid).
    fn cell_entries(&self, p: Point) -> &[Entry] {
        if self.cols == 0 {
            return &[];
        }
        let cx = (p.x - self.origin.0) * self.inv_cell;
        let cy = (p.y - self.origin.1) * self.inv_cell;
        if !(cx >= 0.0 && cy >= 0.0 && (cx as usize) < self.cols && (cy as usize) < self.rows) {
            return &[];
        }
        let cell = cy as usize * self.cols + cx as usize;
        &self.entries[self.starts[cell] as usize..self.starts[cell + 1] as usize]
    }

    /// Calls `f` with every node indexed in `p`'s cell and every large node
    /// whose box holds `p`.
    fn visit(&self, p: Point, mut f: impl FnMut(u32)) {
        for en in self.cell_entries(p) {
            f(en.index);
        }
        if self.large.size() > 0 {
            for l in self.large.locate_in_envelope_intersecting(AABB::from_point([p.x, p.y])) {
                f(l.index);
            }
        }
    }

    /// The node each of `points` touches, into `out`. When several do, the
    /// best one wins: the lowest touch score (distance to centre or rim),
    /// then the nearest centre, then the first in document order.
    ///
    /// Exact centres, the common case, are looked up for all points first,
    /// in loops short enough that the processor overlaps the lookups'
    /// cache misses (a lookup at a time waits for each in turn).
    pub(crate) fn find_each(&self, nodes: &[Placed], points: &[Point], out: &mut [Option<u32>]) {
        self.find_each_arriving(nodes, points, |_| Vec2::ZERO, out);
    }

    /// As [`NodeIndex::find_each`], where `arriving(i)` is the direction
    /// a stroke travels in as it reaches `points[i]` (asked only for points
    /// at no node's centre; zero where unknown). Of
    /// several nodes a point touches, one the stroke arrives at (its
    /// centre ahead) wins over one it has passed through (its centre
    /// behind) where the point touches it within the absolute tolerance,
    /// whatever the scores: in a dense layout a line drawn to one node's
    /// rim crosses its neighbour to get there.
    pub(crate) fn find_each_arriving(
        &self,
        nodes: &[Placed],
        points: &[Point],
        arriving: impl Fn(usize) -> Vec2,
        out: &mut [Option<u32>],
    ) {
        // First the table's guess (the first entry whose hash fits), then a
        // check that the guess is centred there; a wrong guess is rare and
        // looked up in full.
        for (p, o) in points.iter().zip(out.iter_mut()) {
            *o = self.centres.find(centre_hash(*p), |_| true).copied();
        }
        for (p, o) in points.iter().zip(out.iter_mut()) {
            if let Some(i) = *o
                && !same_point(nodes[i as usize].center, *p)
            {
                *o = self.at_centre(nodes, *p);
            }
        }
        for (i, (p, o)) in points.iter().zip(out.iter_mut()).enumerate() {
            if o.is_none() {
                *o = self.near(nodes, *p, arriving(i));
            }
        }
    }

    /// The first node centred exactly at `p`.
    #[inline]
    pub(crate) fn at_centre(&self, nodes: &[Placed], p: Point) -> Option<u32> {
        self.centres.find(centre_hash(p), |&i| same_point(nodes[i as usize].center, p)).copied()
    }

    /// The node `p` touches, one point at a time.
    #[cfg(test)]
    fn find(&self, nodes: &[Placed], p: Point) -> Option<u32> {
        // At a centre: score 0 at distance 0, which nothing beats (ties go
        // to the first node, which the map holds).
        self.at_centre(nodes, p).or_else(|| self.near(nodes, p, Vec2::ZERO))
    }

    /// The node `p` touches where no node is centred at `p`, for a stroke
    /// arriving there in direction `arriving` (zero where unknown).
    fn near(&self, nodes: &[Placed], p: Point, arriving: Vec2) -> Option<u32> {
        let better = |t: &Touch, i: u32, best: &Option<(Touch, u32)>| match best {
            None => true,
            Some((b, bi)) => (t.score, t.centre, i)
                .partial_cmp(&(b.score, b.centre, *bi))
                .is_some_and(std::cmp::Ordering::is_lt),
        };
        // The best of all, and the best of those the stroke arrives at
        // (their centre ahead) that the point touches within the absolute
        // tolerance.
        let mut best: Option<(Touch, u32)> = None;
        let mut best_ahead: Option<(Touch, u32)> = None;
        // The best few nodes the point touches within the tolerance, for
        // the aim below (most points touch one).
        let mut close: [Option<(Touch, u32)>; 4] = [None; 4];
        let tol = self.tol;
        // A point within a thousandth of a node's radius of its centre, or
        // 1/256 of a unit (cairo's rounding) for a small node, is at its
        // centre: it is that node's, not another's whose rim it lies on (a
        // self-loop's outline drawn from that centre). (No more than a
        // hundredth of the tolerance: a large container's centre takes no
        // end on a rim within it.)
        let mut consider = |t: Option<Touch>, (c, r): (Point, f64), i: u32| {
            let Some(mut t) = t else { return };
            if t.centre <= (1e-3 * r).max(1.0 / 256.0).min(1e-2 * self.tol) {
                t.score = 0.0;
            }
            if (c - p).dot(arriving) > 0.0 && t.score <= tol && better(&t, i, &best_ahead) {
                best_ahead = Some((t, i));
            }
            if t.score <= tol {
                // (A free slot, or else the worst one's, if this is better.)
                let worst = close.iter_mut().max_by(|a, b| match (a, b) {
                    (None, _) => std::cmp::Ordering::Greater,
                    (_, None) => std::cmp::Ordering::Less,
                    (Some(a), Some(b)) => a.0.score.total_cmp(&b.0.score),
                });
                if let Some(slot) = worst
                    && slot.is_none_or(|(w, _)| t.score < w.score)
                {
                    *slot = Some((t, i));
                }
            }
            if better(&t, i, &best) {
                best = Some((t, i));
            }
        };
        for en in self.cell_entries(p) {
            let c = Point::new(en.x, en.y);
            let (t, r) = if en.r >= 0.0 {
                (touch(c, &Outline::Circle { r: en.r }, p, self.slack(en.r)), en.r)
            } else {
                let n = &nodes[en.index as usize];
                let r = n.outline.equal_area_radius();
                (touch(n.center, &n.outline, p, self.slack(r)), r)
            };
            consider(t, (c, r), en.index);
        }
        if self.large.size() > 0 {
            let q = AABB::from_point([p.x, p.y]);
            for l in self.large.locate_in_envelope_intersecting(q) {
                let n = &nodes[l.index as usize];
                let r = n.outline.equal_area_radius();
                consider(touch(n.center, &n.outline, p, self.slack(r)), (n.center, r), l.index);
            }
        }
        // A node passed through (its centre behind the point) yields to
        // one the stroke arrives at, unless the point lies on its rim or
        // centre to a rounding error.
        let passed = |t: &Touch, i: u32| {
            t.score > 1e-3 * tol && (nodes[i as usize].center - p).dot(arriving) < 0.0
        };
        let found = match (best, best_ahead) {
            (Some((t, i)), Some((_, j))) if passed(&t, i) => Some((t, j)),
            (b, _) => b,
        };
        // Of nodes the point touches within the tolerance, the one the
        // stroke aims into most squarely wins, unless the point lies on
        // the best one's rim or centre to a rounding error, or the stroke
        // aims into that one within half its size of its centre: between two
        // nodes close together, an edge's end stops short of the one it
        // points at about as far as it comes beside the other.
        let (t, i) = found?;
        if t.score <= 1e-3 * tol || close[1].is_none() || arriving == Vec2::ZERO {
            return Some(i);
        }
        // (Nor where the stroke aims into the winner squarely enough.)
        if aim(&nodes[i as usize], p, arriving).is_some_and(|f| f <= 0.5) {
            return Some(i);
        }
        let aimed = close
            .into_iter()
            .flatten()
            .filter_map(|(_, j)| Some((aim(&nodes[j as usize], p, arriving)?, j)))
            .min_by(|a, b| a.0.total_cmp(&b.0));
        Some(aimed.map_or(i, |(_, j)| j))
    }
}

/// How squarely a ray from `p` along `dir` goes into `n`: the distance
/// from the node's centre to the ray, as a fraction of the rim's distance
/// that way (0 through the centre); `None` where it misses the node.
fn aim(n: &Placed, p: Point, dir: Vec2) -> Option<f64> {
    let u = dir / dir.hypot();
    let ahead = (n.center - p).dot(u);
    if ahead.is_nan() || ahead <= 0.0 {
        return None;
    }
    let off = p + u * ahead - n.center;
    let d = off.hypot();
    if d == 0.0 {
        return Some(0.0);
    }
    let f = d / n.outline.rim_distance(off);
    (f <= 1.0).then_some(f)
}

/// How far short of a node (of outline `o`, its centre `off` the way an
/// end heads) an end pointing at it may stop: a head by the node's half
/// diagonal, a plain end by its radius; and heading straight for its
/// centre, by its width too (layouts on a grid, as `Graph::Easy`'s, end
/// edges at a node's cell, wider than the node).
pub(crate) fn stop_short(o: &Outline, off: f64, head: bool) -> f64 {
    let (hx, hy) = o.half_extents();
    let r = o.equal_area_radius();
    let s = if head { hx.hypot(hy) } else { r };
    if off <= 0.25 * r { s.max(2.0 * hx.min(hy)) } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn circle(x: f64, y: f64, r: f64) -> Placed {
        Placed { center: Point::new(x, y), outline: Outline::Circle { r } }
    }

    fn find(nodes: &[Placed], p: (f64, f64), tol: f64) -> Option<u32> {
        NodeIndex::new(nodes, tol, 0.0).find(nodes, Point::new(p.0, p.1))
    }

    #[test]
    fn a_point_a_rounding_error_off_a_centre_is_at_it() {
        // On the rim of a ring through the centre (a loop's outline), a
        // thousandth of the node's radius off its centre: the node's.
        let nodes = [circle(0.0, 0.0, 40.0), circle(-20.0, 0.0, 20.003)];
        assert_eq!(find(&nodes, (0.003, 0.0), 1.0), Some(0));
        // On a node's rim, a small shape centred a hair beside it (a
        // twentieth of a unit, over a hundredth of its radius): the node's.
        let nodes = [circle(0.0, 0.0, 40.0), circle(40.05, 0.0, 3.6)];
        assert_eq!(find(&nodes, (40.0, 0.0), 1.0), Some(0));
        // A small node: within cairo's 1/256 of a unit of its centre.
        let nodes = [circle(0.0, 0.0, 2.5), circle(-20.0, 0.0, 20.003)];
        assert_eq!(find(&nodes, (0.003, 0.0), 1.0), Some(0));
        // A square, by its equal-area radius.
        let square = Placed {
            center: Point::new(0.0, 0.0),
            outline: Outline::Polygon(std::sync::Arc::new(crate::geom::Polygon {
                points: vec![
                    Vec2::new(-10.0, -10.0),
                    Vec2::new(10.0, -10.0),
                    Vec2::new(10.0, 10.0),
                    Vec2::new(-10.0, 10.0),
                ],
                half: (10.0, 10.0),
                area: 400.0,
            })),
        };
        let nodes = [square, circle(-20.0, 0.0, 20.008)];
        assert_eq!(find(&nodes, (0.008, 0.0), 1.0), Some(0));
    }

    #[test]
    fn an_end_between_two_nodes_is_the_one_it_aims_at() {
        // Graphviz twopi: two overlapping circles; the head's tip stops
        // 1.6 short of the one it points at, 0.14 inside the other.
        let nodes = [circle(158.43, -144.34, 9.0), circle(157.92, -137.74, 9.0)];
        let index = NodeIndex::new(&nodes, 4.0, 0.0);
        let tip = Point::new(166.78, -137.74);
        let found = |arriving: Vec2| {
            let mut out = [None];
            index.find_each_arriving(&nodes, &[tip], |_| arriving, &mut out);
            out[0]
        };
        assert_eq!(found(Vec2::ZERO), Some(1), "by the touch alone");
        assert_eq!(found(Vec2::new(-3.92, -3.09)), Some(0), "aimed at its centre");
        // Aimed past both: the touch decides.
        assert_eq!(found(Vec2::new(0.0, 1.0)), Some(1));
        // On the other's rim to a rounding error, that one keeps it.
        let rim = Point::new(157.92 + 9.0, -137.74);
        let mut out = [None];
        index.find_each_arriving(&nodes, &[rim], |_| Vec2::new(-3.92, -3.09), &mut out);
        assert_eq!(out[0], Some(1));
    }

    #[test]
    fn the_aim_weighs_the_best_touches_and_spares_a_squarely_aimed_winner() {
        // Four decoys aimed into aslant, touching the end less well, come
        // first in document order; then the best touch, aimed into aslant
        // too; then the node aimed at: it is among the best four touches,
        // and wins.
        let mut nodes: Vec<Placed> =
            (0..4).map(|k| circle(6.3, 9.5 + 0.3 * f64::from(k), 9.0)).collect();
        nodes.push(circle(7.2, 8.0, 9.0));
        nodes.push(circle(0.9, 11.0, 9.0));
        let index = NodeIndex::new(&nodes, 4.0, 0.0);
        let mut out = [None];
        index.find_each_arriving(&nodes, &[Point::ZERO], |_| Vec2::new(0.0, 1.0), &mut out);
        assert_eq!(out[0], Some(5));
        // An end on the best node's rim, short of a rounding error, aimed
        // into it squarely enough, stays its, whatever lies ahead more
        // squarely.
        let nodes = [circle(0.0, 0.0, 10.0), circle(8.0, 0.6, 2.0)];
        let index = NodeIndex::new(&nodes, 4.0, 0.0);
        let end = Point::new(10.01, 0.0);
        index.find_each_arriving(&nodes, &[end], |_| Vec2::new(-1.0, 0.3), &mut out);
        assert_eq!(out[0], Some(0));
        // Aimed past its centre by more than half its size, the other wins.
        index.find_each_arriving(&nodes, &[end], |_| Vec2::new(-1.0, 0.6), &mut out);
        assert_eq!(out[0], Some(1));
    }

    #[test]
    fn overlapping_circles_resolve_to_the_right_centre() {
        // centres 8 apart, radius 10: each centre lies inside the other circle
        let nodes = [circle(0.0, 0.0, 10.0), circle(8.0, 0.0, 10.0)];
        assert_eq!(find(&nodes, (0.0, 0.0), 1.0), Some(0));
        assert_eq!(find(&nodes, (8.0, 0.0), 1.0), Some(1));
    }

    #[test]
    fn rim_points_prefer_the_circle_they_lie_on() {
        // (10, 0) is on the rim of node 0 and inside node 1 (2 from its centre)
        let nodes = [circle(0.0, 0.0, 10.0), circle(12.0, 0.0, 5.0)];
        assert_eq!(find(&nodes, (10.0, 0.0), 0.5), Some(0));
    }

    #[test]
    fn far_points_touch_nothing() {
        let nodes = [circle(0.0, 0.0, 1.0)];
        assert_eq!(find(&nodes, (1.4, 0.0), 0.3), None);
        assert_eq!(find(&nodes, (1.2, 0.0), 0.3), Some(0));
        assert_eq!(find(&nodes, (-1e300, 5.0), 0.3), None);
        assert_eq!(find(&nodes, (f64::NAN, 5.0), 0.3), None);
    }

    #[test]
    fn ties_go_to_document_order() {
        let nodes = [circle(0.0, 0.0, 1.0), circle(0.0, 0.0, 1.0)];
        assert_eq!(find(&nodes, (0.0, 0.0), 0.1), Some(0));
    }

    #[test]
    fn tiny_and_huge_radii() {
        let nodes = [circle(0.0, 0.0, 1e-6), circle(1e6, 0.0, 5e5)];
        assert_eq!(find(&nodes, (1e-6, 0.0), 1e-9), Some(0));
        assert_eq!(find(&nodes, (5e5, 0.0), 1e-9), Some(1));
        assert_eq!(find(&nodes, (3e-6, 0.0), 1e-9), None);
    }

    #[test]
    fn grid_and_brute_force_agree() {
        // Many small circles and a few huge ones (which go to the R-tree),
        // queried at centres, rims, and random points.
        let mut rng = fastrand::Rng::with_seed(7);
        let mut nodes: Vec<Placed> = (0..400)
            .map(|_| circle(rng.f64() * 1000.0, rng.f64() * 1000.0, 1.0 + rng.f64() * 6.0))
            .collect();
        for _ in 0..3 {
            nodes.push(circle(rng.f64() * 1000.0, rng.f64() * 1000.0, 200.0));
        }
        // Two nodes on one centre: the first wins it.
        nodes.push(nodes[5].clone());
        let tol = 0.75;
        let idx = NodeIndex::new(&nodes, tol, 0.0);
        assert_eq!(idx.find(&nodes, nodes[5].center), Some(5));
        let brute = |p: Point| {
            let mut best: Option<(Touch, u32)> = None;
            for (i, n) in nodes.iter().enumerate() {
                if let Some(t) = touch(n.center, &n.outline, p, tol) {
                    let i = i as u32;
                    if best.is_none_or(|(b, bi)| (t.score, t.centre, i) < (b.score, b.centre, bi)) {
                        best = Some((t, i));
                    }
                }
            }
            best.map(|(_, i)| i)
        };
        let points: Vec<Point> = (0..6000)
            .map(|k| {
                if k % 3 == 2 {
                    // A centre exactly, as strokes drawn to centres end.
                    nodes[rng.usize(..nodes.len())].center
                } else if k % 2 == 0 {
                    let n = &nodes[rng.usize(..nodes.len())];
                    let a = rng.f64() * std::f64::consts::TAU;
                    let Outline::Circle { r } = n.outline else { unreachable!() };
                    n.center + kurbo::Vec2::new(a.cos(), a.sin()) * (r + (rng.f64() - 0.5))
                } else {
                    Point::new(rng.f64() * 1100.0 - 50.0, rng.f64() * 1100.0 - 50.0)
                }
            })
            .collect();
        let mut each = vec![Some(u32::MAX); points.len()];
        idx.find_each(&nodes, &points, &mut each);
        for (p, found) in points.iter().zip(each) {
            assert_eq!(found, brute(*p), "at {p:?}");
            assert_eq!(idx.find(&nodes, *p), found, "at {p:?}");
        }
    }
}
