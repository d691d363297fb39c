//! `route add ... encap TYPE ...`: a route's lightweight tunnel, read as
//! ip 6.1's `lwt_parse_encap` reads it, kept until the request is written
//! (the core's [`Encap`] borrows its labels and segments).
//!
//! ```sh
//! nlw route add 198.51.100.0/24 encap ip id 10 dst 192.0.2.2 ttl 5 key dev v0
//! nlw route add 2001:db8:5::/64 encap seg6 mode encap segs 2001:db8::2,2001:db8::3 dev v0
//! nlw route add 198.51.101.0/24 encap mpls 100/200 via 192.0.2.2
//! ```

use std::net::{Ipv4Addr, Ipv6Addr};

use nlwire::lwtunnel::{tunnel_flags, Encap, IpTunnel, Seg6Mode};

use crate::args::{address, invalid, Words};
use crate::names::{c_number, NameFile};
use crate::{CliError, Result};

/// A parsed encapsulation, owning what [`Encap`] borrows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RouteEncap {
    Mpls { labels: Vec<u32>, ttl: Option<u8> },
    Ip(IpTunnel<Ipv4Addr>),
    Ip6(IpTunnel<Ipv6Addr>),
    Seg6 { mode: Seg6Mode, segs: Vec<Ipv6Addr> },
}

impl RouteEncap {
    /// The core's view, for the request.
    pub fn as_encap(&self) -> Encap<'_> {
        match self {
            RouteEncap::Mpls { labels, ttl } => Encap::Mpls { labels, ttl: *ttl },
            RouteEncap::Ip(t) => Encap::Ip(*t),
            RouteEncap::Ip6(t) => Encap::Ip6(*t),
            RouteEncap::Seg6 { mode, segs } => Encap::Seg6 { mode: *mode, segs },
        }
    }

    /// Reads `TYPE ...` after `encap`, leaving in `words` the first word that
    /// is not the encapsulation's.
    pub fn parse(words: &mut Words<'_>) -> Result<Self> {
        let kind = words.next().unwrap_or("");
        match kind {
            "mpls" => mpls(words),
            "ip" => ip_tunnel(words, false).map(|(t, _)| RouteEncap::Ip(t)),
            "ip6" => ip_tunnel(words, true).map(|(_, t)| RouteEncap::Ip6(t)),
            "seg6" => seg6(words),
            // ip names the word after `encap`, or the next one when none is.
            "" => Err(invalid("\"encap type\" value is invalid\n", words.peek().unwrap_or("(null)"))),
            other => Err(invalid("\"encap type\" value is invalid\n", other)),
        }
    }
}

/// `LABEL[/LABEL...] [ttl T]`: ip's `mpls_pton` (20-bit labels).
fn mpls(words: &mut Words<'_>) -> Result<RouteEncap> {
    let stack = words.next().unwrap_or("");
    let bad = || CliError::rejected(format!("Error: mpls address is expected rather than \"{stack}\"."));
    let labels = stack
        .split('/')
        .map(|l| c_number(l).and_then(|n| u32::try_from(n).ok()).filter(|n| *n < 1 << 20))
        .collect::<Option<Vec<u32>>>()
        .filter(|l| !l.is_empty())
        .ok_or_else(bad)?;
    let mut ttl = None;
    if words.peek() == Some("ttl") {
        words.next();
        let v = words.value()?;
        ttl = Some(small(v, "ttl")?);
    }
    Ok(RouteEncap::Mpls { labels, ttl })
}

/// A `u8` in C's bases, refused as ip's `"WHAT" value is invalid`.
fn small(v: &str, what: &str) -> Result<u8> {
    c_number(v)
        .and_then(|n| u8::try_from(n).ok())
        .ok_or_else(|| invalid(&format!("\"{what}\" value is invalid\n"), v))
}

