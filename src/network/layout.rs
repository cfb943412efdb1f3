//! Where the network view puts each actor, in terminal cells: a pure function of the network,
//! the area and the labels' widths, so the view, mouse clicks and tests all ask it the same
//! question and get the same answer.
//!
//! Every node is its label (one row of cells); its edges meet at the label's middle cell. No
//! two labels overlap or touch (a free column beside each, a free row above and below), every label lies inside the area, and a node whose
//! label finds no free place is left out and counted in [`Drawing::hidden`] ("+12 more").
//!
//! - [`ego`]: one actor at the centre, its counterparts around it, the heaviest edges nearest.
//! - [`whole`]: the whole network, above a weight that keeps it legible, laid out by a
//!   force-directed simulation (the `fjadra` crate, a port of d3-force: deterministic, as its
//!   starting positions and its random jiggle are seeded).

use std::collections::HashMap;
use std::f64::consts::{FRAC_PI_2, PI};

use fjadra::{Link, ManyBody, Node, PositionX, PositionY, SimulationBuilder};
use ratatui::layout::Rect;

use super::Network;
use crate::data::Class;

/// The narrowest and lowest area (cells, inside the view's border) a drawing is legible in;
/// below it the view lists the counterparts instead.
pub const MIN_WIDTH: u16 = 40;
/// The fewest rows (cells, inside the border) the view draws a network in.
pub const MIN_HEIGHT: u16 = 12;
/// The widest a label gets (columns); longer names are cut with `…`.
pub const MAX_LABEL: u16 = 20;
/// The most counterparts [`ego`] tries to place.
const MAX_AROUND: usize = 120;

/// Whether a drawing is legible in `area`.
pub fn fits(area: Rect) -> bool {
    area.width >= MIN_WIDTH && area.height >= MIN_HEIGHT
}

/// An actor placed in the area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    /// Actor index.
    pub actor: usize,
    /// Its label's cells: one row, at most [`MAX_LABEL`] columns.
    pub label: Rect,
}

impl Placed {
    /// Where its edges meet: the middle cell of its label (column, row).
    pub fn at(&self) -> (u16, u16) {
        (self.label.x + self.label.width / 2, self.label.y)
    }
}

/// An edge between two placed actors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DrawnEdge {
    /// Actor indices, as in [`super::Edge`].
    pub a: usize,
    /// The other actor index.
    pub b: usize,
    /// Where it runs, from `a`'s label to `b`'s (column, row of their middle cells).
    pub from: (u16, u16),
    /// Where it ends: `b`'s label (column, row).
    pub to: (u16, u16),
    /// The edge's weight: interactions both took part in.
    pub count: usize,
    /// The CAMEO class most of them have, which tints the line.
    pub class: Option<Class>,
}

/// A network placed in an area.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drawing {
    /// The actor at the centre, in the [`ego`] view.
    pub centre: Option<Placed>,
    /// The actors placed around it, or all placed actors in the [`whole`] view, in the order
    /// the selection moves through them: the heaviest (or strongest) first.
    pub nodes: Vec<Placed>,
    /// The edges between placed actors, drawn under the labels.
    pub edges: Vec<DrawnEdge>,
    /// Actors of the network that are not placed: no room for their labels, or (in the
    /// [`whole`] view) below the weight shown.
    pub hidden: usize,
    /// In the [`whole`] view: the least weight of the edges drawn (shared interactions).
    pub min_weight: usize,
}

impl Drawing {
    /// The index in `nodes` of the actor whose label covers a cell.
    pub fn node_at(&self, x: u16, y: u16) -> Option<usize> {
        let at = ratatui::layout::Position::new(x, y);
        self.nodes.iter().position(|p| p.label.contains(at))
    }
}

/// The labels placed so far, to keep new ones clear of them.
struct Board {
    area: Rect,
    taken: Vec<Rect>,
}

impl Board {
    /// A label of `width` columns centred on (x, y), moved inside the area; `None` when it
    /// would touch a label already placed.
    fn try_place(&self, x: f64, y: f64, width: u16) -> Option<Rect> {
        let area = self.area;
        let width = width.min(area.width);
        if width == 0 || area.height == 0 {
            return None;
        }
        let left = (x - f64::from(width) / 2.0).round();
        let max_x = f64::from(area.right() - width);
        let col = left.clamp(f64::from(area.x), max_x) as u16;
        let row = y
            .round()
            .clamp(f64::from(area.y), f64::from(area.bottom() - 1)) as u16;
        let rect = Rect::new(col, row, width, 1);
        // Clear of other labels by a column on either side and a row above and below, so each
        // stands apart and its edges show.
        let padded = Rect::new(
            rect.x.saturating_sub(1),
            rect.y.saturating_sub(1),
            rect.width + 2,
            3,
        );
        (!self.taken.iter().any(|t| t.intersects(padded))).then_some(rect)
    }
}

