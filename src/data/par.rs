//! Work shared out over the cores, for the passes of a load that treat each interaction on
//! its own. Plain scoped threads: each takes a contiguous run, and results keep their order.

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Below this many items a pass runs on the calling thread: starting threads would cost more.
const ALONE: usize = 4096;

/// How many threads a pass over `items` items uses.
pub fn threads(items: usize) -> usize {
    if items < ALONE {
        return 1;
    }
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// `0..items` cut into one contiguous run per core.
pub fn runs(items: usize) -> Vec<Range<usize>> {
    runs_of(items, threads(items))
}

/// `0..items` cut into `n` contiguous runs (fewer if there are fewer items).
pub fn runs_of(items: usize, n: usize) -> Vec<Range<usize>> {
    let size = items.div_ceil(n.max(1)).max(1);
    (0..items)
        .step_by(size)
        .map(|start| start..(start + size).min(items))
        .collect()
}

/// `f` of every run, each on a thread of its own, in the runs' order.
pub fn map<T: Send>(runs: &[Range<usize>], f: impl Fn(&Range<usize>) -> T + Sync) -> Vec<T> {
    if runs.len() <= 1 {
        return runs.iter().map(f).collect();
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = runs.iter().map(|run| s.spawn(|| f(run))).collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// `f` of each of `0..count`, in order, the items shared out over the cores one at a time: a
/// worker takes the next item when it is done with one, so a slow item holds up no one. For
/// passes over few, large items (pieces of a file, chunks of text). `None` from any item
/// stops the workers and makes the whole `None`.
pub fn each<T: Send>(count: usize, f: impl Fn(usize) -> Option<T> + Sync) -> Option<Vec<T>> {
    let n = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(count);
    if n <= 1 {
        return (0..count).map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let done: Vec<Vec<(usize, Option<T>)>> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..n)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= count {
                            break mine;
                        }
                        let item = f(i);
                        let failed = item.is_none();
                        mine.push((i, item));
                        if failed {
                            next.store(count, Ordering::Relaxed);
                            break mine;
                        }
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    let mut slots: Vec<Option<T>> = (0..count).map(|_| None).collect();
    for (i, item) in done.into_iter().flatten() {
        slots[i] = Some(item?);
    }
    slots.into_iter().collect()
}

/// `f` on every item, the items shared out in runs over the cores.
pub fn for_each_mut<T: Send>(items: &mut [T], f: impl Fn(&mut T) + Sync) {
    let n = threads(items.len());
    if n <= 1 {
        items.iter_mut().for_each(f);
        return;
    }
    let size = items.len().div_ceil(n);
    std::thread::scope(|s| {
        for run in items.chunks_mut(size) {
            let f = &f;
            s.spawn(move || run.iter_mut().for_each(f));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_cover_every_item_once_in_order() {
        for items in [0, 1, 5, ALONE - 1, ALONE, ALONE * 3 + 7] {
            let runs = runs(items);
            let covered: Vec<usize> = runs.iter().flat_map(|r| r.clone()).collect();
            assert_eq!(covered, (0..items).collect::<Vec<_>>());
            let sums = map(&runs, |r| r.clone().sum::<usize>());
            assert_eq!(sums.iter().sum::<usize>(), (0..items).sum::<usize>());
        }
        let squares = each(100, |i| Some(i * i)).expect("every item is done");
        assert_eq!(squares, (0..100).map(|i| i * i).collect::<Vec<_>>());
        assert_eq!(each(100, |i| (i != 57).then_some(i)), None);
        assert_eq!(each(0, Some), Some(Vec::<usize>::new()));
        let mut v: Vec<usize> = (0..ALONE * 2 + 3).collect();
        for_each_mut(&mut v, |x| *x *= 2);
        assert!(v.iter().enumerate().all(|(i, &x)| x == 2 * i));
    }
}
