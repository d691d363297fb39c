//! IPv6 segment routing's settings (`SEG6`, generic netlink): the source
//! address of encapsulated packets (`ip sr tunsrc`) and the HMAC keys
//! (`ip sr hmac`).
//!
//! The family has no YAML spec in the kernel: its numbers and tables are
//! written here by hand from linux/seg6_genl.h and linux/seg6_hmac.h.
//! Every command is a [`Command`]: address it to the family id the
//! controller resolved for [`FAMILY_NAME`] with [`To`](crate::genl::To).
//!
//! ```
//! use nlwire::build::Builder;
//! use nlwire::genl::To;
//! use nlwire::seg6::{algo, SetHmac};
//!
//! // ip sr hmac set 7 sha256, secret "s3cret" (family id 0x1e)
//! let set = SetHmac { key_id: 7, algo: algo::SHA256, secret: b"s3cret" };
//! let mut buf = [0u8; 64];
//! let mut b = Builder::new(&mut buf);
//! b.push(&To { family: 0x1e, command: &set }, 1)?;
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::net::Ipv6Addr;

use crate::attr::{Attr, Attrs};
use crate::build::MessageWriter;
use crate::error::{Error, Result};
use crate::genl::{dump_command, genl_view, Command};
use crate::spec::{AttrSpec, AttrType, GenlCommand, GenlFamily, MessageSpec, Space, GENLMSGHDR};

/// The generic netlink family name (`SEG6_GENL_NAME`).
pub const FAMILY_NAME: &str = "SEG6";
/// The family's interface version (`SEG6_GENL_VERSION`).
pub const VERSION: u8 = 1;
/// The longest HMAC secret the kernel keeps (`SEG6_HMAC_SECRET_LEN`).
pub const HMAC_SECRET_LEN: usize = 64;

/// `SEG6_CMD_*`, the commands.
pub mod cmd {
    /// `SEG6_CMD_SETHMAC`: sets (or, with no secret, removes) an HMAC key.
    pub const SETHMAC: u8 = 1;
    /// `SEG6_CMD_DUMPHMAC`: every HMAC key, one message each.
    pub const DUMPHMAC: u8 = 2;
    /// `SEG6_CMD_SET_TUNSRC`: the source address of encapsulated packets.
    pub const SET_TUNSRC: u8 = 3;
    /// `SEG6_CMD_GET_TUNSRC`: asks for it.
    pub const GET_TUNSRC: u8 = 4;
}

/// `SEG6_ATTR_*`, the attributes.
pub mod attr {
    /// `SEG6_ATTR_DST`: an IPv6 address (16 bytes).
    pub const DST: u16 = 1;
    /// `SEG6_ATTR_DSTLEN`: `s32`.
    pub const DSTLEN: u16 = 2;
    /// `SEG6_ATTR_HMACKEYID`: `u32`.
    pub const HMACKEYID: u16 = 3;
    /// `SEG6_ATTR_SECRET`: bytes.
    pub const SECRET: u16 = 4;
    /// `SEG6_ATTR_SECRETLEN`: `u8`, the secret's length.
    pub const SECRETLEN: u16 = 5;
    /// `SEG6_ATTR_ALGID`: `u8`, one of [`algo`](super::algo).
    pub const ALGID: u16 = 6;
    /// `SEG6_ATTR_HMACINFO`: nested (unused by the kernel).
    pub const HMACINFO: u16 = 7;
}

/// `SEG6_HMAC_ALGO_*`: the hash of an HMAC key.
pub mod algo {
    /// `SEG6_HMAC_ALGO_SHA1`.
    pub const SHA1: u8 = 1;
    /// `SEG6_HMAC_ALGO_SHA256`.
    pub const SHA256: u8 = 2;
}

/// Names of [`algo`]'s values, as `ip sr` prints them.
pub static ALGO_NAMES: &[(u32, &str)] = &[(1, "sha1"), (2, "sha256")];

/// `ip sr tunsrc set ADDRESS`: `SEG6_CMD_SET_TUNSRC` (`::` for none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetTunsrc(pub Ipv6Addr);

impl Command for SetTunsrc {
    const CMD: u8 = cmd::SET_TUNSRC;
    const VERSION: u8 = VERSION;
    fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.attr(attr::DST, &self.0.octets())
    }
}

/// `ip sr tunsrc show`: `SEG6_CMD_GET_TUNSRC`, answered by one message for
/// [`Tunsrc`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetTunsrc;

impl Command for GetTunsrc {
    const CMD: u8 = cmd::GET_TUNSRC;
    const VERSION: u8 = VERSION;
}

dump_command!(
    /// `ip sr hmac show`: `SEG6_CMD_DUMPHMAC`, one [`HmacKey`] per reply.
    DumpHmac,
    cmd::DUMPHMAC,
    VERSION
);