/// The offsets tried around a node's ideal place, nearest first: (radius fraction, angle in
/// radians) for [`ego`].
fn ego_offsets() -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    for dr in [0.0, 0.08, -0.08, 0.16, -0.16, 0.24, -0.24, 0.32, -0.32] {
        for k in 0..=8 {
            let da = f64::from(k) * 0.07;
            out.push((dr, da));
            if k > 0 {
                out.push((dr, -da));
            }
        }
    }
    out.sort_by(|a, b| {
        let d = |(r, t): &(f64, f64)| r.abs() * 2.0 + t.abs();
        d(a).total_cmp(&d(b))
    });
    out
}

/// `centre` in the middle of `area`, each counterpart around it on an ellipse that fills the
/// area: the more interactions they share, the nearer the centre (from 45% of the way to the
/// edge for the heaviest, to the edge for the lightest). Counterparts take turns around the
/// circle by the golden angle, heaviest first, so neighbours on the circle differ in weight and
/// the heaviest are spread out. `width_of` gives an actor's label width in columns (cut to
/// [`MAX_LABEL`]).
///
/// An empty drawing when `centre` has no edges or the area is empty.
pub fn ego(net: &Network, centre: usize, area: Rect, width_of: impl Fn(usize) -> u16) -> Drawing {
    let total = net.edges_of(centre).count();
    if area.is_empty() {
        return Drawing {
            hidden: total,
            ..Drawing::default()
        };
    }
    let (cx, cy) = (
        f64::from(area.x) + f64::from(area.width) / 2.0,
        f64::from(area.y) + f64::from(area.height / 2),
    );
    let mut board = Board {
        area,
        taken: Vec::new(),
    };
    let centre_label = board.try_place(cx, cy, width_of(centre).clamp(1, MAX_LABEL));
    let Some(centre_label) = centre_label else {
        return Drawing {
            hidden: total,
            ..Drawing::default()
        };
    };
    board.taken.push(centre_label);
    let centre_placed = Placed {
        actor: centre,
        label: centre_label,
    };
    let edges: Vec<_> = net.edges_of(centre).take(MAX_AROUND).collect();
    let (heaviest, lightest) = (
        edges.first().map_or(1, |e| e.count),
        edges.last().map_or(1, |e| e.count),
    );
    let rx = (f64::from(area.width) - 2.0) / 2.0;
    let ry = (f64::from(area.height) - 1.0) / 2.0;
    let golden = PI * (3.0 - 5f64.sqrt());
    let offsets = ego_offsets();
    let mut drawing = Drawing {
        centre: Some(centre_placed),
        ..Drawing::default()
    };
    for (i, e) in edges.iter().enumerate() {
        let other = e.other(centre);
        let light = if heaviest == lightest {
            1.0
        } else {
            (heaviest - e.count) as f64 / (heaviest - lightest) as f64
        };
        let r = 0.45 + 0.55 * light;
        let angle = -FRAC_PI_2 + i as f64 * golden;
        let width = width_of(other).clamp(1, MAX_LABEL);
        let spot = offsets.iter().find_map(|&(dr, da)| {
            let r = (r + dr).clamp(0.3, 1.0);
            let a = angle + da;
            board.try_place(cx + r * rx * a.cos(), cy + r * ry * a.sin(), width)
        });
        let Some(label) = spot else { continue };
        board.taken.push(label);
        let placed = Placed {
            actor: other,
            label,
        };
        drawing.edges.push(DrawnEdge {
            a: e.a,
            b: e.b,
            from: centre_placed.at(),
            to: placed.at(),
            count: e.count,
            class: e.class(),
        });
        drawing.nodes.push(placed);
    }
    drawing.hidden = total - drawing.nodes.len();
    drawing
}

/// The actors [`whole`] shows: those with an edge of at least the least weight that leaves at
/// most `cap` of them (strongest first), and that weight. When even the heaviest weight leaves
/// too many (ties), the `cap` strongest of them.
fn strongest(net: &Network, cap: usize) -> (Vec<usize>, usize) {
    let mut heaviest: HashMap<usize, usize> = HashMap::new();
    for e in &net.edges {
        for end in [e.a, e.b] {
            let w = heaviest.entry(end).or_default();
            *w = (*w).max(e.count);
        }
    }
    let mut weights: Vec<usize> = heaviest.values().copied().collect();
    weights.sort_unstable_by(|a, b| b.cmp(a));
    let min_weight = match weights.get(cap) {
        None => 1,
        Some(&w) if w < weights[0] => w + 1,
        Some(_) => weights[0],
    };
    let shown = net
        .nodes
        .iter()
        .copied()
        .filter(|a| heaviest[a] >= min_weight)
        .take(cap)
        .collect();
    (shown, min_weight)
}

