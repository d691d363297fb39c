//! The tbf (token bucket filter) qdisc: `TCA_TBF_*`, `struct tc_tbf_qopt`.

use crate::attr::nest_view;
use crate::error::Result;
use crate::tables::tc::TbfAttrs;
use crate::tc::wide_rate;

/// `TCA_TBF_*` attribute types (`pkt_sched.h`).
pub use crate::tables::tc::tbf_attrs as tca_tbf;

/// `struct tc_tbf_qopt` (`TCA_TBF_PARMS`).
pub use crate::tables::tc::TcTbfQopt;

nest_view! {
    /// The tbf options of a qdisc.
    Tbf, TbfAttrs
}

impl Tbf<'_> {
    /// The rate in bytes per second: `TCA_TBF_RATE64` or the 32-bit field,
    /// whichever is larger.
    pub fn rate(&self) -> Result<Option<u64>> {
        Ok(wide_rate(self.parms()?.map(|p| &p.rate), self.rate64()?))
    }
    /// The peak rate in bytes per second (0 when unset), as [`rate`](Self::rate).
    pub fn peakrate(&self) -> Result<Option<u64>> {
        Ok(wide_rate(self.parms()?.map(|p| &p.peakrate), self.prate64()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tc::tests::tc_message;
    use crate::tc::{tca, TcObject, TC_H_ROOT};
    use crate::test_prelude::*;

    /// `tc qdisc add dev X root tbf rate 1mbit burst 32kb limit 30000` as
    /// the kernel dumps it: rate 125000 B/s, buffer = 32768 B at 125000 B/s
    /// = 262.144 ms = 4096000 ticks of 64 ns, written from `struct tc_tbf_qopt`.
    #[test]
    fn tbf_qdisc() {
        let mut q = Vec::new();
        q.extend_from_slice(&[0, 1]);
        q.extend_from_slice(&[0; 6]);
        q.extend_from_slice(&125_000u32.to_ne_bytes());
        q.extend_from_slice(&[0; 12]); // no peak rate
        for v in [30_000u32, 4_096_000, 0] {
            q.extend_from_slice(&v.to_ne_bytes());
        }
        assert_eq!(q.len(), 36);
        let mut opts = Vec::new();
        put_attr(&mut opts, tca_tbf::PARMS, &q);
        put_attr(&mut opts, tca_tbf::BURST, &32_768u32.to_ne_bytes());
        let mut attrs = Vec::new();
        put_attr(&mut attrs, tca::KIND, b"tbf\0");
        put_attr(&mut attrs, tca::OPTIONS, &opts);
        let msg = tc_message(msg_type::RTM_NEWQDISC, [2, 0x8001_0000, TC_H_ROOT, 1], &attrs);
        let m = Messages::new(&msg).next().unwrap().unwrap();
        let tbf = TcObject::parse(&m).unwrap().tbf().unwrap().unwrap();
        let p = tbf.parms().unwrap().unwrap();
        assert_eq!(p.limit.get(), 30_000);
        assert_eq!(p.buffer.get(), 4_096_000);
        assert_eq!(p.mtu.get(), 0);
        assert_eq!(tbf.rate().unwrap(), Some(125_000));
        assert_eq!(tbf.peakrate().unwrap(), Some(0));
        assert_eq!(tbf.burst().unwrap(), Some(32_768));
        assert_eq!(tbf.rate64().unwrap(), None);
        assert_eq!(m.get_path(&["options", "parms", "limit"]).unwrap(), Some(Value::U32(30_000)));
    }
}