/// `ip sr hmac set KEYID ALGO`: `SEG6_CMD_SETHMAC`. An empty secret
/// removes the key.
///
/// Refused before writing: key id 0 (the kernel's "no key") and a secret
/// longer than its `u8` length can say (255 bytes). The kernel keeps
/// [`HMAC_SECRET_LEN`] bytes at most and refuses longer ones itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetHmac<'s> {
    /// The key id (not 0).
    pub key_id: u32,
    /// The hash, one of [`algo`].
    pub algo: u8,
    /// The secret; empty to remove the key.
    pub secret: &'s [u8],
}

impl Command for SetHmac<'_> {
    const CMD: u8 = cmd::SETHMAC;
    const VERSION: u8 = VERSION;
    fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if self.key_id == 0 {
            return Err(Error::InvalidValue { what: "HMAC key id 0" });
        }
        let len = u8::try_from(self.secret.len())
            .map_err(|_| Error::InvalidValue { what: "HMAC secret longer than 255 bytes" })?;
        // iproute2's order: the id, the length, the algorithm, the secret.
        m.u32(attr::HMACKEYID, self.key_id)?;
        m.u8(attr::SECRETLEN, len)?;
        m.u8(attr::ALGID, self.algo)?;
        if !self.secret.is_empty() {
            m.attr(attr::SECRET, self.secret)?;
        }
        Ok(())
    }
}

/// Typed reads of a chain of `SEG6_ATTR_*`.
#[derive(Clone, Debug, Default)]
pub struct Seg6Attrs<'a>(pub Attrs<'a>);

impl<'a> Seg6Attrs<'a> {
    /// `SEG6_ATTR_DST`.
    pub fn dst(&self) -> Result<Option<Ipv6Addr>> {
        self.0.read(attr::DST, Attr::ipv6)
    }
    /// `SEG6_ATTR_HMACKEYID`.
    pub fn hmackeyid(&self) -> Result<Option<u32>> {
        self.0.read(attr::HMACKEYID, Attr::u32)
    }
    /// `SEG6_ATTR_SECRET`, whole.
    pub fn secret_attr(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(attr::SECRET, |a| Ok(a.payload()))
    }
    /// `SEG6_ATTR_SECRETLEN`.
    pub fn secretlen(&self) -> Result<Option<u8>> {
        self.0.read(attr::SECRETLEN, Attr::u8)
    }
    /// `SEG6_ATTR_ALGID`.
    pub fn algid(&self) -> Result<Option<u8>> {
        self.0.read(attr::ALGID, Attr::u8)
    }
}

genl_view! {
    /// The answer to [`GetTunsrc`] (`SEG6_CMD_GET_TUNSRC`).
    Tunsrc, Seg6Attrs, "seg6 tunsrc", &[cmd::GET_TUNSRC]
}

impl Tunsrc<'_> {
    /// The source address (`::` when none is set).
    pub fn addr(&self) -> Result<Ipv6Addr> {
        self.dst()?.ok_or(Error::MissingAttr { kind: attr::DST })
    }
}

genl_view! {
    /// An HMAC key: one reply of [`DumpHmac`] (`SEG6_CMD_DUMPHMAC`).
    HmacKey, Seg6Attrs, "seg6 hmac key", &[cmd::DUMPHMAC]
}

impl<'a> HmacKey<'a> {
    /// The key id.
    pub fn key_id(&self) -> Result<u32> {
        self.hmackeyid()?.ok_or(Error::MissingAttr { kind: attr::HMACKEYID })
    }
    /// The hash ([`algo`]).
    pub fn algo(&self) -> Result<u8> {
        self.algid()?.ok_or(Error::MissingAttr { kind: attr::ALGID })
    }
    /// The secret: `SEG6_ATTR_SECRET` cut to `SEG6_ATTR_SECRETLEN` (empty
    /// when either is missing).
    pub fn secret(&self) -> Result<&'a [u8]> {
        let len = usize::from(self.secretlen()?.unwrap_or(0));
        let secret = self.secret_attr()?.unwrap_or_default();
        Ok(secret.get(..len).unwrap_or(secret))
    }
    /// The name of the hash (`"sha1"`), if known.
    pub fn algo_name(&self) -> Result<Option<&'static str>> {
        let id = u32::from(self.algo()?);
        Ok(ALGO_NAMES.iter().find(|(v, _)| *v == id).map(|(_, n)| *n))
    }
}

