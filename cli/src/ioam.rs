//! `nlw ioam namespace|schema`: IPv6 In-situ OAM's namespaces and schemas,
//! with the words, output and exit codes of iproute2 6.1's `ip ioam` (which
//! has no `monitor`: refused as ip 6.1 refuses it).

use std::io::Write;

use nlwire::genl::To;
use nlwire::ioam6::{
    AddNamespace, AddSchema, DelNamespace, DelSchema, DumpNamespaces, DumpSchemas, Namespace, Schema,
    SetNamespaceSchema, FAMILY_NAME, MAX_SCHEMA_DATA_LEN,
};

use crate::args::{c_unsigned, invalid, Words};
use crate::json::Json;
use crate::sink::{listing, object};
use crate::{genl_dump, genl_request, rtnl_talk_failed, CliError, Ctx, Result};

const USAGE: &str = "Usage:\tnlw ioam { COMMAND | help }
\tnlw ioam namespace show
\tnlw ioam namespace add ID [ data DATA32 ] [ wide DATA64 ]
\tnlw ioam namespace del ID
\tnlw ioam schema show
\tnlw ioam schema add ID DATA
\tnlw ioam schema del ID
\tnlw ioam namespace set ID schema { ID | none }";

/// A parsed `nlw ioam` command.
#[derive(Debug)]
pub enum IoamCommand {
    /// `namespace show`.
    ShowNamespaces,
    /// `namespace add`.
    AddNamespace(AddNamespace),
    /// `namespace del`.
    DelNamespace(u16),
    /// `namespace set ID schema ID|none`.
    SetSchema(SetNamespaceSchema),
    /// `schema show`.
    ShowSchemas,
    /// `schema add ID DATA`.
    AddSchema(u32, String),
    /// `schema del`.
    DelSchema(u32),
}

/// A namespace id, as ip's `get_u16(.., 0)`.
fn namespace_id(w: &mut Words<'_>) -> Result<u16> {
    let word = w.value()?;
    Ok(c_unsigned(word, 0, u16::MAX.into()).ok_or_else(|| invalid("Invalid namespace ID", word))? as u16)
}

/// A schema id, as ip's `get_u32(.., 0)`.
fn schema_id(w: &mut Words<'_>) -> Result<u32> {
    let word = w.value()?;
    Ok(c_unsigned(word, 0, u32::MAX.into()).ok_or_else(|| invalid("Invalid schema ID", word))? as u32)
}

/// Wide data, as ip's `get_u64(.., 16)`.
fn wide(w: &mut Words<'_>) -> Result<u64> {
    let word = w.value()?;
    c_unsigned(word, 16, u64::MAX).ok_or_else(|| invalid("Invalid wide data", word))
}

impl IoamCommand {
    /// Parses the words after `ioam` (ip takes them whole, not abbreviated),
    /// refusing what `ip ioam` refuses before anything is sent; the rest of
    /// the line is ignored, as ip does.
    pub fn parse(words: &[String]) -> Result<Self> {
        let Some((first, rest)) = words.split_first() else {
            return Err(CliError::usage(USAGE));
        };
        let mut w = Words::new(rest);
        match first.as_str() {
            "help" => Err(CliError::usage(USAGE)),
            "namespace" => match w.value()? {
                "show" => Ok(IoamCommand::ShowNamespaces),
                "add" => parse_add(&mut w),
                "del" => Ok(IoamCommand::DelNamespace(namespace_id(&mut w)?)),
                "set" => {
                    let namespace = namespace_id(&mut w)?;
                    let word = w.value()?;
                    if word != "schema" {
                        return Err(invalid("Unknown", word));
                    }
                    let schema = match w.peek() {
                        Some("none") => None,
                        _ => Some(schema_id(&mut w)?),
                    };
                    Ok(IoamCommand::SetSchema(SetNamespaceSchema { namespace, schema }))
                }
                other => Err(invalid("Unknown", other)),
            },
            "schema" => match w.value()? {
                "show" => Ok(IoamCommand::ShowSchemas),
                "add" => {
                    let id = schema_id(&mut w)?;
                    let data = w.value()?;
                    if data.len() > MAX_SCHEMA_DATA_LEN {
                        return Err(invalid("Schema DATA too big", data));
                    }
                    Ok(IoamCommand::AddSchema(id, data.to_owned()))
                }
                "del" => Ok(IoamCommand::DelSchema(schema_id(&mut w)?)),
                other => Err(invalid("Unknown", other)),
            },
            other => Err(invalid("Unknown", other)),
        }
    }

    /// Runs it in the namespace of `ctx` (a generic netlink session of its own).
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let mut genl = crate::open_genl(ctx.netns.as_deref())?;
        let family = genl.family(FAMILY_NAME)?.id();
        let g = &mut genl;
        let outcome = match self {
            IoamCommand::ShowNamespaces => genl_dump(g, &To { family, command: &DumpNamespaces }),
            IoamCommand::ShowSchemas => genl_dump(g, &To { family, command: &DumpSchemas }),
            IoamCommand::AddNamespace(add) => genl_request(g, &To { family, command: add }),
            IoamCommand::DelNamespace(id) => {
                genl_request(g, &To { family, command: &DelNamespace { id: *id } })
            }
            IoamCommand::SetSchema(set) => genl_request(g, &To { family, command: set }),
            IoamCommand::AddSchema(id, data) => {
                genl_request(g, &To { family, command: &AddSchema { id: *id, data: data.as_bytes() } })
            }
            IoamCommand::DelSchema(id) => genl_request(g, &To { family, command: &DelSchema { id: *id } }),
        };
        let replies = outcome.map_err(rtnl_talk_failed)?;
        let print = match self {
            IoamCommand::ShowNamespaces => namespace,
            IoamCommand::ShowSchemas => schema,
            _ => return Ok(()),
        };
        listing(ctx.json, ctx.pretty, |j| replies.iter().try_for_each(|r| print(j, ctx.json, &r.message())))
    }
}

