//! IPv6 In-situ OAM (`IOAM6`, generic netlink): namespaces and schemas
//! (`ip ioam namespace|schema`) and trace events.
//!
//! The family has no YAML spec in the kernel: its numbers and tables are
//! written here by hand from linux/ioam6_genl.h and linux/ioam6.h. Every
//! command is a [`Command`]: address it to the family id the controller
//! resolved for [`FAMILY_NAME`] with [`To`](crate::genl::To).
//!
//! ```
//! use nlwire::build::Builder;
//! use nlwire::genl::To;
//! use nlwire::ioam6::{AddNamespace, SetNamespaceSchema};
//!
//! // ip ioam namespace add 1 data 0xdead; ip ioam namespace set 1 schema none
//! let add = AddNamespace { id: 1, data: Some(0xdead), wide: None };
//! let mut buf = [0u8; 128];
//! let mut b = Builder::new(&mut buf);
//! b.push(&To { family: 0x1f, command: &add }, 1)?;
//! b.push(&To { family: 0x1f, command: &SetNamespaceSchema { namespace: 1, schema: None } }, 2)?;
//! # Ok::<(), nlwire::Error>(())
//! ```

use crate::attr::{Attr, Attrs};
use crate::build::MessageWriter;
use crate::error::{Error, Result};
use crate::genl::{dump_command, genl_view, Command};
use crate::spec::{AttrSpec, AttrType, GenlCommand, GenlFamily, MessageSpec, Space, GENLMSGHDR};

/// The generic netlink family name (`IOAM6_GENL_NAME`).
pub const FAMILY_NAME: &str = "IOAM6";
/// The family's interface version (`IOAM6_GENL_VERSION`).
pub const VERSION: u8 = 1;
/// The multicast group of trace events (`IOAM6_GENL_EV_GRP_NAME`).
pub const EVENTS_GROUP: &str = "ioam6_events";
/// The most schema data the kernel keeps (`IOAM6_MAX_SCHEMA_DATA_LEN`).
pub const MAX_SCHEMA_DATA_LEN: usize = 255 * 4;
/// The most trace data an option carries (`IOAM6_TRACE_DATA_SIZE_MAX`).
pub const TRACE_DATA_SIZE_MAX: usize = 244;
/// A namespace's `data` that says "none": the kernel leaves it out of its
/// answers (`IOAM6_U32_UNAVAILABLE`).
pub const U32_UNAVAILABLE: u32 = u32::MAX;
/// A namespace's `wide` data that says "none" (`IOAM6_U64_UNAVAILABLE`).
pub const U64_UNAVAILABLE: u64 = u64::MAX;

/// `IOAM6_CMD_*`, the commands user space sends.
pub mod cmd {
    /// `IOAM6_CMD_ADD_NAMESPACE`.
    pub const ADD_NAMESPACE: u8 = 1;
    /// `IOAM6_CMD_DEL_NAMESPACE`.
    pub const DEL_NAMESPACE: u8 = 2;
    /// `IOAM6_CMD_DUMP_NAMESPACES`.
    pub const DUMP_NAMESPACES: u8 = 3;
    /// `IOAM6_CMD_ADD_SCHEMA`.
    pub const ADD_SCHEMA: u8 = 4;
    /// `IOAM6_CMD_DEL_SCHEMA`.
    pub const DEL_SCHEMA: u8 = 5;
    /// `IOAM6_CMD_DUMP_SCHEMAS`.
    pub const DUMP_SCHEMAS: u8 = 6;
    /// `IOAM6_CMD_NS_SET_SCHEMA`.
    pub const NS_SET_SCHEMA: u8 = 7;
}