/// `ip` or `ip6`'s words: `id`, `dst`, `src`, `tos`|`tc`, `ttl`|`hoplimit`,
/// `key`, `csum`, `seq`, each once; the tunnel of the family asked for.
fn ip_tunnel(words: &mut Words<'_>, v6: bool) -> Result<(IpTunnel<Ipv4Addr>, IpTunnel<Ipv6Addr>)> {
    let (mut four, mut six) = (IpTunnel::default(), IpTunnel::default());
    let family = if v6 { 10 } else { 2 };
    let (ttl_word, tos_word) = if v6 { ("hoplimit", "tc") } else { ("ttl", "tos") };
    let mut seen: Vec<&str> = Vec::new();
    while let Some(word) = words.peek() {
        let known = ["id", "dst", "src", ttl_word, tos_word, "key", "csum", "seq"].contains(&word);
        if !known {
            break;
        }
        words.next();
        let flag = match word {
            "key" => Some(tunnel_flags::KEY),
            "csum" => Some(tunnel_flags::CSUM),
            "seq" => Some(tunnel_flags::SEQ),
            _ => None,
        };
        let value = if flag.is_some() { word } else { words.value()? };
        if seen.contains(&word) {
            return Err(CliError::usage(format!(
                "Error: either \"{word}\" is duplicate, or \"{value}\" is a garbage."
            )));
        }
        seen.push(word);
        if let Some(bit) = flag {
            four.flags |= bit;
            six.flags |= bit;
            continue;
        }
        match word {
            "id" => {
                let id = c_number(value).ok_or_else(|| invalid("\"id\" value is invalid\n", value))?;
                (four.id, six.id) = (Some(id), Some(id));
            }
            "dst" | "src" => {
                let addr = address(value, family)?;
                let slot4 = if word == "dst" { &mut four.dst } else { &mut four.src };
                if let std::net::IpAddr::V4(a) = addr {
                    *slot4 = Some(a);
                }
                let slot6 = if word == "dst" { &mut six.dst } else { &mut six.src };
                if let std::net::IpAddr::V6(a) = addr {
                    *slot6 = Some(a);
                }
            }
            w if w == ttl_word => {
                let ttl = small(value, w)?;
                (four.ttl, six.ttl) = (Some(ttl), Some(ttl));
            }
            w => {
                // tos: a name of rt_dsfield or a number; tc: a number.
                let tos = match NameFile::DsField.value(value).filter(|_| !v6) {
                    Some(v) => u8::try_from(v).ok(),
                    None => c_number(value).and_then(|n| u8::try_from(n).ok()),
                };
                let tos = tos.ok_or_else(|| invalid(&format!("\"{w}\" value is invalid\n"), value))?;
                (four.tos, six.tos) = (Some(tos), Some(tos));
            }
        }
    }
    Ok((four, six))
}

/// `mode inline|encap|l2encap segs A,B,...`: `segs` only after `mode`.
fn seg6(words: &mut Words<'_>) -> Result<RouteEncap> {
    let mut mode = None;
    let mut segs = Vec::new();
    while let Some(word) = words.peek() {
        match word {
            "mode" => {
                words.next();
                let v = words.value()?;
                mode = Some(match v {
                    "inline" => Seg6Mode::Inline,
                    "encap" => Seg6Mode::Encap,
                    "l2encap" => Seg6Mode::L2Encap,
                    _ => return Err(invalid("\"mode\" value is invalid\n", v)),
                });
            }
            "segs" => {
                words.next();
                let v = words.value()?;
                if mode.is_none() {
                    return Err(invalid("\"segs\" provided before \"mode\"\n", v));
                }
                for seg in v.split(',') {
                    if let std::net::IpAddr::V6(a) = address(seg, 10)? {
                        segs.push(a);
                    }
                }
            }
            _ => break,
        }
    }
    let mode = mode.ok_or_else(|| CliError::usage("Error: seg6 encap needs a mode and segments."))?;
    Ok(RouteEncap::Seg6 { mode, segs })
}
