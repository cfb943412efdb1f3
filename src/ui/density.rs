//! The density strip: interactions per month over the whole dataset, as one row of bars tinted
//! by the class most of them have (the selected interaction's month drawn reversed), over an
//! axis of years that marks the time range in force.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::widgets::Widget;

use super::Theme;
use crate::data::Class;
use crate::geometry::Scale;
use crate::state::State;

const BARS: [&str; 8] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];

/// The density strip of a state, drawn in a strip's area (two rows: bars, then years).
pub struct DensityStrip<'a> {
    /// What it shows: the months of the data, the filter's share, the selection.
    pub state: &'a State,
    /// What it is drawn in.
    pub theme: &'a Theme,
}

impl Widget for DensityStrip<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let DensityStrip { state, theme } = self;
        let monthly = &state.lists.monthly;
        let months = monthly.counts.len();
        let Some(scale) = Scale::of_strip(months, area) else {
            return;
        };
        let columns = scale.columns(months);
        let sum_columns = |counts: &[[u32; 5]]| -> Vec<[u32; 5]> {
            (0..columns)
                .map(|col| {
                    let mut sum = [0u32; 5];
                    for m in scale.months_of(col).filter(|&m| m < counts.len()) {
                        for (s, c) in sum.iter_mut().zip(counts[m]) {
                            *s += c;
                        }
                    }
                    sum
                })
                .collect()
        };
        let column_counts = sum_columns(&monthly.counts);
        // What the filter selects: drawn over the whole, which stays dim behind it.
        let filtered = state.filtered();
        let selected_counts = if filtered {
            sum_columns(&state.lists.monthly_filtered.counts)
        } else {
            column_counts.clone()
        };
        let max = column_counts
            .iter()
            .map(|c| c.iter().sum::<u32>())
            .max()
            .unwrap_or(0)
            .max(1);
        let in_range = |col: usize| {
            let f = &state.filter;
            if f.since.is_none() && f.until.is_none() {
                return false;
            }
            scale.months_of(col).any(|m| {
                let month = monthly.month(m);
                crate::query::in_range(month, None, f.since, f.until)
            })
        };
        let ranged = state.filter.since.is_some() || state.filter.until.is_some();
        let x0 = area.x + 1;
        let selected = state
            .selected_interaction()
            .and_then(|i| monthly.offset_of(state.data.interaction(i).date))
            .map(|m| scale.column_of(m));
        for (col, counts) in column_counts.iter().enumerate() {
            let x = x0 + col as u16;
            let whole: u32 = counts.iter().sum();
            let chosen = &selected_counts[col];
            let picked: u32 = chosen.iter().sum();
            if whole > 0 {
                let total = if picked > 0 { picked } else { whole };
                let level = ((total * 8).div_ceil(max) as usize).clamp(1, 8);
                let mut style = theme.class(dominant(if picked > 0 { chosen } else { counts }));
                if picked == 0 || (ranged && !in_range(col)) {
                    style = style.patch(theme.dim);
                }
                if selected.is_some_and(|s| (s..s + scale.cols_per_month).contains(&col)) {
                    style = style.add_modifier(Modifier::REVERSED);
                }
                buf[(x, area.y)]
                    .set_symbol(BARS[level - 1])
                    .set_style(style);
            }
        }
        if area.height < 2 {
            return;
        }
        let y = area.y + 1;
        // Year labels at each January (or the first month): the month too when columns are
        // wide enough. Then the range, under its months.
        let mut free = 0; // the first column a label may take without touching the last one
        for col in (0..columns).step_by(scale.cols_per_month) {
            let month = monthly.month(scale.months_of(col).start);
            let label = if scale.cols_per_month >= 8 {
                month.to_string()
            } else if month.month() == Some(1) || col == 0 {
                month.year().to_string()
            } else {
                continue;
            };
            if col >= free && col + label.len() <= columns {
                buf.set_string(x0 + col as u16, y, &label, theme.dim);
                free = col + label.len() + 1;
            }
        }
        for col in (0..columns).filter(|&c| in_range(c)) {
            let cell = &mut buf[(x0 + col as u16, y)];
            if cell.symbol() == " " {
                cell.set_symbol("━");
            }
            cell.set_style(theme.marked);
        }
    }
}

fn dominant(counts: &[u32; 5]) -> Option<Class> {
    const CLASSES: [Class; 4] = [
        Class::VerbalCooperation,
        Class::MaterialCooperation,
        Class::VerbalConflict,
        Class::MaterialConflict,
    ];
    let (i, &n) = counts[..4]
        .iter()
        .enumerate()
        .rev()
        .max_by_key(|&(_, n)| n)?;
    (n > 0).then_some(CLASSES[i])
}