/// `IOAM6_ATTR_*`, the attributes of the commands and their answers.
pub mod attr {
    /// `IOAM6_ATTR_NS_ID`: `u16`.
    pub const NS_ID: u16 = 1;
    /// `IOAM6_ATTR_NS_DATA`: `u32`.
    pub const NS_DATA: u16 = 2;
    /// `IOAM6_ATTR_NS_DATA_WIDE`: `u64`.
    pub const NS_DATA_WIDE: u16 = 3;
    /// `IOAM6_ATTR_SC_ID`: `u32`.
    pub const SC_ID: u16 = 4;
    /// `IOAM6_ATTR_SC_DATA`: bytes.
    pub const SC_DATA: u16 = 5;
    /// `IOAM6_ATTR_SC_NONE`: flag.
    pub const SC_NONE: u16 = 6;
    /// `IOAM6_ATTR_PAD`.
    pub const PAD: u16 = 7;
}

/// `IOAM6_EVENT_*`: the command of an event of [`EVENTS_GROUP`].
pub mod event {
    /// `IOAM6_EVENT_TRACE`: a pre-allocated or incremental trace option.
    pub const TRACE: u8 = 1;
}

/// `IOAM6_EVENT_ATTR_*`, the attributes of a trace event.
pub mod event_attr {
    /// `IOAM6_EVENT_ATTR_TRACE_NAMESPACE`: `u16`.
    pub const TRACE_NAMESPACE: u16 = 1;
    /// `IOAM6_EVENT_ATTR_TRACE_NODELEN`: `u8`.
    pub const TRACE_NODELEN: u16 = 2;
    /// `IOAM6_EVENT_ATTR_TRACE_TYPE`: `u32`.
    pub const TRACE_TYPE: u16 = 3;
    /// `IOAM6_EVENT_ATTR_TRACE_DATA`: bytes.
    pub const TRACE_DATA: u16 = 4;
}

/// `ip ioam namespace add ID [ data DATA32 ] [ wide DATA64 ]`:
/// `IOAM6_CMD_ADD_NAMESPACE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddNamespace {
    /// The namespace id.
    pub id: u16,
    /// Its 4-byte data, if any.
    pub data: Option<u32>,
    /// Its 8-byte data, if any.
    pub wide: Option<u64>,
}

impl Command for AddNamespace {
    const CMD: u8 = cmd::ADD_NAMESPACE;
    const VERSION: u8 = VERSION;
    fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.u16(attr::NS_ID, self.id)?;
        m.opt(attr::NS_DATA, self.data, MessageWriter::u32)?;
        m.opt(attr::NS_DATA_WIDE, self.wide, MessageWriter::u64)
    }
}

/// `ip ioam namespace del ID`: `IOAM6_CMD_DEL_NAMESPACE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DelNamespace {
    /// The namespace id.
    pub id: u16,
}

impl Command for DelNamespace {
    const CMD: u8 = cmd::DEL_NAMESPACE;
    const VERSION: u8 = VERSION;
    fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.u16(attr::NS_ID, self.id)
    }
}

dump_command!(
    /// `ip ioam namespace show`: `IOAM6_CMD_DUMP_NAMESPACES`, one
    /// [`Namespace`] per reply.
    DumpNamespaces,
    cmd::DUMP_NAMESPACES,
    VERSION
);

/// `ip ioam schema add ID DATA`: `IOAM6_CMD_ADD_SCHEMA`. Data longer than
/// [`MAX_SCHEMA_DATA_LEN`] is refused before writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddSchema<'d> {
    /// The schema id.
    pub id: u32,
    /// Its data (the kernel pads it to 4 bytes).
    pub data: &'d [u8],
}

impl Command for AddSchema<'_> {
    const CMD: u8 = cmd::ADD_SCHEMA;
    const VERSION: u8 = VERSION;
    fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if self.data.len() > MAX_SCHEMA_DATA_LEN {
            return Err(Error::InvalidValue { what: "IOAM schema data over 1020 bytes" });
        }
        m.u32(attr::SC_ID, self.id)?;
        m.attr(attr::SC_DATA, self.data)
    }
}

/// `ip ioam schema del ID`: `IOAM6_CMD_DEL_SCHEMA`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DelSchema {
    /// The schema id.
    pub id: u32,
}