/// `SEG6_ATTR_*` for the registry and the formatter.
pub static ATTRS: Space = Space {
    name: "seg6-attrs",
    prefix: "SEG6_ATTR_",
    attrs: &[
        AttrSpec { id: attr::DST, name: "dst", ty: AttrType::Ip },
        AttrSpec { id: attr::DSTLEN, name: "dstlen", ty: AttrType::S32 },
        AttrSpec { id: attr::HMACKEYID, name: "hmackeyid", ty: AttrType::U32 },
        AttrSpec { id: attr::SECRET, name: "secret", ty: AttrType::Bytes },
        AttrSpec { id: attr::SECRETLEN, name: "secretlen", ty: AttrType::U8 },
        AttrSpec { id: attr::ALGID, name: "algid", ty: AttrType::Enum(crate::spec::Scalar::U8, ALGO_NAMES) },
        AttrSpec { id: attr::HMACINFO, name: "hmacinfo", ty: AttrType::Bytes },
    ],
    by_name: &ATTRS_BY_NAME,
};

/// The name hash table of [`ATTRS`], as `spec::name_hash` places the names
/// (checked by a test that builds it again).
static ATTRS_BY_NAME: [u16; 16] = [4, 0, 0, 0, 0, 1, 0, 0, 6, 7, 5, 3, 0, 2, 0, 0];

/// Messages of the family: `struct genlmsghdr`, then `SEG6_ATTR_*`.
pub static MESSAGE: MessageSpec = MessageSpec { family: "seg6", header: &GENLMSGHDR, space: &ATTRS };

/// The `SEG6` generic netlink family, for [`Protocol::Generic`](crate::registry::Protocol::Generic).
pub static FAMILY: GenlFamily = GenlFamily {
    name: FAMILY_NAME,
    groups: &[],
    to_kernel: &COMMANDS,
    from_kernel: &[
        GenlCommand { cmd: cmd::DUMPHMAC as u16, name: "SEG6_CMD_DUMPHMAC", spec: &MESSAGE },
        GenlCommand { cmd: cmd::GET_TUNSRC as u16, name: "SEG6_CMD_GET_TUNSRC", spec: &MESSAGE },
    ],
};