/// The whole network in `area`: the strongest actors, as many as the area holds legibly (one
/// per 60 cells, at most 60), linked by the edges of at least the least weight that keeps them
/// that few; placed by a force-directed simulation (links pull, actors repel, a weak pull to
/// the middle keeps separate groups in view), stretched to the area, each label then put at the
/// free place nearest its actor's position.
pub fn whole(net: &Network, area: Rect, width_of: impl Fn(usize) -> u16) -> Drawing {
    if area.is_empty() || net.nodes.is_empty() {
        return Drawing {
            hidden: net.nodes.len(),
            ..Drawing::default()
        };
    }
    let cap = (usize::from(area.width) * usize::from(area.height) / 60).clamp(2, 60);
    let (shown, min_weight) = strongest(net, cap);
    let slots: HashMap<usize, usize> = shown.iter().enumerate().map(|(k, &a)| (a, k)).collect();
    let slot = |a: usize| slots.get(&a).copied();
    let links: Vec<(usize, usize, usize)> = net
        .edges
        .iter()
        .filter(|e| e.count >= min_weight)
        .filter_map(|e| Some((slot(e.a)?, slot(e.b)?, e.count)))
        .collect();
    let mut sim = SimulationBuilder::default()
        .build(shown.iter().map(|_| Node::default()))
        .add_force(
            "link",
            Link::new(links.iter().map(|&(a, b, _)| (a, b))).distance(40.0),
        )
        .add_force("charge", ManyBody::new().strength(-120.0))
        .add_force("x", PositionX::new().strength(0.2))
        .add_force("y", PositionY::new().strength(0.2));
    sim.step();
    let points: Vec<[f64; 2]> = sim.positions().collect();
    // Stretch the positions to the area, keeping half the widest label clear at either side.
    let bound = |f: fn(&[f64; 2]) -> f64| {
        points
            .iter()
            .map(f)
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
                (lo.min(v), hi.max(v))
            })
    };
    let (x0, x1) = bound(|p| p[0]);
    let (y0, y1) = bound(|p| p[1]);
    let margin = f64::from(MAX_LABEL.min(area.width / 4)) / 2.0;
    let scale = |v: f64, lo: f64, hi: f64, from: f64, to: f64| {
        if hi - lo < 1e-9 {
            (from + to) / 2.0
        } else {
            from + (v - lo) / (hi - lo) * (to - from)
        }
    };
    let left = f64::from(area.x) + margin;
    let right = f64::from(area.right()) - margin;
    let top = f64::from(area.y);
    let bottom = f64::from(area.bottom() - 1);
    let mut board = Board {
        area,
        taken: Vec::new(),
    };
    let mut offsets: Vec<(i32, i32)> = (-3..=3)
        .flat_map(|dy| (-12..=12).map(move |dx| (dx, dy)))
        .collect();
    offsets.sort_by_key(|&(dx, dy)| (dx.abs() + 4 * dy.abs(), dy, dx));
    let mut placed: Vec<Option<Placed>> = vec![None; shown.len()];
    let mut drawing = Drawing {
        min_weight,
        ..Drawing::default()
    };
    for (k, &actor) in shown.iter().enumerate() {
        let x = scale(points[k][0], x0, x1, left, right);
        let y = scale(points[k][1], y0, y1, top, bottom);
        let width = width_of(actor).clamp(1, MAX_LABEL);
        let spot = offsets
            .iter()
            .find_map(|&(dx, dy)| board.try_place(x + f64::from(dx), y + f64::from(dy), width));
        if let Some(label) = spot {
            board.taken.push(label);
            let p = Placed { actor, label };
            placed[k] = Some(p);
            drawing.nodes.push(p);
        }
    }
    for &(a, b, _) in &links {
        if let (Some(pa), Some(pb)) = (placed[a], placed[b]) {
            let e = net
                .edge(pa.actor, pb.actor)
                .expect("a link of the network is one of its edges");
            let (from, to) = if pa.actor == e.a {
                (pa.at(), pb.at())
            } else {
                (pb.at(), pa.at())
            };
            drawing.edges.push(DrawnEdge {
                a: e.a,
                b: e.b,
                from,
                to,
                count: e.count,
                class: e.class(),
            });
        }
    }
    drawing.hidden = net.nodes.len() - drawing.nodes.len();
    drawing
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Data;

    fn builtin() -> Data {
        crate::data::load::load_str(crate::data::load::BUILTIN_NAME, crate::data::load::BUILTIN)
            .expect("the built-in dataset loads")
    }

    fn network(data: &Data) -> Network {
        let all: Vec<usize> = (0..data.interactions().len()).collect();
        Network::build(data, &all)
    }

    fn width(data: &Data) -> impl Fn(usize) -> u16 + '_ {
        let labels = super::super::labels(data, 0..data.actors().len());
        move |a| {
            let w = unicode_width::UnicodeWidthStr::width(labels[&a].as_str());
            w.min(usize::from(MAX_LABEL)) as u16
        }
    }

    /// Labels inside the area, none overlapping or touching another on its row.
    fn assert_legible(d: &Drawing, area: Rect) {
        let all: Vec<Rect> = d.centre.iter().chain(&d.nodes).map(|p| p.label).collect();
        for (i, r) in all.iter().enumerate() {
            assert_eq!(r.intersection(area), *r, "label {r:?} leaves {area:?}");
            assert_eq!(r.height, 1);
            for s in &all[i + 1..] {
                let padded = Rect::new(r.x.saturating_sub(1), r.y, r.width + 2, 1);
                assert!(!padded.intersects(*s), "labels {r:?} and {s:?} touch");
            }
        }
        for e in &d.edges {
            for (x, y) in [e.from, e.to] {
                assert!(area.contains(ratatui::layout::Position::new(x, y)));
            }
        }
    }

    #[test]
    fn the_ego_layout_is_legible_at_every_size_and_counts_what_it_leaves_out() {
        let data = builtin();
        let net = network(&data);
        let centre = data
            .actor_index("pashinyan")
            .expect("Pashinyan is in the data");
        let total = net.edges_of(centre).count();
        for (w, h) in [
            (0, 0),
            (1, 1),
            (10, 3),
            (40, 12),
            (60, 20),
            (118, 33),
            (200, 60),
        ] {
            let area = Rect::new(3, 2, w, h);
            let d = ego(&net, centre, area, width(&data));
            assert_legible(&d, area);
            assert_eq!(d.nodes.len() + d.hidden, total, "at {w}x{h}");
            assert_eq!(d.edges.len(), d.nodes.len());
        }
        // A roomy area places every counterpart; a small one fewer.
        let big = ego(&net, centre, Rect::new(0, 0, 200, 60), width(&data));
        let small = ego(&net, centre, Rect::new(0, 0, 40, 12), width(&data));
        assert_eq!(big.hidden, 0);
        assert!(small.nodes.len() < big.nodes.len() && small.hidden > 0);
    }

    #[test]
    fn heavier_counterparts_sit_nearer_the_centre() {
        let data = builtin();
        let net = network(&data);
        let centre = data
            .actor_index("pashinyan")
            .expect("Pashinyan is in the data");
        let area = Rect::new(0, 0, 160, 50);
        let d = ego(&net, centre, area, width(&data));
        let (cx, cy) = d.centre.expect("a centre").at();
        // Distance on the ellipse, in units of its radii.
        let dist = |(x, y): (u16, u16)| {
            let dx = (f64::from(x) - f64::from(cx)) / 79.0;
            let dy = (f64::from(y) - f64::from(cy)) / 24.5;
            (dx * dx + dy * dy).sqrt()
        };
        let first = dist(d.nodes[0].at());
        let last = dist(d.nodes[d.nodes.len() - 1].at());
        assert!(
            first < last,
            "the heaviest at {first:.2}, the lightest at {last:.2}"
        );
    }

    #[test]
    fn layouts_are_deterministic() {
        let data = builtin();
        let net = network(&data);
        let centre = data.actor_index("aliyev").expect("Aliyev is in the data");
        let area = Rect::new(1, 1, 100, 30);
        assert_eq!(
            ego(&net, centre, area, width(&data)),
            ego(&net, centre, area, width(&data))
        );
        let a = whole(&net, area, width(&data));
        assert_eq!(a, whole(&net, area, width(&data)));
        assert_eq!(a, whole(&network(&data), area, width(&data)));
    }

    #[test]
    fn the_whole_network_is_legible_and_keeps_the_heavier_edges() {
        let data = builtin();
        let net = network(&data);
        for (w, h) in [(0, 0), (1, 1), (20, 5), (40, 12), (118, 33), (200, 60)] {
            let area = Rect::new(0, 1, w, h);
            let d = whole(&net, area, width(&data));
            assert_legible(&d, area);
            assert_eq!(d.nodes.len() + d.hidden, net.nodes.len(), "at {w}x{h}");
            assert!(d.edges.iter().all(|e| e.count >= d.min_weight));
        }
        let roomy = whole(&net, Rect::new(0, 0, 200, 60), width(&data));
        let tight = whole(&net, Rect::new(0, 0, 40, 12), width(&data));
        assert!(tight.min_weight >= roomy.min_weight);
        assert!(tight.nodes.len() <= roomy.nodes.len());
        assert!(!roomy.edges.is_empty());
    }
}
