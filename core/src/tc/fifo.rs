//! The fifo qdiscs (`pfifo`, `bfifo`, `pfifo_head_drop`) and the band map of
//! `pfifo_fast` and `prio`. Their `TCA_OPTIONS` is a bare struct, not a nest.

/// `struct tc_fifo_qopt`: the whole `TCA_OPTIONS` of pfifo, bfifo and pfifo_head_drop.
pub use crate::tables::tc::TcFifoQopt;

/// `TC_PRIO_MAX + 1`: the number of logical priorities a band map covers.
pub const TC_PRIO_COUNT: usize = 16;

/// `struct tc_prio_qopt`: the `TCA_OPTIONS` of pfifo_fast (whole) and prio
/// (followed by optional attributes).
pub use crate::tables::tc::TcPrioQopt;

#[cfg(test)]
mod tests {
    use crate::tc::tests::tc_message;
    use crate::tc::{tca, Options, TcObject, TC_H_ROOT};
    use crate::test_prelude::*;

    /// pfifo with `limit 100`, written from the UAPI layout: TCA_OPTIONS is
    /// the 4-byte `struct tc_fifo_qopt`, not a nest.
    #[test]
    fn pfifo_options_are_a_bare_struct() {
        let mut attrs = Vec::new();
        put_attr(&mut attrs, tca::KIND, b"pfifo\0");
        put_attr(&mut attrs, tca::OPTIONS, &100u32.to_ne_bytes());
        let msg = tc_message(msg_type::RTM_NEWQDISC, [4, 0x0001_0000, TC_H_ROOT, 1], &attrs);
        let m = Messages::new(&msg).next().unwrap().unwrap();
        let q = TcObject::parse(&m).unwrap();
        assert_eq!(q.kind().unwrap(), Some("pfifo"));
        assert_eq!(q.fifo().unwrap().unwrap().limit.get(), 100);
        assert!(matches!(q.options().unwrap(), Some(Options::Fifo(_))));
        assert_eq!(m.get_path(&["options", "limit"]).unwrap().and_then(|v| v.as_u64()), Some(100));
    }

    /// bfifo whose options are too short is an error from the typed view,
    /// and the formatter falls back to bytes.
    #[test]
    fn short_fifo_options_are_an_error_not_a_panic() {
        let mut attrs = Vec::new();
        put_attr(&mut attrs, tca::KIND, b"bfifo\0");
        put_attr(&mut attrs, tca::OPTIONS, &[1, 2]);
        let msg = tc_message(msg_type::RTM_NEWQDISC, [4, 0x0001_0000, TC_H_ROOT, 1], &attrs);
        let m = Messages::new(&msg).next().unwrap().unwrap();
        let q = TcObject::parse(&m).unwrap();
        assert!(matches!(q.options(), Err(crate::Error::AttrSize { expected: 4, actual: 2, .. })));
        let mut s = String::new();
        crate::fmt::write_json(&m, &mut s).unwrap();
        assert!(s.contains("\"TCA_OPTIONS\",{\"error\":") && s.contains("\"bytes\":\"0102\""), "{s}");
    }
}