static COMMANDS: [GenlCommand; 4] = [
    GenlCommand { cmd: cmd::SETHMAC as u16, name: "SEG6_CMD_SETHMAC", spec: &MESSAGE },
    GenlCommand { cmd: cmd::DUMPHMAC as u16, name: "SEG6_CMD_DUMPHMAC", spec: &MESSAGE },
    GenlCommand { cmd: cmd::SET_TUNSRC as u16, name: "SEG6_CMD_SET_TUNSRC", spec: &MESSAGE },
    GenlCommand { cmd: cmd::GET_TUNSRC as u16, name: "SEG6_CMD_GET_TUNSRC", spec: &MESSAGE },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genl::test_bytes::message;
    use crate::genl::To;
    use crate::registry::Protocol;
    use crate::test_prelude::*;

    const ID: u16 = 0x1e; // a family id as the controller might assign

    /// `command` addressed to [`ID`], built (twice, the same), sequence 3.
    fn built<C: Command>(command: &C) -> Vec<u8> {
        let (buf, len) = emitted(&To { family: ID, command }, 3);
        buf[..len].to_vec()
    }

    #[test]
    fn the_name_table_places_every_name() {
        assert_eq!(&ATTRS_BY_NAME[..], &name_table(ATTRS.attrs, 16)[..]);
        for a in ATTRS.attrs {
            assert_eq!(ATTRS.by_name(a.name).map(|b| b.id), Some(a.id), "{}", a.name);
        }
        assert_eq!(ATTRS.by_name("SEG6_ATTR_ALGID").map(|a| a.id), Some(6));
        assert!(ATTRS.attrs.windows(2).all(|w| w[0].id < w[1].id));
    }

    #[test]
    fn requests_byte_for_byte() {
        // ip sr tunsrc set 2001:db8::1: REQUEST|ACK, cmd 3, SEG6_ATTR_DST.
        let dst = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
        assert_eq!(built(&SetTunsrc(Ipv6Addr::from(dst))), message(ID, 0x0005, 3, 3, &nla(1, &dst)));
        // ip sr tunsrc show: cmd 4, nothing else.
        assert_eq!(built(&GetTunsrc), message(ID, 0x0005, 3, 4, &[]));
        // ip sr hmac show: REQUEST|DUMP, cmd 2.
        assert_eq!(built(&DumpHmac), message(ID, 0x0301, 3, 2, &[]));
        // ip sr hmac set 7 sha256 with "abc": id, length, algorithm, secret.
        let mut body = nla(3, &7u32.to_ne_bytes());
        put_attr(&mut body, 5, &[3]);
        put_attr(&mut body, 6, &[2]);
        put_attr(&mut body, 4, b"abc");
        let set = SetHmac { key_id: 7, algo: algo::SHA256, secret: b"abc" };
        assert_eq!(built(&set), message(ID, 0x0005, 3, 1, &body));
        // A blank secret removes the key: length 0 and no secret.
        let mut body = nla(3, &9u32.to_ne_bytes());
        put_attr(&mut body, 5, &[0]);
        put_attr(&mut body, 6, &[1]);
        assert_eq!(
            built(&SetHmac { key_id: 9, algo: algo::SHA1, secret: b"" }),
            message(ID, 0x0005, 3, 1, &body)
        );
    }

    #[test]
    fn bad_hmac_requests_write_nothing() {
        let mut buf = [0u8; 512];
        let mut b = Builder::new(&mut buf);
        let long = [b'x'; 256];
        for set in [
            SetHmac { key_id: 0, algo: algo::SHA1, secret: b"abc" },
            SetHmac { key_id: 1, algo: algo::SHA1, secret: &long },
        ] {
            assert!(matches!(b.push(&To { family: ID, command: &set }, 1), Err(Error::InvalidValue { .. })));
        }
        assert!(b.is_empty());
    }

    #[test]
    fn views_read_kernel_style_replies() {
        // SEG6_CMD_GET_TUNSRC answer: SEG6_ATTR_DST.
        let dst = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2];
        let bytes = message(ID, 0, 1, 4, &nla(1, &dst));
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        assert_eq!(Tunsrc::parse(&msg).unwrap().addr().unwrap(), Ipv6Addr::from(dst));
        assert!(HmacKey::parse(&msg).is_err(), "a tunsrc answer is no key");
        // A SEG6_CMD_DUMPHMAC reply as seg6_genl_dumphmac_element writes it:
        // id, secret, length, algorithm.
        let mut body = nla(3, &7u32.to_ne_bytes());
        put_attr(&mut body, 4, b"secret1");
        put_attr(&mut body, 5, &[7]);
        put_attr(&mut body, 6, &[2]);
        let bytes = message(ID, 2, 1, 2, &body);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let key = HmacKey::parse(&msg).unwrap();
        assert_eq!((key.key_id().unwrap(), key.algo().unwrap()), (7, 2));
        assert_eq!((key.secret().unwrap(), key.algo_name().unwrap()), (&b"secret1"[..], Some("sha256")));
        assert!(Tunsrc::parse(&msg).is_err());
        // The registry names it and its attributes.
        let p = Protocol::Generic(crate::registry::generic_family("SEG6").unwrap());
        assert_eq!(msg.get_in(p, "hmackeyid").unwrap(), Some(Value::U32(7)));
        assert_eq!(p.message_spec(&msg).map(|s| s.family), Some("seg6"));
        let mut json = String::new();
        crate::fmt::write_json_in(p, &msg, &mut json).unwrap();
        for needle in [
            r#"{"type":"SEG6_CMD_DUMPHMAC""#,
            r#"["SEG6_ATTR_HMACKEYID",7]"#,
            r#"["SEG6_ATTR_ALGID","sha256"]"#,
        ] {
            assert!(json.contains(needle), "{needle} in {json}");
        }
        // A length above the secret's is cut to the secret; a missing one is empty.
        let mut body = nla(3, &1u32.to_ne_bytes());
        put_attr(&mut body, 4, b"ab");
        put_attr(&mut body, 5, &[200]);
        put_attr(&mut body, 6, &[9]);
        let bytes = message(ID, 2, 1, 2, &body);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let key = HmacKey::parse(&msg).unwrap();
        assert_eq!((key.secret().unwrap(), key.algo_name().unwrap()), (&b"ab"[..], None));
        let bytes = message(ID, 2, 1, 2, &nla(3, &1u32.to_ne_bytes()));
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let key = HmacKey::parse(&msg).unwrap();
        assert_eq!(key.secret().unwrap(), b"");
        assert!(matches!(key.algo(), Err(Error::MissingAttr { kind: attr::ALGID })));
    }

    #[test]
    fn malformed_replies_are_errors() {
        let mut body = nla(3, &7u32.to_ne_bytes());
        put_attr(&mut body, 4, b"secret1");
        put_attr(&mut body, 5, &[7]);
        let good = message(ID, 2, 1, 2, &body);
        for cut in 0..good.len() {
            let mut m = good.clone();
            m[..4].copy_from_slice(&(cut as u32).to_ne_bytes());
            if let Some(Ok(msg)) = Messages::new(&m[..cut]).next() {
                if let Ok(k) = HmacKey::parse(&msg) {
                    let _ = (k.key_id(), k.secret(), k.algo_name());
                }
                let _ = Tunsrc::parse(&msg).map(|t| t.addr());
            }
        }
        // A key id of 2 bytes.
        let bytes = message(ID, 2, 1, 2, &nla(3, &[1, 0]));
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        assert!(matches!(HmacKey::parse(&msg).unwrap().key_id(), Err(Error::AttrSize { .. })));
    }
}