impl Command for DelSchema {
    const CMD: u8 = cmd::DEL_SCHEMA;
    const VERSION: u8 = VERSION;
    fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.u32(attr::SC_ID, self.id)
    }
}

dump_command!(
    /// `ip ioam schema show`: `IOAM6_CMD_DUMP_SCHEMAS`, one [`Schema`] per
    /// reply.
    DumpSchemas,
    cmd::DUMP_SCHEMAS,
    VERSION
);

/// `ip ioam namespace set ID schema { ID | none }`: `IOAM6_CMD_NS_SET_SCHEMA`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetNamespaceSchema {
    /// The namespace id.
    pub namespace: u16,
    /// The schema it takes, or `None` to take none (`IOAM6_ATTR_SC_NONE`).
    pub schema: Option<u32>,
}

impl Command for SetNamespaceSchema {
    const CMD: u8 = cmd::NS_SET_SCHEMA;
    const VERSION: u8 = VERSION;
    fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.u16(attr::NS_ID, self.namespace)?;
        match self.schema {
            Some(id) => m.u32(attr::SC_ID, id),
            None => m.flag(attr::SC_NONE),
        }
    }
}

/// Typed reads of a chain of `IOAM6_ATTR_*`.
#[derive(Clone, Debug, Default)]
pub struct Ioam6Attrs<'a>(pub Attrs<'a>);

impl<'a> Ioam6Attrs<'a> {
    /// `IOAM6_ATTR_NS_ID`.
    pub fn ns_id(&self) -> Result<Option<u16>> {
        self.0.read(attr::NS_ID, Attr::u16)
    }
    /// `IOAM6_ATTR_NS_DATA`.
    pub fn ns_data(&self) -> Result<Option<u32>> {
        self.0.read(attr::NS_DATA, Attr::u32)
    }
    /// `IOAM6_ATTR_NS_DATA_WIDE`.
    pub fn ns_data_wide(&self) -> Result<Option<u64>> {
        self.0.read(attr::NS_DATA_WIDE, Attr::u64)
    }
    /// `IOAM6_ATTR_SC_ID`.
    pub fn sc_id(&self) -> Result<Option<u32>> {
        self.0.read(attr::SC_ID, Attr::u32)
    }
    /// `IOAM6_ATTR_SC_DATA`.
    pub fn sc_data(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(attr::SC_DATA, |a| Ok(a.payload()))
    }
    /// `IOAM6_ATTR_SC_NONE`.
    pub fn sc_none(&self) -> Result<bool> {
        self.0.flag(attr::SC_NONE)
    }
}

genl_view! {
    /// A namespace: one reply of [`DumpNamespaces`]. `data` and `wide` are
    /// left out when the kernel holds none; `schema` when none is set.
    Namespace, Ioam6Attrs, "ioam6 namespace", &[cmd::DUMP_NAMESPACES]
}

impl Namespace<'_> {
    /// The namespace id.
    pub fn id(&self) -> Result<u16> {
        self.ns_id()?.ok_or(Error::MissingAttr { kind: attr::NS_ID })
    }
}

genl_view! {
    /// A schema: one reply of [`DumpSchemas`]. `namespace` is the one
    /// that took it, if any.
    Schema, Ioam6Attrs, "ioam6 schema", &[cmd::DUMP_SCHEMAS]
}

impl<'a> Schema<'a> {
    /// The schema id.
    pub fn id(&self) -> Result<u32> {
        self.sc_id()?.ok_or(Error::MissingAttr { kind: attr::SC_ID })
    }
    /// Its data, as the kernel padded it (empty when missing).
    pub fn data(&self) -> Result<&'a [u8]> {
        Ok(self.sc_data()?.unwrap_or_default())
    }
}

/// Typed reads of a chain of `IOAM6_EVENT_ATTR_*`.
#[derive(Clone, Debug, Default)]
pub struct EventAttrs<'a>(pub Attrs<'a>);

