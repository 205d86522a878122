// Drawings made with JGraphX (Debian libjgraphx-java), the Java ancestor of
// mxGraph / draw.io. Each drawing: build an mxGraph from the data below, run
// one of JGraphX's layouts, export with mxCellRenderer.createSvgDocument and
// write it with mxUtils.writeFile(mxXmlUtils.getXml(...)). One drawing
// (jgx-batik-component-14) instead paints an mxGraphComponent's graph control
// into Apache Batik's SVGGraphics2D.
//
// Truth: node positions come from JGraphX's own cell states. For the
// createSvgDocument drawings, mxCellRenderer.drawCells is run a second time,
// with the same scale, into a recording canvas that receives exactly the
// mxCellStates and canvas translation the SVG canvas receives; the recorded
// box is the one mxSvgCanvas.drawCell hands to drawShape (int-truncated
// x/y/width/height plus the translation). Edges come from the graph model.
//
// Usage: java --add-opens java.base/java.lang=ALL-UNNAMED JGraphXDrawings OUTDIR [NAME-SUBSTRING]

import com.mxgraph.canvas.mxBasicCanvas;
import com.mxgraph.canvas.mxGraphics2DCanvas;
import com.mxgraph.canvas.mxICanvas;
import com.mxgraph.layout.*;
import com.mxgraph.layout.hierarchical.mxHierarchicalLayout;
import com.mxgraph.model.mxGeometry;
import com.mxgraph.model.mxGraphModel;
import com.mxgraph.model.mxIGraphModel;
import com.mxgraph.swing.mxGraphComponent;
import com.mxgraph.util.*;
import com.mxgraph.view.*;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGraphics2D;

