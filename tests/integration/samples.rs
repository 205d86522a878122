//! The bundled samples extract exactly to their truth files.

use std::collections::HashMap;
use std::path::PathBuf;

fn check_sample(name: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples");
    let d = svg2graph::extract_path(
        dir.join(format!("{name}.svg")),
        &svg2graph::ExtractOptions::default(),
    )
    .unwrap();
    let truth: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join(format!("{name}.truth.json"))).unwrap(),
    )
    .unwrap();
    let nodes = truth["nodes"].as_array().unwrap();
    assert_eq!(d.graph().unwrap().node_count(), nodes.len());
    let by_id: HashMap<&str, (f64, f64)> = d.nodes().map(|n| (d.text(n.id), (n.x, n.y))).collect();
    for t in nodes {
        let id = t["id"].as_str().unwrap();
        let (x, y) = by_id[id];
        let (tx, ty) = (t["x"].as_f64().unwrap(), t["y"].as_f64().unwrap());
        assert!((x - tx).abs() < 1e-9 && (y - ty).abs() < 1e-9, "{id}: ({x}, {y}) vs ({tx}, {ty})");
    }
    let mut want: Vec<(String, String)> = truth["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let (a, b) = (e[0].as_str().unwrap().to_string(), e[1].as_str().unwrap().to_string());
            if a <= b { (a, b) } else { (b, a) }
        })
        .collect();
    want.sort();
    assert_eq!(crate::edge_pairs(&d), want);
    let r = d.report();
    assert_eq!((r.dangling, r.self_touching, r.warning_count), (0, 0, 0));
}

#[test]
fn social_network_sample_is_exact() {
    check_sample("social-network");
}

#[test]
fn five_friends_sample_is_exact() {
    check_sample("five-friends");
}
