//! The u32 classifier: `TCA_U32_*`, `struct tc_u32_sel` and its keys.

use zerocopy::FromBytes;

use crate::attr::Attrs;
use crate::error::{Error, Result};
use crate::tc::{hex_part, Handle};

/// `TCA_U32_*` attribute types (`pkt_cls.h`).
pub use crate::tables::tc::u32_attrs as tca_u32;

/// `TC_U32_*` bits of `tc_u32_sel.flags`; `TC_U32_TERMINAL`: a match ends
/// the walk (set when a class id is given).
pub use crate::tables::tc::tc_u32_flags::{
    EAT as TC_U32_EAT, OFFSET as TC_U32_OFFSET, TERMINAL as TC_U32_TERMINAL, VAROFFSET as TC_U32_VAROFFSET,
};

/// `TCA_CLS_FLAGS_*` names (`TCA_U32_FLAGS`).
pub use crate::tables::tc::TC_CLS_FLAGS_NAMES as CLS_FLAG_NAMES;

/// A u32 filter handle: hash table id (12 bits), bucket (8 bits) and node
/// (12 bits), shown and parsed as `tc` does (`800::800`, `800:`, `1:2:3`).
///
/// ```
/// use nlwire::tc::u32::U32Handle;
/// let h = U32Handle::parse("800::800")?;
/// assert_eq!(h.0, 0x8000_0800);
/// assert_eq!((h.htid(), h.hash(), h.node()), (0x800, 0, 0x800));
/// assert_eq!(h.to_string(), "800::800");
/// assert_eq!(U32Handle(0x8000_0000).to_string(), "800:");
/// assert!(U32Handle::parse("1000:").is_err());
/// # Ok::<(), nlwire::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct U32Handle(pub u32);

impl U32Handle {
    /// `TC_U32_USERHTID`: the hash table id (upper 12 bits).
    pub const fn htid(self) -> u32 {
        self.0 >> 20
    }
    /// `TC_U32_HASH`: the bucket (8 bits).
    pub const fn hash(self) -> u32 {
        (self.0 >> 12) & 0xFF
    }
    /// `TC_U32_NODE`: the node id (lower 12 bits).
    pub const fn node(self) -> u32 {
        self.0 & 0xFFF
    }
    /// Parses `htid[:hash[:node]]` in hexadecimal (each part may be empty),
    /// or `0x` and a raw 32-bit value, as `tc`'s `get_u32_handle`.
    pub fn parse(s: &str) -> Result<Self> {
        const BAD: Error = Error::InvalidValue { what: "u32 handle is not hex htid:hash:node" };
        let hex = |part, max| hex_part(part, max, BAD);
        let mut parts = s.split(':');
        let first = parts.next().unwrap_or("");
        let (Some(hash), node) = (parts.next(), parts.next()) else {
            // No colon: only `0x` and a raw value.
            return match first.strip_prefix("0x") {
                Some(raw) if !raw.is_empty() => hex(raw, u32::MAX).map(U32Handle),
                _ => Err(BAD),
            };
        };
        if parts.next().is_some() {
            return Err(BAD);
        }
        let htid = hex(first, 0xFFF)?;
        let hash = hex(hash, 0xFF)?;
        let node = hex(node.unwrap_or(""), 0xFFF)?;
        Ok(U32Handle((htid << 20) | (hash << 12) | node))
    }
}

impl core::fmt::Display for U32Handle {
    /// As iproute2's `sprint_u32_handle`.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.0 == 0 {
            return f.write_str("none");
        }
        if self.htid() != 0 {
            write!(f, "{:x}:", self.htid())?;
        }
        if self.hash() != 0 {
            write!(f, "{:x}", self.hash())?;
        }
        if self.node() != 0 {
            write!(f, ":{:x}", self.node())?;
        }
        Ok(())
    }
}

/// `struct tc_u32_sel` without its trailing keys: the first 16 bytes of `TCA_U32_SEL`.
pub use crate::tables::tc::TcU32Sel as TcU32SelHdr;

/// `struct tc_u32_key`: match `(word at off) & mask == val`.
pub use crate::tables::tc::TcU32Key;

/// `struct tc_u32_mark` (`TCA_U32_MARK`).
pub use crate::tables::tc::TcU32Mark;

/// `struct tc_u32_pcnt` (`TCA_U32_PCNT`) without the per-key hit counts that follow.
pub use crate::tables::tc::TcU32Pcnt;

/// A `TCA_U32_SEL` payload: the selector header and its keys.
#[derive(Clone, Copy, Debug)]
pub struct U32Sel<'a> {
    header: &'a TcU32SelHdr,
    keys: &'a [TcU32Key],
}