import javax.swing.SwingConstants;
import java.awt.Dimension;
import java.io.*;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class JGraphXDrawings {

    static String outDir;

    // ---------------------------------------------------------------- helpers

    /** Math.random() is used by mxFastOrganicLayout; make it repeatable. */
    static void seedMathRandom(long seed) throws Exception {
        Class<?> h = Class.forName("java.lang.Math$RandomNumberGeneratorHolder");
        Field f = h.getDeclaredField("randomNumberGenerator");
        f.setAccessible(true);
        ((Random) f.get(null)).setSeed(seed);
    }

    static String js(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c == '\n') b.append("\\n");
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v) + ".0";
        return String.valueOf(v);
    }

    /** A node of the truth: drawn box of one vertex. */
    static class TNode {
        String id, label, shape;
        double x, y;
    }

    /** Records what mxSvgCanvas.drawCell would get for each vertex. */
    static class RecordingCanvas extends mxBasicCanvas {
        final mxGraph graph;
        final Map<String, int[]> boxes = new LinkedHashMap<>();
        final Map<String, String> shapes = new LinkedHashMap<>();
        RecordingCanvas(mxGraph g) { graph = g; }
        public Object drawCell(mxCellState state) {
            Object cell = state.getCell();
            if (graph.getModel().isVertex(cell)) {
                int x = (int) state.getX() + translate.x;
                int y = (int) state.getY() + translate.y;
                int w = (int) state.getWidth();
                int h = (int) state.getHeight();
                String id = ((com.mxgraph.model.mxICell) cell).getId();
                boxes.put(id, new int[]{x, y, w, h});
                shapes.put(id, mxUtils.getString(state.getStyle(), mxConstants.STYLE_SHAPE, ""));
            }
            return null;
        }
        public Object drawLabel(String text, mxCellState state, boolean html) { return null; }
    }

    /** Centre of the shape mxSvgCanvas.drawShape draws into box (x, y, w, h). */
    static double[] svgShapeCentre(int[] b, String shape) {
        if (shape.equals(mxConstants.SHAPE_ELLIPSE) || shape.equals(mxConstants.SHAPE_DOUBLE_ELLIPSE)) {
            // <ellipse cx="x + w/2" ...> with Java int division
            return new double[]{b[0] + b[2] / 2, b[1] + b[3] / 2};
        }
        return new double[]{b[0] + b[2] / 2.0, b[1] + b[3] / 2.0};
    }

    static class Drawing {
        String name, generator, notes;
        boolean directed;
        mxGraph graph;
        Set<Object> containers = new HashSet<>();
        List<TNode> nodes = new ArrayList<>();
        List<String[]> edges = new ArrayList<>();
    }

    static String label(mxGraph g, Object cell) {
        Object v = g.getModel().getValue(cell);
        return v == null ? "" : v.toString();
    }

    static String styleOf(mxGraph g, Object cell, String key) {
        return mxUtils.getString(g.getCellStyle(cell), key, null);
    }

    /** Edges from the model: [source, target]; an edge whose only head is its startArrow is listed reversed. */
    static void collectEdges(Drawing d) {
        mxGraph g = d.graph;
        mxIGraphModel m = g.getModel();
        for (Object c : mxGraphModel.getDescendants(m, m.getRoot())) {
            if (!m.isEdge(c)) continue;
            String s = ((com.mxgraph.model.mxICell) m.getTerminal(c, true)).getId();
            String t = ((com.mxgraph.model.mxICell) m.getTerminal(c, false)).getId();
            String end = styleOf(g, c, mxConstants.STYLE_ENDARROW);
            String start = styleOf(g, c, mxConstants.STYLE_STARTARROW);
            boolean endHead = end != null && !end.equals(mxConstants.NONE);
            boolean startHead = start != null && !start.equals(mxConstants.NONE);
            if (d.directed && !endHead && startHead) d.edges.add(new String[]{t, s});
            else d.edges.add(new String[]{s, t});
        }
    }

    static void writeTruth(Drawing d) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("{\n \"generator\": ").append(js(d.generator)).append(",\n");
        b.append(" \"directed\": ").append(d.directed).append(",\n");
        b.append(" \"nodes\": [\n");
        for (int i = 0; i < d.nodes.size(); i++) {
            TNode n = d.nodes.get(i);
            b.append("  {\"id\": ").append(js(n.id)).append(", \"x\": ").append(num(n.x))
             .append(", \"y\": ").append(num(n.y)).append(", \"label\": ").append(js(n.label)).append("}");
            b.append(i + 1 < d.nodes.size() ? ",\n" : "\n");
        }
        b.append(" ],\n \"edges\": [\n");
        for (int i = 0; i < d.edges.size(); i++) {
            String[] e = d.edges.get(i);
            b.append("  [").append(js(e[0])).append(", ").append(js(e[1])).append("]");
            b.append(i + 1 < d.edges.size() ? ",\n" : "\n");
        }
        b.append(" ],\n \"notes\": ").append(js(d.notes)).append("\n}\n");
        try (Writer w = new OutputStreamWriter(new FileOutputStream(new File(outDir, d.name + ".truth.json")), StandardCharsets.UTF_8)) {
            w.write(b.toString());
        }
    }

    /** The ordinary export: mxCellRenderer.createSvgDocument + mxXmlUtils.getXml + mxUtils.writeFile. */
    static void exportSvg(Drawing d, double scale) throws Exception {
        mxGraph g = d.graph;
        org.w3c.dom.Document doc = mxCellRenderer.createSvgDocument(g, null, scale, null, null);
        mxUtils.writeFile(mxXmlUtils.getXml(doc.getDocumentElement()), new File(outDir, d.name + ".svg").getPath());

        // Same drawCells run into a recording canvas for the truth.
        final RecordingCanvas rec = new RecordingCanvas(g);
        mxCellRenderer.drawCells(g, null, scale, null, new mxCellRenderer.CanvasFactory() {
            public mxICanvas createCanvas(int width, int height) { return rec; }
        });
        for (Map.Entry<String, int[]> e : rec.boxes.entrySet()) {
            Object cell = ((mxGraphModel) g.getModel()).getCell(e.getKey());
            if (d.containers.contains(cell)) continue;
            TNode n = new TNode();
            n.id = e.getKey();
            n.label = label(g, cell);
            n.shape = rec.shapes.get(e.getKey());
            double[] c = svgShapeCentre(e.getValue(), n.shape);
            n.x = c[0];
            n.y = c[1];
            d.nodes.add(n);
        }
        collectEdges(d);
        writeTruth(d);
        System.out.println(d.name + ": " + d.nodes.size() + " nodes, " + d.edges.size() + " edges");
    }

    static mxGraph newGraph() {
        mxGraph g = new mxGraph();
        g.setHtmlLabels(false);
        return g;
    }

    // --------------------------------------------------------------- drawings

    /** Top-down flowchart, mxHierarchicalLayout, default classic arrows, edge labels. */
    static Drawing hierFlowchart() {
        Drawing d = new Drawing();
        d.name = "jgx-hier-flowchart-12";
        d.directed = true;
        d.notes = "mxHierarchicalLayout (north). Start/end are ellipses (end: doubleEllipse), steps rounded rectangles, "
                + "decisions rhombi; default classic arrowheads; 'yes'/'no' edge labels; two back edges (retry loops) routed "
                + "by the layout with bends. Vertex labels are <text><tspan>.";
        mxGraph g = d.graph = newGraph();
        Object p = g.getDefaultParent();
        String[][] vs = {
            {"start", "Start", "shape=ellipse;fillColor=#D5E8D4;strokeColor=#82B366", "80", "40"},
            {"read", "Read order", "rounded=1", "110", "40"},
            {"valid", "Valid?", "shape=rhombus;fillColor=#FFF2CC;strokeColor=#D6B656", "90", "60"},
            {"fix", "Ask customer", "rounded=1", "110", "40"},
            {"stock", "In stock?", "shape=rhombus;fillColor=#FFF2CC;strokeColor=#D6B656", "90", "60"},
            {"reserve", "Reserve items", "rounded=1", "110", "40"},
            {"backorder", "Back-order", "rounded=1", "110", "40"},
            {"pay", "Take payment", "rounded=1", "110", "40"},
            {"paid", "Paid?", "shape=rhombus;fillColor=#FFF2CC;strokeColor=#D6B656", "90", "60"},
            {"ship", "Ship", "rounded=1", "110", "40"},
            {"cancel", "Cancel", "rounded=1;fillColor=#F8CECC;strokeColor=#B85450", "110", "40"},
            {"end", "End", "shape=doubleEllipse;fillColor=#D5E8D4;strokeColor=#82B366", "80", "40"},
        };
        String[][] es = {
            {"start", "read", null}, {"read", "valid", null}, {"valid", "fix", "no"}, {"fix", "read", null},
            {"valid", "stock", "yes"}, {"stock", "reserve", "yes"}, {"stock", "backorder", "no"},
            {"backorder", "reserve", null}, {"reserve", "pay", null}, {"pay", "paid", null},
            {"paid", "ship", "yes"}, {"paid", "cancel", "no"}, {"ship", "end", null}, {"cancel", "end", null},
            {"paid", "pay", "retry"},
        };
        build(g, p, vs, es, "");
        mxHierarchicalLayout l = new mxHierarchicalLayout(g, SwingConstants.NORTH);
        l.setInterRankCellSpacing(50);
        l.execute(p);
        return d;
    }

    /** Left-to-right hierarchical layout, orthogonal edge style, block heads, diamond/oval tails. */
    static Drawing hierWestOrthogonal() {
        Drawing d = new Drawing();
        d.name = "jgx-hier-west-orthogonal-16";
        d.directed = true;
        d.notes = "mxHierarchicalLayout (west, left to right), every edge edgeStyle=orthogonalEdgeStyle so edges are "
                + "axis-parallel polylines. Heads: endArrow=block (filled triangles); some edges also carry a "
                + "startArrow=diamond or startArrow=oval decoration at the SOURCE end (a UML-like tail, listed "
                + "[source,target] all the same). Edge 'cfg->db' has endArrow=none;startArrow=block: its only head is "
                + "at cfg, so it is listed [db, cfg]. One pair of parallel edges api->auth (listed twice). Plain rectangles.";
        mxGraph g = d.graph = newGraph();
        Object p = g.getDefaultParent();
        String[][] vs = new String[16][];
        String[] names = {"web", "mobile", "cli", "gateway", "auth", "api", "cfg", "users", "orders",
                "catalog", "search", "queue", "worker", "mail", "db", "cache"};
        for (int i = 0; i < names.length; i++) vs[i] = new String[]{names[i], names[i], "", "80", "30"};
        String[][] es = {
            {"web", "gateway", null}, {"mobile", "gateway", null}, {"cli", "api", null},
            {"gateway", "auth", null}, {"gateway", "api", null}, {"api", "auth", null}, {"api", "auth", null},
            {"api", "users", null}, {"api", "orders", null}, {"api", "catalog", null}, {"catalog", "search", null},
            {"orders", "queue", null}, {"queue", "worker", null}, {"worker", "mail", null},
            {"users", "db", null}, {"orders", "db", null}, {"catalog", "cache", null}, {"search", "cache", null},
            {"cfg", "db", null},
        };
        String base = "edgeStyle=orthogonalEdgeStyle;endArrow=block;";
        Map<String, Object> cells = build(g, p, vs, es, base);
        // decorations at the source end
        String[] diamondTail = {"e7", "e8", "e9"};      // api->users, api->orders, api->catalog
        for (String id : diamondTail) g.setCellStyle(base + "startArrow=diamond;startSize=8", new Object[]{cells.get(id)});
        g.setCellStyle(base + "startArrow=oval", new Object[]{cells.get("e12")}); // queue->worker
        g.setCellStyle("edgeStyle=orthogonalEdgeStyle;endArrow=none;startArrow=block", new Object[]{cells.get("e18")}); // cfg->db
        mxHierarchicalLayout l = new mxHierarchicalLayout(g, SwingConstants.WEST);
        l.setInterRankCellSpacing(60);
        l.setIntraCellSpacing(25);
        l.setDisableEdgeStyle(false); // keep orthogonalEdgeStyle (the default would set noEdgeStyle=1)
        l.execute(p);
        return d;
    }

    /** Undirected multigraph, mxOrganicLayout, parallel edges spread by mxParallelEdgeLayout. */
    static Drawing organicUndirected() {
        Drawing d = new Drawing();
        d.name = "jgx-organic-undirected-18";
        d.directed = false;
        d.notes = "mxOrganicLayout (simulated annealing; JGraphX's implementation uses no randomness), then "
                + "mxParallelEdgeLayout, which gives each parallel edge a control point so the copies bow apart. "
                + "Every edge endArrow=none: undirected, no arrowheads. Multigraph: n0-n1 three times, n5-n6 and "
                + "n11-n12 twice. Nodes are 30x30 ellipses labelled with numbers.";
        mxGraph g = d.graph = newGraph();
        Object p = g.getDefaultParent();
        int n = 18;
        String[][] vs = new String[n][];
        for (int i = 0; i < n; i++) vs[i] = new String[]{"n" + i, String.valueOf(i), "shape=ellipse;perimeter=ellipsePerimeter;fillColor=#DAE8FC", "30", "30"};
        int[][] pairs = {{0,1},{0,1},{0,1},{1,2},{2,3},{3,0},{3,4},{4,5},{5,6},{5,6},{6,7},{7,4},{7,8},{8,9},{9,10},
                {10,11},{11,12},{11,12},{12,13},{13,9},{13,14},{14,15},{15,16},{16,17},{17,14},{2,8},{6,10},{1,16}};
        String[][] es = new String[pairs.length][];
        for (int i = 0; i < pairs.length; i++) es[i] = new String[]{"n" + pairs[i][0], "n" + pairs[i][1], null};
        build(g, p, vs, es, "endArrow=none;");
        // deterministic start: a grid, then the organic layout
        mxIGraphModel m = g.getModel();
        m.beginUpdate();
        for (int i = 0; i < n; i++) {
            Object c = ((mxGraphModel) m).getCell("n" + i);
            mxGeometry geo = (mxGeometry) m.getGeometry(c).clone();
            geo.setX(40 + (i % 6) * 90);
            geo.setY(40 + (i / 6) * 90);
            m.setGeometry(c, geo);
        }
        m.endUpdate();
        mxOrganicLayout l = new mxOrganicLayout(g);
                l.execute(p);
        new mxParallelEdgeLayout(g, 25).execute(p);
        return d;
    }

    /** Mixed shapes, mxFastOrganicLayout, exported at scale 1.5. */
    static Drawing fastOrganicScaled() throws Exception {
        Drawing d = new Drawing();
        d.name = "jgx-fastorganic-scaled-30";
        d.directed = true;
        d.notes = "mxFastOrganicLayout from seeded random start positions (java.util.Random(11); Math.random seeded "
                + "too), exported with createSvgDocument(graph, null, 1.5, ...): scale 1.5 is applied to the geometry "
                + "before mxSvgCanvas truncates it to integers, so 40x40 boxes become 60x60 and 45x30 become 67x45; an "
                + "ellipse of odd width gets cx = x + w/2 in integer arithmetic (the truth is the drawn centre). Shapes: "
                + "rectangle, rounded, ellipse, rhombus, hexagon, triangle, cylinder, doubleEllipse (two concentric <ellipse>s), actor (one closed <path> with head and body spanning the box), cylinder (one <path>). "
                + "Classic arrowheads. Random graph: a spanning tree plus extra edges, seeded.";
        mxGraph g = d.graph = newGraph();
        Object p = g.getDefaultParent();
        Random r = new Random(11);
        String[] styles = {"", "rounded=1", "shape=ellipse;perimeter=ellipsePerimeter", "shape=rhombus;perimeter=rhombusPerimeter",
                "shape=hexagon", "shape=triangle;perimeter=trianglePerimeter", "shape=cylinder", "shape=doubleEllipse;perimeter=ellipsePerimeter", "shape=actor"};
        int n = 30;
        String[][] vs = new String[n][];
        for (int i = 0; i < n; i++) {
            String st = styles[i % styles.length];
            boolean square = st.contains("llipse") || st.contains("rhombus") || st.contains("actor");
            vs[i] = new String[]{"v" + i, "v" + i, st, square ? "40" : "45", square ? "40" : "30"};
        }
        List<String[]> el = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < n; i++) {
            int j = r.nextInt(i);
            el.add(new String[]{"v" + j, "v" + i, null});
            seen.add(j + "-" + i);
        }
        while (el.size() < 38) {
            int a = r.nextInt(n), b = r.nextInt(n);
            if (a == b || seen.contains(a + "-" + b) || seen.contains(b + "-" + a)) continue;
            seen.add(a + "-" + b);
            el.add(new String[]{"v" + a, "v" + b, null});
        }
        build(g, p, vs, el.toArray(new String[0][]), "");
        mxIGraphModel m = g.getModel();
        m.beginUpdate();
        for (int i = 0; i < n; i++) {
            Object c = ((mxGraphModel) m).getCell("v" + i);
            mxGeometry geo = (mxGeometry) m.getGeometry(c).clone();
            geo.setX(r.nextInt(600));
            geo.setY(r.nextInt(450));
            m.setGeometry(c, geo);
        }
        m.endUpdate();
        seedMathRandom(11);
        mxFastOrganicLayout l = new mxFastOrganicLayout(g);
        l.setForceConstant(70);
        l.execute(p);
        return d;
    }

    /** Circle layout, one arrow kind per edge, self-loops, reciprocal pair. */
    static Drawing circleArrows() {
        Drawing d = new Drawing();
        d.name = "jgx-circle-arrows-14";
        d.directed = true;
        d.notes = "mxCircleLayout, 40x40 ellipses. endArrow cycles through classic, block, open (two unfilled strokes), "
                + "oval (a small filled circle drawn as an arc path at the target) and diamond; two edges add a "
                + "startArrow=oval dot at the source as well (these look like tiny nodes). Two self-loops (c3, c9), "
                + "drawn by JGraphX's loop style as a three-point polyline beside the node, and one reciprocal pair "
                + "c0->c7 / c7->c0 on one vertical line. JGraphX 2.1's ellipse perimeter gets the vertical c7->c0 "
                + "wrong: that path runs from C7's bottom straight through C0 and ends 42 units BELOW C0 (y=482), "
                + "where its classic head sits in empty space; the truth still lists [c7, c0], as the graph says.";
        mxGraph g = d.graph = newGraph();
        Object p = g.getDefaultParent();
        int n = 14;
        String[][] vs = new String[n][];
        for (int i = 0; i < n; i++) vs[i] = new String[]{"c" + i, "C" + i, "shape=ellipse;perimeter=ellipsePerimeter;fillColor=#E1D5E7;strokeColor=#9673A6", "40", "40"};
        int[][] pairs = {{0,1},{1,2},{2,3},{3,4},{4,5},{5,6},{6,7},{7,8},{8,9},{9,10},{10,11},{11,12},{12,13},{13,0},
                {0,7},{7,0},{2,9},{4,11},{3,3},{9,9},{5,12},{1,10}};
        String[] arrows = {"classic", "block", "open", "oval", "diamond"};
        String[][] es = new String[pairs.length][];
        for (int i = 0; i < pairs.length; i++) es[i] = new String[]{"c" + pairs[i][0], "c" + pairs[i][1], null};
        Map<String, Object> cells = build(g, p, vs, es, "");
        for (int i = 0; i < pairs.length; i++) {
            String st = "endArrow=" + arrows[i % arrows.length] + ";strokeColor=#333333";
            if (i == 5 || i == 16) st += ";startArrow=oval";
            g.setCellStyle(st, new Object[]{cells.get("e" + i)});
        }
        mxCircleLayout l = new mxCircleLayout(g, 200);
        l.setX0(30);
        l.setY0(30);
        l.execute(p);
        return d;
    }

    /** Compact tree, top-down, exported at scale 0.75, undirected. */
    static Drawing compactTree() {
        Drawing d = new Drawing();
        d.name = "jgx-compact-tree-25";
        d.directed = false;
        d.notes = "mxCompactTreeLayout (vertical, top-down, edge routing on: each edge is a polyline that leaves the parent's bottom with a sub-unit jog, runs down, across and down to the child), "
                + "endArrow=none so undirected; exported at scale 0.75 (60x26 boxes become 45x19 after int truncation). "
                + "A tree of 25 rectangles, labels are department names.";
        mxGraph g = d.graph = newGraph();
        Object p = g.getDefaultParent();
        String[] parent = {null, "t0", "t0", "t0", "t1", "t1", "t1", "t2", "t2", "t3", "t3", "t3", "t3",
                "t4", "t4", "t5", "t7", "t7", "t8", "t9", "t9", "t10", "t12", "t12", "t12"};
        String[] names = {"Board", "Tech", "Sales", "Ops", "Web", "Data", "QA", "EMEA", "APAC", "HR", "Legal", "IT",
                "Facil.", "Front", "Back", "ML", "UK", "DE", "JP", "Hiring", "Payroll", "Contracts", "Office", "Travel", "Security"};
        String[][] vs = new String[names.length][];
        for (int i = 0; i < names.length; i++) vs[i] = new String[]{"t" + i, names[i], "fillColor=#FFE6CC;strokeColor=#D79B00", "60", "26"};
        List<String[]> es = new ArrayList<>();
        for (int i = 1; i < parent.length; i++) es.add(new String[]{parent[i], "t" + i, null});
        build(g, p, vs, es.toArray(new String[0][]), "endArrow=none;");
        mxCompactTreeLayout l = new mxCompactTreeLayout(g, false);
        l.setLevelDistance(30);
        l.setNodeDistance(12);
        l.setEdgeRouting(true);
        l.execute(p, ((mxGraphModel) g.getModel()).getCell("t0"));
        return d;
    }

    /** Swimlane containers with children; edges between lanes. */
    static Drawing swimlanes() {
        Drawing d = new Drawing();
        d.name = "jgx-swimlanes-13";
        d.directed = true;
        d.notes = "Three swimlane containers (style=swimlane) stacked by mxStackLayout; each lane's children laid out "
                + "left to right by mxHierarchicalLayout (west) run on that lane. mxSvgCanvas has no swimlane "
                + "painter: each lane is written as one plain filled <rect> with its title centred in it, drawn "
                + "UNDER its children. The lanes are containers, not nodes. Child geometry is relative to the lane; "
                + "the truth uses the absolute cell states. Edges cross lane borders; classic arrowheads.";
        mxGraph g = d.graph = newGraph();
        Object p = g.getDefaultParent();
        mxIGraphModel m = g.getModel();
        Map<String, Object> cells = new HashMap<>();
        String[] lanes = {"Customer", "Shop", "Warehouse"};
        String[][][] members = {
            {{"browse", "Browse", "rounded=1"}, {"order", "Place order", "rounded=1"}, {"receive", "Receive", "rounded=1"},
             {"review", "Review", "shape=ellipse;perimeter=ellipsePerimeter"}},
            {{"check", "Check stock", "rounded=1"}, {"ok", "OK?", "shape=rhombus;perimeter=rhombusPerimeter"},
             {"invoice", "Invoice", ""}, {"refund", "Refund", ""}, {"notify", "Notify", "rounded=1"}},
            {{"pick", "Pick", ""}, {"pack", "Pack", ""}, {"label", "Label", ""}, {"dispatch", "Dispatch", "shape=hexagon"}},
        };
        m.beginUpdate();
        try {
            for (int li = 0; li < lanes.length; li++) {
                Object lane = g.insertVertex(p, "lane" + li, lanes[li], 0, 0, 600, 120, "swimlane;startSize=24;horizontal=1");
                d.containers.add(lane);
                cells.put("lane" + li, lane);
                for (String[] mm : members[li]) {
                    boolean sq = mm[2].contains("rhombus") || mm[2].contains("ellipse");
                    cells.put(mm[0], g.insertVertex(lane, mm[0], mm[1], 10, 30, sq ? 50 : 80, sq ? 50 : 30, mm[2]));
                }
            }
            String[][] es = {{"browse", "order"}, {"order", "check"}, {"check", "ok"}, {"ok", "invoice"}, {"ok", "refund"},
                    {"invoice", "pick"}, {"pick", "pack"}, {"pack", "label"}, {"label", "dispatch"}, {"dispatch", "notify"},
                    {"notify", "receive"}, {"receive", "review"}, {"refund", "receive"}};
            int k = 0;
            for (String[] e : es) g.insertEdge(p, "e" + (k++), null, cells.get(e[0]), cells.get(e[1]), "");
            for (int li = 0; li < lanes.length; li++) {
                mxHierarchicalLayout hl = new mxHierarchicalLayout(g, SwingConstants.WEST);
                hl.setIntraCellSpacing(20);
                hl.setInterRankCellSpacing(40);
                hl.setResizeParent(true);
                hl.setMoveParent(false);
                hl.setParentBorder(20);
                hl.execute(cells.get("lane" + li));
            }
            // make lanes equally wide, then stack them
            double wmax = 0;
            for (int li = 0; li < lanes.length; li++) wmax = Math.max(wmax, m.getGeometry(cells.get("lane" + li)).getWidth());
            for (int li = 0; li < lanes.length; li++) {
                Object lane = cells.get("lane" + li);
                mxGeometry geo = (mxGeometry) m.getGeometry(lane).clone();
                geo.setWidth(wmax + 40);
                geo.setHeight(geo.getHeight() + 24);
                m.setGeometry(lane, geo);
            }
            mxStackLayout sl = new mxStackLayout(g, false, 10);
            sl.execute(p);
        } finally {
            m.endUpdate();
        }
        return d;
    }

    /** mxGraphComponent painted into Batik's SVGGraphics2D. */
    static void batikComponent() throws Exception {
        Drawing d = new Drawing();
        d.name = "jgx-batik-component-14";
        d.generator = "JGraphX 2.1.0.7 (Debian libjgraphx-java 2.1.0.7-3) mxHierarchicalLayout, mxGraphComponent painted into Batik 1.16 SVGGraphics2D";
        d.directed = true;
        d.notes = "Painted by an mxGraphComponent's graph control (mxGraphControl.drawGraph, mxInteractiveCanvas = the "
                + "Swing mxGraphics2DCanvas) into Apache Batik 1.16's SVGGraphics2D, the way Swing apps export "
                + "JGraphX views. Batik writes every Java2D call, each fill and each outline separately: rectangles "
                + "as <rect> (rounded: <rect rx ry>), ellipses as <ellipse>, rhombus and hexagon and the 6x6 arrowheads "
                + "as integer <polygon>s, edges as <path>, the cylinder as a filled <path> plus an <ellipse>, two "
                + "<line>s and an open arc <path>; text as <text>; every group is a <g style=...> with no transform "
                + "(the view translation is already in the coordinates). Layout: "
                + "mxHierarchicalLayout (north), view translated by (20, 20). The truth is "
                + "the mxCellState bounds rounded by mxRectangle.getRectangle() (what the Java2D canvas paints).";
        mxGraph g = d.graph = newGraph();
        Object p = g.getDefaultParent();
        String[][] vs = {
            {"a", "Idea", "shape=ellipse;perimeter=ellipsePerimeter", "70", "40"},
            {"b", "Draft", "rounded=1", "80", "34"},
            {"c", "Review", "rounded=1", "80", "34"},
            {"d", "OK?", "shape=rhombus;perimeter=rhombusPerimeter", "60", "50"},
            {"e", "Edit", "", "80", "34"},
            {"f", "Typeset", "", "80", "34"},
            {"g", "Figures", "", "80", "34"},
            {"h", "Proof", "rounded=1", "80", "34"},
            {"i", "Print", "", "80", "34"},
            {"j", "Web", "", "80", "34"},
            {"k", "Ebook", "", "80", "34"},
            {"l", "Publish", "shape=ellipse;perimeter=ellipsePerimeter", "70", "40"},
            {"m", "Archive", "shape=cylinder", "60", "44"},
            {"n", "Promote", "shape=hexagon", "80", "34"},
        };
        String[][] es = {{"a", "b", null}, {"b", "c", null}, {"c", "d", null}, {"d", "e", "no"}, {"e", "c", null},
                {"d", "f", "yes"}, {"d", "g", "yes"}, {"f", "h", null}, {"g", "h", null}, {"h", "i", null}, {"h", "j", null},
                {"h", "k", null}, {"i", "l", null}, {"j", "l", null}, {"k", "l", null}, {"l", "m", null}, {"l", "n", null}};
        build(g, p, vs, es, "");
        mxHierarchicalLayout l = new mxHierarchicalLayout(g, SwingConstants.NORTH);
        l.execute(p);
        g.getView().setTranslate(new mxPoint(20, 20));

        mxGraphComponent comp = new mxGraphComponent(g);
        mxRectangle gb = g.getGraphBounds();
        int w = (int) Math.ceil(gb.getX() + gb.getWidth()) + 20;
        int h = (int) Math.ceil(gb.getY() + gb.getHeight()) + 20;

        org.w3c.dom.DOMImplementation impl = GenericDOMImplementation.getDOMImplementation();
        org.w3c.dom.Document doc = impl.createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGraphics2D svg = new SVGGraphics2D(doc);
        svg.setSVGCanvasSize(new Dimension(w, h));
        comp.getGraphControl().drawGraph(svg, true);
        try (Writer wr = new OutputStreamWriter(new FileOutputStream(new File(outDir, d.name + ".svg")), StandardCharsets.UTF_8)) {
            svg.stream(wr, true);
        }
        mxIGraphModel m = g.getModel();
        for (String[] v : vs) {
            Object c = ((mxGraphModel) m).getCell(v[0]);
            mxCellState st = g.getView().getState(c);
            java.awt.Rectangle r = st.getRectangle();
            TNode n = new TNode();
            n.id = v[0];
            n.label = v[1];
            n.shape = mxUtils.getString(st.getStyle(), mxConstants.STYLE_SHAPE, "");
            n.x = r.x + r.width / 2.0;
            n.y = r.y + r.height / 2.0;
            d.nodes.add(n);
        }
        collectEdges(d);
        writeTruth(d);
        System.out.println(d.name + ": " + d.nodes.size() + " nodes, " + d.edges.size() + " edges");
    }

    /** Insert vertices {id, label, style, w, h} and edges {src, tgt, label} (ids e0, e1, ...). */
    static Map<String, Object> build(mxGraph g, Object p, String[][] vs, String[][] es, String edgeStyle) {
        Map<String, Object> cells = new HashMap<>();
        g.getModel().beginUpdate();
        try {
            for (String[] v : vs)
                cells.put(v[0], g.insertVertex(p, v[0], v[1], 0, 0, Double.parseDouble(v[3]), Double.parseDouble(v[4]), v[2]));
            for (int i = 0; i < es.length; i++)
                cells.put("e" + i, g.insertEdge(p, "e" + i, es[i][2], cells.get(es[i][0]), cells.get(es[i][1]), edgeStyle));
        } finally {
            g.getModel().endUpdate();
        }
        return cells;
    }

    public static void main(String[] args) throws Exception {
        outDir = args[0];
        String only = args.length > 1 ? args[1] : "";
        Locale.setDefault(Locale.ROOT);
        String gen = "JGraphX 2.1.0.7 (Debian libjgraphx-java 2.1.0.7-3)";
        if ("jgx-hier-flowchart-12".contains(only)) { Drawing d = hierFlowchart(); d.generator = gen + " mxHierarchicalLayout, mxCellRenderer.createSvgDocument"; exportSvg(d, 1); }
        if ("jgx-hier-west-orthogonal-16".contains(only)) { Drawing d = hierWestOrthogonal(); d.generator = gen + " mxHierarchicalLayout, mxCellRenderer.createSvgDocument"; exportSvg(d, 1); }
        if ("jgx-organic-undirected-18".contains(only)) { Drawing d = organicUndirected(); d.generator = gen + " mxOrganicLayout, mxCellRenderer.createSvgDocument"; exportSvg(d, 1); }
        if ("jgx-fastorganic-scaled-30".contains(only)) { Drawing d = fastOrganicScaled(); d.generator = gen + " mxFastOrganicLayout, mxCellRenderer.createSvgDocument scale 1.5"; exportSvg(d, 1.5); }
        if ("jgx-circle-arrows-14".contains(only)) { Drawing d = circleArrows(); d.generator = gen + " mxCircleLayout, mxCellRenderer.createSvgDocument"; exportSvg(d, 1); }
        if ("jgx-compact-tree-25".contains(only)) { Drawing d = compactTree(); d.generator = gen + " mxCompactTreeLayout, mxCellRenderer.createSvgDocument scale 0.75"; exportSvg(d, 0.75); }
        if ("jgx-swimlanes-13".contains(only)) { Drawing d = swimlanes(); d.generator = gen + " mxHierarchicalLayout + mxStackLayout, mxCellRenderer.createSvgDocument"; exportSvg(d, 1); }
        if ("jgx-batik-component-14".contains(only)) batikComponent();
        System.exit(0);
    }
}
