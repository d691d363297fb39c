//! The htb qdisc and classes: `TCA_HTB_*`, `struct tc_htb_glob` (qdisc),
//! `struct tc_htb_opt` (class), `struct tc_htb_xstats`.

use crate::attr::nest_view;
use crate::error::Result;
use crate::tables::tc::HtbAttrs;
use crate::tc::wide_rate;

/// `TCA_HTB_*` attribute types (`pkt_sched.h`).
pub use crate::tables::tc::htb_attrs as tca_htb;

/// `TC_HTB_PROTOVER`: the version `tc_htb_glob` must carry (`HTB_VER >> 16`).
pub const TC_HTB_PROTOVER: u32 = 3;
/// `TC_HTB_NUMPRIO`: class priorities are 0..=7.
pub const TC_HTB_NUMPRIO: u32 = 8;

/// `struct tc_htb_glob` (`TCA_HTB_INIT`): the htb qdisc's settings.
pub use crate::tables::tc::TcHtbGlob;

/// `struct tc_htb_opt` (`TCA_HTB_PARMS`): an htb class's settings.
pub use crate::tables::tc::TcHtbOpt;

/// `struct tc_htb_xstats` (`TCA_XSTATS` of an htb class).
pub use crate::tables::tc::TcHtbXstats;

nest_view! {
    /// The htb options of a qdisc or a class.
    Htb, HtbAttrs
}