impl<'a> U32Sel<'a> {
    /// Reads a `TCA_U32_SEL` payload; the keys must all be there.
    pub fn parse(payload: &'a [u8]) -> Result<Self> {
        let size = core::mem::size_of::<TcU32SelHdr>();
        let (header, rest) = TcU32SelHdr::ref_from_prefix(payload).map_err(|_| Error::Truncated {
            offset: 0,
            needed: size,
            available: payload.len(),
        })?;
        let nkeys = usize::from(header.nkeys);
        let (keys, _) =
            <[TcU32Key]>::ref_from_prefix_with_elems(rest, nkeys).map_err(|_| Error::Truncated {
                offset: 0,
                needed: size + nkeys * core::mem::size_of::<TcU32Key>(),
                available: payload.len(),
            })?;
        Ok(U32Sel { header, keys })
    }
    /// The selector header.
    pub fn header(&self) -> &'a TcU32SelHdr {
        self.header
    }
    /// `TC_U32_*` flags.
    pub fn flags(&self) -> u8 {
        self.header.flags
    }
    /// The keys, in order.
    pub fn keys(&self) -> &'a [TcU32Key] {
        self.keys
    }
}

/// The u32 options of a filter.
#[derive(Clone, Debug)]
pub struct U32<'a> {
    attrs: Attrs<'a>,
}

