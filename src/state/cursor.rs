//! A selection in a list and the first row shown.

/// A selection in a list and the first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    /// The selected row (0 in an empty list).
    pub selected: usize,
    /// The first row shown, as of the last window it was kept for.
    pub offset: usize,
}

impl Cursor {
    /// Moves the selection by `delta` within `len` rows and keeps it inside a window of
    /// `height` rows.
    pub fn move_by(&mut self, delta: isize, len: usize, height: usize) {
        let max = len.saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(max);
        self.scroll_into_view(len, height);
    }

    /// Selects row `selected` (the last of `len` if past it) and keeps it inside a window of
    /// `height` rows.
    pub fn set(&mut self, selected: usize, len: usize, height: usize) {
        self.selected = selected.min(len.saturating_sub(1));
        self.scroll_into_view(len, height);
    }

    /// Keeps `offset` such that the selection is visible and no rows are wasted past the end.
    pub fn scroll_into_view(&mut self, len: usize, height: usize) {
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(len.saturating_sub(height));
    }

    /// The first row to draw in a window of `height`: the stored offset, corrected if the
    /// window is not the size the offset was computed for.
    pub fn view_offset(self, len: usize, height: usize) -> usize {
        let mut c = self;
        c.scroll_into_view(len, height);
        c.offset
    }
}