impl Htb<'_> {
    /// The class rate in bytes per second: `TCA_HTB_RATE64` or the 32-bit
    /// field, whichever is larger (as the kernel reads them).
    pub fn rate(&self) -> Result<Option<u64>> {
        Ok(wide_rate(self.parms()?.map(|p| &p.rate), self.rate64()?))
    }
    /// The class ceil in bytes per second, as [`rate`](Self::rate).
    pub fn ceil(&self) -> Result<Option<u64>> {
        Ok(wide_rate(self.parms()?.map(|p| &p.ceil), self.ceil64()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tc::tests::tc_message;
    use crate::tc::{tca, Handle, TcObject, TcObjectKind, TC_H_ROOT};
    use crate::test_prelude::*;

    fn nested(attrs: &[(u16, &[u8])]) -> Vec<u8> {
        let mut v = Vec::new();
        for (k, p) in attrs {
            put_attr(&mut v, *k, p);
        }
        v
    }

    /// `tc qdisc add dev X root handle 1: htb default 20 r2q 10` as the
    /// kernel dumps it, written from the UAPI layout of `struct tc_htb_glob`.
    #[test]
    fn htb_qdisc_with_init() {
        let mut glob = Vec::new();
        for v in [0x30011u32, 10, 0x20, 0, 7] {
            glob.extend_from_slice(&v.to_ne_bytes());
        }
        let opts = nested(&[(tca_htb::INIT, &glob), (tca_htb::DIRECT_QLEN, &1000u32.to_ne_bytes())]);
        let mut attrs = Vec::new();
        put_attr(&mut attrs, tca::KIND, b"htb\0");
        put_attr(&mut attrs, tca::OPTIONS | crate::attr::NLA_F_NESTED, &opts);
        let msg = tc_message(msg_type::RTM_NEWQDISC, [5, 0x0001_0000, TC_H_ROOT, 1], &attrs);
        let m = Messages::new(&msg).next().unwrap().unwrap();
        let q = TcObject::parse(&m).unwrap();
        assert_eq!(q.object(), TcObjectKind::Qdisc);
        assert_eq!(q.handle(), Handle::new(1, 0));
        let htb = q.htb().unwrap().unwrap();
        let init = htb.init().unwrap().unwrap();
        assert_eq!(init.version.get(), 0x30011);
        assert_eq!(init.rate2quantum.get(), 10);
        assert_eq!(init.defcls.get(), 0x20);
        assert_eq!(init.direct_pkts.get(), 7);
        assert_eq!(htb.direct_qlen().unwrap(), Some(1000));
        assert!(htb.parms().unwrap().is_none());
        assert!(!htb.offload().unwrap());
        assert_eq!(m.get_path(&["options", "init", "defcls"]).unwrap(), Some(Value::U32(0x20)));
        assert_eq!(m.get_path(&["options", "direct_qlen"]).unwrap(), Some(Value::U32(1000)));
    }

    /// `tc class add ... classid 1:10 htb rate 1mbit ceil 2mbit prio 3
    /// quantum 1500` with a 64-bit ceil, written from `struct tc_htb_opt`.
    #[test]
    fn htb_class_with_parms_and_64bit_ceil() {
        let mut opt = Vec::new();
        // rate: cell_log 3, linklayer 1, overhead 0, cell_align -1, mpu 0, rate 125000
        opt.extend_from_slice(&[3, 1]);
        opt.extend_from_slice(&0u16.to_ne_bytes());
        opt.extend_from_slice(&(-1i16).to_ne_bytes());
        opt.extend_from_slice(&0u16.to_ne_bytes());
        opt.extend_from_slice(&125_000u32.to_ne_bytes());
        // ceil: saturated 32-bit field, real value in TCA_HTB_CEIL64
        opt.extend_from_slice(&[3, 1]);
        opt.extend_from_slice(&0u16.to_ne_bytes());
        opt.extend_from_slice(&(-1i16).to_ne_bytes());
        opt.extend_from_slice(&0u16.to_ne_bytes());
        opt.extend_from_slice(&u32::MAX.to_ne_bytes());
        for v in [200_000u32, 20, 1500, 0, 3] {
            opt.extend_from_slice(&v.to_ne_bytes());
        }
        assert_eq!(opt.len(), 44);
        let ceil64 = 10_000_000_000u64;
        let opts = nested(&[(tca_htb::CEIL64, &ceil64.to_ne_bytes()), (tca_htb::PARMS, &opt)]);
        let mut xstats = Vec::new();
        for v in [1u32, 2, 0] {
            xstats.extend_from_slice(&v.to_ne_bytes());
        }
        xstats.extend_from_slice(&(-5i32).to_ne_bytes());
        xstats.extend_from_slice(&6i32.to_ne_bytes());
        let mut attrs = Vec::new();
        put_attr(&mut attrs, tca::KIND, b"htb\0");
        put_attr(&mut attrs, tca::OPTIONS, &opts);
        put_attr(&mut attrs, tca::XSTATS, &xstats);
        let msg = tc_message(msg_type::RTM_NEWTCLASS, [5, 0x0001_0010, 0x0001_0000, 0x8002_0000], &attrs);
        let m = Messages::new(&msg).next().unwrap().unwrap();
        let c = TcObject::parse(&m).unwrap();
        assert_eq!(c.object(), TcObjectKind::Class);
        assert_eq!(c.handle().to_string(), "1:10");
        assert_eq!(c.parent().to_string(), "1:");
        assert_eq!(Handle(c.info()).to_string(), "8002:");
        let htb = c.htb().unwrap().unwrap();
        let p = htb.parms().unwrap().unwrap();
        assert_eq!(p.rate.rate.get(), 125_000);
        assert_eq!(p.rate.linklayer, 1);
        assert_eq!(p.rate.cell_align.get(), -1);
        assert_eq!(p.buffer.get(), 200_000);
        assert_eq!(p.cbuffer.get(), 20);
        assert_eq!(p.quantum.get(), 1500);
        assert_eq!(p.prio.get(), 3);
        assert_eq!(htb.rate().unwrap(), Some(125_000));
        assert_eq!(htb.ceil().unwrap(), Some(ceil64));
        assert_eq!(htb.rate64().unwrap(), None);
        assert_eq!(m.get_path(&["options", "parms", "ceil", "rate"]).unwrap(), Some(Value::U32(u32::MAX)));
        assert_eq!(m.get_path(&["xstats", "tokens"]).unwrap(), Some(Value::S32(-5)));
        let mut s = String::new();
        crate::fmt::write_json(&m, &mut s).unwrap();
        assert!(s.contains("\"TCA_HTB_CEIL64\",10000000000"), "{s}");
    }
}