impl<'a> U32<'a> {
    /// A view of a u32 `TCA_OPTIONS` nest.
    pub fn new(attrs: Attrs<'a>) -> Self {
        U32 { attrs }
    }
    /// The nested attributes.
    pub fn attrs(&self) -> Attrs<'a> {
        self.attrs.clone()
    }
    /// `TCA_U32_CLASSID`: the class matching packets go to (`flowid`).
    pub fn classid(&self) -> Result<Option<Handle>> {
        Ok(self.u32_attr(tca_u32::CLASSID)?.map(Handle))
    }
    /// `TCA_U32_HASH`: hash table the filter is in.
    pub fn hash(&self) -> Result<Option<u32>> {
        self.u32_attr(tca_u32::HASH)
    }
    /// `TCA_U32_LINK`: hash table to continue in.
    pub fn link(&self) -> Result<Option<u32>> {
        self.u32_attr(tca_u32::LINK)
    }
    /// `TCA_U32_DIVISOR`: buckets of a hash table.
    pub fn divisor(&self) -> Result<Option<u32>> {
        self.u32_attr(tca_u32::DIVISOR)
    }
    /// `TCA_U32_FLAGS`: `TCA_CLS_FLAGS_*`.
    pub fn flags(&self) -> Result<Option<u32>> {
        self.u32_attr(tca_u32::FLAGS)
    }
    /// `TCA_U32_SEL`: the selector and its keys.
    pub fn sel(&self) -> Result<Option<U32Sel<'a>>> {
        match self.attrs.find(tca_u32::SEL)? {
            Some(a) => U32Sel::parse(a.payload())
                .map_err(|_| Error::AttrSize {
                    kind: a.kind(),
                    offset: a.offset(),
                    expected: core::mem::size_of::<TcU32SelHdr>(),
                    actual: a.payload().len(),
                })
                .map(Some),
            None => Ok(None),
        }
    }
    /// `TCA_U32_INDEV`: input device name.
    pub fn indev(&self) -> Result<Option<&'a str>> {
        self.attrs.find(tca_u32::INDEV)?.map(|a| a.str()).transpose()
    }
    /// `TCA_U32_PCNT`: lookup and hit counters.
    pub fn pcnt(&self) -> Result<Option<&'a TcU32Pcnt>> {
        self.attrs.find(tca_u32::PCNT)?.map(|a| a.as_struct()).transpose()
    }
    /// `TCA_U32_MARK`: the mark match.
    pub fn mark(&self) -> Result<Option<&'a TcU32Mark>> {
        self.attrs.find(tca_u32::MARK)?.map(|a| a.as_struct()).transpose()
    }

    fn u32_attr(&self, kind: u16) -> Result<Option<u32>> {
        self.attrs.find(kind)?.map(|a| a.u32()).transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tc::tests::tc_message;
    use crate::tc::{eth_p, tca, TcObject};
    use crate::test_prelude::*;

    #[test]
    fn sizes() {
        assert_eq!(core::mem::size_of::<TcU32SelHdr>(), 16);
        assert_eq!(core::mem::size_of::<TcU32Key>(), 16);
    }

    /// `tc filter add dev X parent 1: protocol ip prio 1 u32 match ip dst
    /// 10.0.0.0/8 match ip src 192.168.1.0/24 flowid 1:10` as the kernel
    /// dumps it (handle 800::800), written from `struct tc_u32_sel`/`tc_u32_key`.
    #[test]
    fn u32_filter() {
        let mut sel = Vec::new();
        sel.extend_from_slice(&[TC_U32_TERMINAL, 0, 2, 0]); // flags, offshift, nkeys, hole
        sel.extend_from_slice(&[0; 12]); // offmask, off, offoff, hoff, hmask
                                         // key 1: ip dst (offset 16), mask ff000000, value 0a000000
        sel.extend_from_slice(&[0xff, 0, 0, 0, 10, 0, 0, 0]);
        sel.extend_from_slice(&16i32.to_ne_bytes());
        sel.extend_from_slice(&0i32.to_ne_bytes());
        // key 2: ip src (offset 12), mask ffffff00, value c0a80100
        sel.extend_from_slice(&[0xff, 0xff, 0xff, 0, 192, 168, 1, 0]);
        sel.extend_from_slice(&12i32.to_ne_bytes());
        sel.extend_from_slice(&0i32.to_ne_bytes());
        let mut opts = Vec::new();
        put_attr(&mut opts, tca_u32::CLASSID, &0x0001_0010u32.to_ne_bytes());
        put_attr(&mut opts, tca_u32::HASH, &0x8000_0000u32.to_ne_bytes());
        put_attr(&mut opts, tca_u32::SEL, &sel);
        put_attr(&mut opts, tca_u32::FLAGS, &8u32.to_ne_bytes());
        let mut pcnt = Vec::new();
        for v in [5u64, 3, 3, 2] {
            pcnt.extend_from_slice(&v.to_ne_bytes());
        }
        put_attr(&mut opts, tca_u32::PCNT, &pcnt);
        let mut attrs = Vec::new();
        put_attr(&mut attrs, tca::KIND, b"u32\0");
        put_attr(&mut attrs, tca::CHAIN, &0u32.to_ne_bytes());
        put_attr(&mut attrs, tca::OPTIONS, &opts);
        let info = (1u32 << 16) | u32::from(u16::from_ne_bytes(eth_p::IP.to_be_bytes()));
        let msg = tc_message(msg_type::RTM_NEWTFILTER, [3, 0x8000_0800, 0x0001_0000, info], &attrs);
        let m = Messages::new(&msg).next().unwrap().unwrap();
        let f = TcObject::parse(&m).unwrap();
        assert_eq!(f.prio(), 1);
        assert_eq!(f.protocol(), eth_p::IP);
        assert_eq!(f.chain().unwrap(), Some(0));
        let u = f.u32().unwrap().unwrap();
        assert_eq!(u.classid().unwrap(), Some(Handle::new(1, 0x10)));
        assert_eq!(u.hash().unwrap(), Some(0x8000_0000));
        assert_eq!(u.flags().unwrap(), Some(8));
        assert_eq!(u.pcnt().unwrap().unwrap().rhit.get(), 3);
        let s = u.sel().unwrap().unwrap();
        assert_eq!(s.flags(), TC_U32_TERMINAL);
        let keys: Vec<_> = s.keys().iter().map(|k| (k.mask.get(), k.val.get(), k.off.get())).collect();
        assert_eq!(keys, [(0xff00_0000, 0x0a00_0000, 16), (0xffff_ff00, 0xc0a8_0100, 12)]);
        assert_eq!(m.get_path(&["options", "sel", "nkeys"]).unwrap(), Some(Value::U8(2)));
        let mut text = String::new();
        crate::fmt::write_json(&m, &mut text).unwrap();
        assert!(text.contains("[\"TCA_U32_FLAGS\",[\"not_in_hw\"]]"), "{text}");
    }

    #[test]
    fn u32_handles_like_tc() {
        for (text, raw, shown) in [
            ("800::800", 0x8000_0800u32, "800::800"),
            ("800:", 0x8000_0000, "800:"),
            ("1:2:3", 0x0010_2003, "1:2:3"),
            ("::5", 0x0000_0005, ":5"),
            ("0x80000800", 0x8000_0800, "800::800"),
            ("0xffffffff", 0xFFFF_FFFF, "fff:ff:fff"),
        ] {
            let h = U32Handle::parse(text).unwrap();
            assert_eq!(h.0, raw, "{text}");
            assert_eq!(h.to_string(), shown, "{text}");
        }
        assert_eq!(U32Handle(0).to_string(), "none");
        for bad in ["", "800", "1000:", "1:100:", "1:2:1000", "1:2:3:4", "0x", "0x1g", "g:"] {
            assert!(U32Handle::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn selector_with_missing_keys_is_an_error() {
        let mut sel = [0u8; 16 + 8];
        sel[2] = 1; // one key announced, half of it present
        assert!(matches!(U32Sel::parse(&sel), Err(Error::Truncated { needed: 32, available: 24, .. })));
        assert!(U32Sel::parse(&sel[..10]).is_err());
    }
}