/// `namespace add ID [ data DATA32 ] [ wide DATA64 ]`, in ip's order: `wide`
/// may follow `data`, nothing else follows either.
fn parse_add(w: &mut Words<'_>) -> Result<IoamCommand> {
    let mut add = AddNamespace { id: namespace_id(w)?, data: None, wide: None };
    if let Some(word) = w.next() {
        match word {
            "data" => {
                let v = w.value()?;
                add.data =
                    Some(c_unsigned(v, 0, u32::MAX.into()).ok_or_else(|| invalid("Invalid data", v))? as u32);
            }
            "wide" => add.wide = Some(wide(w)?),
            other => return Err(invalid("Invalid argument", other)),
        }
    }
    if let Some(word) = w.next() {
        if add.data.is_none() || word != "wide" {
            return Err(invalid("Unexpected argument", word));
        }
        add.wide = Some(wide(w)?);
    }
    Ok(IoamCommand::AddNamespace(add))
}

/// C's `%#0Nx`: `0x` and the digits, `width` in all, but no `0x` for 0.
fn c_alt_hex(value: u64, width: usize) -> String {
    if value == 0 {
        format!("{:0width$}", 0)
    } else {
        format!("{value:#0width$x}")
    }
}

/// One namespace as ip's print_namespace: `namespace ID [schema ID], data
/// 0x..., wide 0x...`; in JSON the data as hex text.
fn namespace<W: Write>(j: &mut Json<W>, json: bool, msg: &nlwire::Message<'_>) -> Result<()> {
    let ns = Namespace::parse(msg)?;
    let id = ns.id()?;
    object(j, json, |s| {
        s.fmt_num("namespace", format_args!("namespace {id}"), id)?;
        if let Some(schema) = ns.sc_id()? {
            s.fmt_num("schema", format_args!(" [schema {schema}]"), schema)?;
        }
        if let Some(data) = ns.ns_data()? {
            s.string(
                "data",
                format_args!(", data {}", c_alt_hex(data.into(), 10)),
                &format_args!("{data:x}"),
            )?;
        }
        if let Some(wide) = ns.ns_data_wide()? {
            let text = if wide == 0 { "0".to_owned() } else { format!("{wide:#x}") };
            s.string("wide", format_args!(", wide {}", c_alt_hex(wide, 18)), &text)?;
        }
        Ok(())
    })
}

/// One schema as ip's print_schema: `schema ID [namespace ID], data: xx
/// xx ...`; in JSON `"data": null` then each byte under the key `""`.
fn schema<W: Write>(j: &mut Json<W>, json: bool, msg: &nlwire::Message<'_>) -> Result<()> {
    let sc = Schema::parse(msg)?;
    let id = sc.id()?;
    object(j, json, |s| {
        s.fmt_num("schema", format_args!("schema {id}"), id)?;
        if let Some(ns) = sc.ns_id()? {
            s.fmt_num("namespace", format_args!(" [namespace {ns}]"), ns)?;
        }
        s.fmt_null("data", ", data:")?;
        for &b in sc.data()? {
            s.fmt_num("", format_args!(" {b:02x}"), b)?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Failure;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').filter(|w| !w.is_empty()).map(String::from).collect()
    }

    #[test]
    fn parses_as_ip_does() {
        let c = IoamCommand::parse(&words("namespace add 0x10 data 5 wide 10 extra")).unwrap();
        let IoamCommand::AddNamespace(add) = c else { panic!("{c:?}") };
        assert_eq!(add, AddNamespace { id: 16, data: Some(5), wide: Some(16) });
        let c = IoamCommand::parse(&words("namespace set 1 schema none")).unwrap();
        assert!(matches!(c, IoamCommand::SetSchema(SetNamespaceSchema { namespace: 1, schema: None })));
        for bad in [
            "",
            "help",
            "monitor",
            "nam show",
            "namespace sh",
            "namespace add 65536",
            "namespace add 1 wide 2 data 3",
            "namespace add 1 data 1 data 2",
            "namespace add 1 data -1",
            "namespace add 1 wide 0x",
            "namespace add 1 foo 1",
            "namespace add 1 data",
            "namespace set 1 schem 2",
            "namespace set 1 schema x",
            "schema add 1",
            "schema add 4294967296 x",
            "schema del",
        ] {
            match IoamCommand::parse(&words(bad)).map_err(CliError::into_failure) {
                Err(Failure::Usage(_)) => {}
                other => panic!("{bad}: {other:?}"),
            }
        }
    }

    #[test]
    fn hex_as_c_prints_it() {
        assert_eq!(c_alt_hex(0xdead, 10), "0x0000dead");
        assert_eq!(c_alt_hex(0, 10), "0000000000");
        assert_eq!(c_alt_hex(0x10, 18), "0x0000000000000010");
        assert_eq!(c_alt_hex(0, 18), "000000000000000000");
    }
}
