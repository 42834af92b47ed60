//! Events of the agenda, ordered by time then by insertion.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ev {
    Arrival = 0,
    TaskDone = 1,
    WaitDone = 2,
    Abandon = 3,
}

/// 32 bytes, so that two share a cache line.
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

    /// Its place in the agenda: earlier time first, then earlier insertion.
    #[inline(always)]
    pub(super) fn key(&self) -> u128 {
        (u128::from(self.time.to_bits()) << 64) | u128::from(self.order)
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
        let later = Event::new(1.5, 2, Ev::Arrival, 0, 0, 0, 0);
        assert!(
            first.key() < second.key(),
            "the earlier insertion comes first"
        );
        assert!(second.key() < later.key(), "the earlier time comes first");
        assert_eq!(first.kind(), Ev::Abandon);
        assert_eq!(second.kind(), Ev::Arrival);
    }
}