impl<'a> EventAttrs<'a> {
    /// `IOAM6_EVENT_ATTR_TRACE_NAMESPACE`.
    pub fn trace_namespace(&self) -> Result<Option<u16>> {
        self.0.read(event_attr::TRACE_NAMESPACE, Attr::u16)
    }
    /// `IOAM6_EVENT_ATTR_TRACE_NODELEN`: 4-byte words of data per node.
    pub fn trace_nodelen(&self) -> Result<Option<u8>> {
        self.0.read(event_attr::TRACE_NODELEN, Attr::u8)
    }
    /// `IOAM6_EVENT_ATTR_TRACE_TYPE`: which data each node adds.
    pub fn trace_type(&self) -> Result<Option<u32>> {
        self.0.read(event_attr::TRACE_TYPE, Attr::u32)
    }
    /// `IOAM6_EVENT_ATTR_TRACE_DATA`: the nodes' data.
    pub fn trace_data(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(event_attr::TRACE_DATA, |a| Ok(a.payload()))
    }
}

genl_view! {
    /// A trace event of [`EVENTS_GROUP`] (`IOAM6_EVENT_TRACE`): the trace
    /// option of a packet this node decapsulated or ended.
    TraceEvent, EventAttrs, "ioam6 trace event", &[event::TRACE]
}

