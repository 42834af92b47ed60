//! Events of the queue, ordered by time then by insertion.

use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ev {
    Arrival = 0,
    TaskDone = 1,
    WaitDone = 2,
    Abandon = 3,
}

/// 32 bytes, so that two share a cache line: the queue's sift-down is the engine's
/// hottest loop, and it is bound by memory, not by comparisons.
#[derive(Debug, Clone, Copy)]
pub(super) struct Event {
    pub(super) time: f64,
    /// The insertion order in the high bits and the [`Ev`] in the low two: ordering by it
    /// is ordering by insertion, as each insertion has its own number.
    order: u64,
    pub(super) case: u32,
    pub(super) epoch: u32,
    pub(super) node: u32,
    pub(super) exec: u32,
}

impl Event {
    /// The `seq`-th event inserted.
    /// `time` is not negative (the queue runs forward from 0), so the order of its bits is
    /// the order of its values; `+ 0.0` turns a −0 into 0, whose bits come first.
    pub(super) fn new(
        time: f64,
        seq: u64,
        kind: Ev,
        case: u32,
        epoch: u32,
        node: u32,
        exec: u32,
    ) -> Self {
        Event {
            time: time + 0.0,
            order: (seq << 2) | kind as u64,
            case,
            epoch,
            node,
            exec,
        }
    }

    pub(super) fn kind(&self) -> Ev {
        match self.order & 3 {
            0 => Ev::Arrival,
            1 => Ev::TaskDone,
            2 => Ev::WaitDone,
            _ => Ev::Abandon,
        }
    }
}

impl PartialEq for Event {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}
impl Eq for Event {}
impl PartialOrd for Event {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Event {
    /// Reversed so that the max-heap pops the earliest event; ties by insertion order.
    fn cmp(&self, o: &Self) -> Ordering {
        (o.time.to_bits(), o.order).cmp(&(self.time.to_bits(), self.order))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_is_half_a_cache_line() {
        assert_eq!(std::mem::size_of::<Event>(), 32);
    }

    #[test]
    fn ties_pop_in_insertion_order_whatever_their_kind() {
        let first = Event::new(1.0, 7, Ev::Abandon, 0, 0, 0, 0);
        let second = Event::new(1.0, 8, Ev::Arrival, 0, 0, 0, 0);
        assert!(
            first > second,
            "the earlier insertion is the greater (popped first)"
        );
        assert_eq!(first.kind(), Ev::Abandon);
        assert_eq!(second.kind(), Ev::Arrival);
    }
}