/// `IOAM6_ATTR_*` for the registry and the formatter.
pub static ATTRS: Space = Space {
    name: "ioam6-attrs",
    prefix: "IOAM6_ATTR_",
    attrs: &[
        AttrSpec { id: attr::NS_ID, name: "ns_id", ty: AttrType::U16 },
        AttrSpec { id: attr::NS_DATA, name: "ns_data", ty: AttrType::U32 },
        AttrSpec { id: attr::NS_DATA_WIDE, name: "ns_data_wide", ty: AttrType::U64 },
        AttrSpec { id: attr::SC_ID, name: "sc_id", ty: AttrType::U32 },
        AttrSpec { id: attr::SC_DATA, name: "sc_data", ty: AttrType::Bytes },
        AttrSpec { id: attr::SC_NONE, name: "sc_none", ty: AttrType::Flag },
        AttrSpec { id: attr::PAD, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &ATTRS_BY_NAME,
};

/// `IOAM6_EVENT_ATTR_*` for the registry and the formatter.
pub static EVENT_ATTRS: Space = Space {
    name: "ioam6-event-attrs",
    prefix: "IOAM6_EVENT_ATTR_",
    attrs: &[
        AttrSpec { id: event_attr::TRACE_NAMESPACE, name: "trace_namespace", ty: AttrType::U16 },
        AttrSpec { id: event_attr::TRACE_NODELEN, name: "trace_nodelen", ty: AttrType::U8 },
        AttrSpec { id: event_attr::TRACE_TYPE, name: "trace_type", ty: AttrType::U32 },
        AttrSpec { id: event_attr::TRACE_DATA, name: "trace_data", ty: AttrType::Bytes },
    ],
    by_name: &EVENT_ATTRS_BY_NAME,
};

/// The name hash tables, as `spec::name_hash` places the names (checked
/// by a test that builds them again).
static ATTRS_BY_NAME: [u16; 16] = [5, 1, 4, 6, 7, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 2];
static EVENT_ATTRS_BY_NAME: [u16; 8] = [1, 2, 0, 3, 0, 0, 0, 4];

/// Commands and answers: `struct genlmsghdr`, then `IOAM6_ATTR_*`.
pub static MESSAGE: MessageSpec = MessageSpec { family: "ioam6", header: &GENLMSGHDR, space: &ATTRS };
/// Events: `struct genlmsghdr`, then `IOAM6_EVENT_ATTR_*`.
pub static EVENT_MESSAGE: MessageSpec =
    MessageSpec { family: "ioam6", header: &GENLMSGHDR, space: &EVENT_ATTRS };

/// The `IOAM6` generic netlink family, for [`Protocol::Generic`](crate::registry::Protocol::Generic).
/// The kernel's command 1 is the trace event, user space's adds a namespace.
pub static FAMILY: GenlFamily = GenlFamily {
    name: FAMILY_NAME,
    groups: &[EVENTS_GROUP],
    to_kernel: &[
        GenlCommand { cmd: 1, name: "IOAM6_CMD_ADD_NAMESPACE", spec: &MESSAGE },
        GenlCommand { cmd: 2, name: "IOAM6_CMD_DEL_NAMESPACE", spec: &MESSAGE },
        GenlCommand { cmd: 3, name: "IOAM6_CMD_DUMP_NAMESPACES", spec: &MESSAGE },
        GenlCommand { cmd: 4, name: "IOAM6_CMD_ADD_SCHEMA", spec: &MESSAGE },
        GenlCommand { cmd: 5, name: "IOAM6_CMD_DEL_SCHEMA", spec: &MESSAGE },
        GenlCommand { cmd: 6, name: "IOAM6_CMD_DUMP_SCHEMAS", spec: &MESSAGE },
        GenlCommand { cmd: 7, name: "IOAM6_CMD_NS_SET_SCHEMA", spec: &MESSAGE },
    ],
    from_kernel: &[
        GenlCommand { cmd: 1, name: "IOAM6_EVENT_TRACE", spec: &EVENT_MESSAGE },
        GenlCommand { cmd: 3, name: "IOAM6_CMD_DUMP_NAMESPACES", spec: &MESSAGE },
        GenlCommand { cmd: 6, name: "IOAM6_CMD_DUMP_SCHEMAS", spec: &MESSAGE },
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genl::test_bytes::message;
    use crate::genl::To;
    use crate::registry::Protocol;
    use crate::test_prelude::*;

    const ID: u16 = 0x1f; // a family id as the controller might assign

    /// `command` addressed to [`ID`], built (twice, the same), sequence 3.
    fn built<C: Command>(command: &C) -> Vec<u8> {
        let (buf, len) = emitted(&To { family: ID, command }, 3);
        buf[..len].to_vec()
    }

    fn one(bytes: &[u8]) -> Message<'_> {
        Messages::new(bytes).next().unwrap().unwrap()
    }

    #[test]
    fn the_name_tables_place_every_name() {
        assert_eq!(&ATTRS_BY_NAME[..], &name_table(ATTRS.attrs, 16)[..]);
        assert_eq!(&EVENT_ATTRS_BY_NAME[..], &name_table(EVENT_ATTRS.attrs, 8)[..]);
        for space in [&ATTRS, &EVENT_ATTRS] {
            assert!(space.attrs.windows(2).all(|w| w[0].id < w[1].id));
            for a in space.attrs {
                assert_eq!(space.by_name(a.name).map(|b| b.id), Some(a.id), "{}", a.name);
            }
        }
        assert_eq!(ATTRS.by_name("IOAM6_ATTR_SC_NONE").map(|a| a.id), Some(6));
    }

    #[test]
    fn requests_byte_for_byte() {
        // ip ioam namespace add 4 data 5 wide 6: NS_ID u16, NS_DATA u32,
        // NS_DATA_WIDE u64 (no padding attribute, as iproute2's addattr64).
        let mut body = nla(1, &4u16.to_ne_bytes());
        put_attr(&mut body, 2, &5u32.to_ne_bytes());
        put_attr(&mut body, 3, &6u64.to_ne_bytes());
        let add = AddNamespace { id: 4, data: Some(5), wide: Some(6) };
        assert_eq!(built(&add), message(ID, 0x0005, 3, 1, &body));
        let add = AddNamespace { id: 4, data: None, wide: None };
        assert_eq!(built(&add), message(ID, 0x0005, 3, 1, &nla(1, &4u16.to_ne_bytes())));
        assert_eq!(built(&DelNamespace { id: 9 }), message(ID, 0x0005, 3, 2, &nla(1, &9u16.to_ne_bytes())));
        assert_eq!(built(&DumpNamespaces), message(ID, 0x0301, 3, 3, &[]));
        // ip ioam schema add 7 abcde: SC_ID, SC_DATA as given (padded by the attribute).
        let mut body = nla(4, &7u32.to_ne_bytes());
        put_attr(&mut body, 5, b"abcde");
        assert_eq!(built(&AddSchema { id: 7, data: b"abcde" }), message(ID, 0x0005, 3, 4, &body));
        assert_eq!(built(&DelSchema { id: 7 }), message(ID, 0x0005, 3, 5, &nla(4, &7u32.to_ne_bytes())));
        assert_eq!(built(&DumpSchemas), message(ID, 0x0301, 3, 6, &[]));
        // ip ioam namespace set 4 schema 7, and schema none (an empty flag).
        let mut body = nla(1, &4u16.to_ne_bytes());
        put_attr(&mut body, 4, &7u32.to_ne_bytes());
        let set = SetNamespaceSchema { namespace: 4, schema: Some(7) };
        assert_eq!(built(&set), message(ID, 0x0005, 3, 7, &body));
        let mut body = nla(1, &4u16.to_ne_bytes());
        put_attr(&mut body, 6, &[]);
        let set = SetNamespaceSchema { namespace: 4, schema: None };
        assert_eq!(built(&set), message(ID, 0x0005, 3, 7, &body));
    }

    #[test]
    fn too_much_schema_data_writes_nothing() {
        let mut buf = [0u8; 2048];
        let mut b = Builder::new(&mut buf);
        let data = [b'x'; MAX_SCHEMA_DATA_LEN + 1];
        let r = b.push(&To { family: ID, command: &AddSchema { id: 1, data: &data } }, 1);
        assert!(matches!(r, Err(Error::InvalidValue { .. })));
        assert!(b.is_empty());
        let data = [b'x'; MAX_SCHEMA_DATA_LEN];
        assert!(b.push(&To { family: ID, command: &AddSchema { id: 1, data: &data } }, 1).is_ok());
    }

    #[test]
    fn views_read_kernel_style_replies() {
        // __ioam6_genl_dumpns_element: NS_ID, SC_ID, NS_DATA, NS_DATA_WIDE.
        let mut body = nla(1, &2u16.to_ne_bytes());
        put_attr(&mut body, 4, &1u32.to_ne_bytes());
        put_attr(&mut body, 2, &0xdeadu32.to_ne_bytes());
        put_attr(&mut body, 3, &0xbeefu64.to_ne_bytes());
        let bytes = message(ID, 2, 1, 3, &body);
        let ns = Namespace::parse(&one(&bytes)).unwrap();
        assert_eq!((ns.id().unwrap(), ns.sc_id().unwrap()), (2, Some(1)));
        assert_eq!((ns.ns_data().unwrap(), ns.ns_data_wide().unwrap()), (Some(0xdead), Some(0xbeef)));
        assert!(Schema::parse(&one(&bytes)).is_err());
        // __ioam6_genl_dumpsc_element: SC_ID, NS_ID, SC_DATA.
        let mut body = nla(4, &1u32.to_ne_bytes());
        put_attr(&mut body, 1, &2u16.to_ne_bytes());
        put_attr(&mut body, 5, b"abc\0");
        let bytes = message(ID, 2, 1, 6, &body);
        let sc = Schema::parse(&one(&bytes)).unwrap();
        assert_eq!((sc.id().unwrap(), sc.ns_id().unwrap(), sc.data().unwrap()), (1, Some(2), &b"abc\0"[..]));
        let p = Protocol::Generic(crate::registry::generic_family("IOAM6").unwrap());
        assert_eq!(one(&bytes).get_in(p, "sc_id").unwrap(), Some(Value::U32(1)));
        // A schema with no data attribute reads as empty; no id is an error.
        let bytes = message(ID, 2, 1, 6, &nla(1, &2u16.to_ne_bytes()));
        let sc = Schema::parse(&one(&bytes)).unwrap();
        assert_eq!(sc.data().unwrap(), b"");
        assert!(matches!(sc.id(), Err(Error::MissingAttr { kind: attr::SC_ID })));
    }

    #[test]
    fn trace_events_read_with_their_own_attributes() {
        // ioam6_event_put_trace: namespace, nodelen, type, data.
        let mut body = nla(1, &123u16.to_ne_bytes());
        put_attr(&mut body, 2, &[2]);
        put_attr(&mut body, 3, &0x00c0_0000u32.to_ne_bytes());
        put_attr(&mut body, 4, &[1, 2, 3, 4, 5, 6, 7, 8]);
        let bytes = message(ID, 0, 0, 1, &body);
        let e = TraceEvent::parse(&one(&bytes)).unwrap();
        assert_eq!((e.trace_namespace().unwrap(), e.trace_nodelen().unwrap()), (Some(123), Some(2)));
        assert_eq!(e.trace_type().unwrap(), Some(0x00c0_0000));
        assert_eq!(e.trace_data().unwrap(), Some(&[1, 2, 3, 4, 5, 6, 7, 8][..]));
        // From the kernel, command 1 is the event: named and read as one.
        let p = Protocol::Generic(&FAMILY);
        assert_eq!(FAMILY.command(1).map(|c| c.name), Some("IOAM6_EVENT_TRACE"));
        assert_eq!(one(&bytes).get_in(p, "trace_nodelen").unwrap(), Some(Value::U8(2)));
        assert!(Namespace::parse(&one(&bytes)).is_err());
        // The formatter, given the family by the kernel's name, names both.
        let p = Protocol::Generic(crate::registry::generic_family(FAMILY_NAME).unwrap());
        let mut json = String::new();
        crate::fmt::write_json_in(p, &one(&bytes), &mut json).unwrap();
        for needle in [
            r#"{"type":"IOAM6_EVENT_TRACE""#,
            r#"["IOAM6_EVENT_ATTR_TRACE_NAMESPACE",123]"#,
            r#"["IOAM6_EVENT_ATTR_TRACE_TYPE",12582912]"#,
        ] {
            assert!(json.contains(needle), "{needle} in {json}");
        }
        let mut text = String::new();
        let add = built(&AddNamespace { id: 4, data: Some(5), wide: None });
        crate::fmt::write_text_in(p, &one(&add), &mut text).unwrap();
        assert!(text.starts_with("IOAM6_CMD_ADD_NAMESPACE"), "{text}");
        assert!(text.contains("IOAM6_ATTR_NS_DATA: 5"), "{text}");
    }

    #[test]
    fn malformed_replies_are_errors() {
        let mut body = nla(4, &1u32.to_ne_bytes());
        put_attr(&mut body, 1, &2u16.to_ne_bytes());
        put_attr(&mut body, 5, b"abc\0");
        let good = message(ID, 2, 1, 6, &body);
        for cut in 0..good.len() {
            let mut m = good.clone();
            m[..4].copy_from_slice(&(cut as u32).to_ne_bytes());
            if let Some(Ok(msg)) = Messages::new(&m[..cut]).next() {
                let _ = Schema::parse(&msg).map(|s| (s.id(), s.data(), s.ns_id()));
                let _ = Namespace::parse(&msg).map(|n| (n.id(), n.ns_data_wide()));
                let _ = TraceEvent::parse(&msg).map(|e| (e.trace_type(), e.trace_data()));
            }
        }
        // A namespace id of 4 bytes, a wide data of 4.
        let mut body = nla(1, &2u32.to_ne_bytes());
        put_attr(&mut body, 3, &2u32.to_ne_bytes());
        let bytes = message(ID, 2, 1, 3, &body);
        let ns = Namespace::parse(&one(&bytes)).unwrap();
        assert!(matches!(ns.id(), Err(Error::AttrSize { .. })));
        assert!(matches!(ns.ns_data_wide(), Err(Error::AttrSize { .. })));
    }
}
