//! The only module with `unsafe` code: the system calls rustix has no
//! safe function for.
//!
//! - `setsockopt` / `getsockopt` at level `SOL_NETLINK`: rustix 1.x has
//!   typed functions for `SOL_SOCKET`, IP, IPv6, TCP and XDP options
//!   (`rustix::net::sockopt`), but none for netlink options and no generic
//!   one.
//! - `unshare(CLONE_NEWNET)` and `unshare(CLONE_NEWNS)`: rustix offers it
//!   only as the `unsafe` `rustix::thread::unshare_unsafe` (because of
//!   `CLONE_FILES`).
//! - The tun driver's `ioctl`s (`TUNSETIFF`, `TUNSETPERSIST`, `TUNSETOWNER`,
//!   `TUNSETGROUP`): rustix has only the `unsafe` `rustix::ioctl::ioctl`,
//!   which these go through (its own backend makes the call).
//! - `SIOCADDMULTI` / `SIOCDELMULTI` on an ordinary socket: the same
//!   `unsafe` `rustix::ioctl::ioctl`.
//!
//! How: where rustix makes raw system calls itself (its `linux_raw` backend:
//! x86_64, x86, aarch64, arm, riscv64 on Linux), we do too, through the
//! `syscalls` crate, so that the crate links no C library, like rustix. On
//! every other target rustix already uses its `libc` backend and so links the
//! C library anyway; there we call `libc::setsockopt` and friends. Both paths
//! are a handful of lines with the same argument checks; writing our own
//! inline assembly per architecture would be more `unsafe` code, not less.
//!
//! Soundness: every call below passes a pointer and a length taken from the
//! same live Rust reference (`&u32`, `&mut [u32]`), and a file descriptor
//! borrowed for the duration of the call. `unshare` is called with
//! `CLONE_NEWNET` or `CLONE_NEWNS` only, which change the calling thread's
//! network or mount namespace and nothing that Rust code relies on (memory,
//! the file descriptor table).
//! The tun `ioctl`s pass either a pointer to a live, large enough
//! [`Ifreq`] (`TUNSETIFF` reads and writes one `struct ifreq`) or a plain
//! integer (the three others read no memory). `SIOCADDMULTI` and
//! `SIOCDELMULTI` read and write one `struct ifreq` through a pointer to a
//! live [`Ifreq`].
//!
//! - ethtool's `SIOCETHTOOL` `ioctl` (`ETHTOOL_GDRVINFO`, `_GSTRINGS`,
//!   `_GSTATS`: what `ethtool -i` / `-S` read, absent from ethtool's netlink
//!   family): the command's buffer is an [`EthtoolBuf`], a mapping of its
//!   own followed by an inaccessible page, because the kernel sizes the
//!   answers of `_GSTRINGS` and `_GSTATS` by its own count at the time of
//!   the call, not by the caller's: a count that grew meanwhile makes the
//!   kernel meet the guard page (`EFAULT`) instead of writing past the
//!   buffer.
#![allow(unsafe_code)]

use core::mem::size_of;

use rustix::fd::{AsRawFd, BorrowedFd};
use rustix::io::{Errno, Result};
use rustix::ioctl::{opcode, IntegerSetter, Opcode, Updater};

/// `CLONE_NEWNET` from `<linux/sched.h>`.
const CLONE_NEWNET: u32 = 0x4000_0000;
/// `CLONE_NEWNS` from `<linux/sched.h>`: a new mount namespace.
const CLONE_NEWNS: u32 = 0x0002_0000;

/// `IFNAMSIZ` from `<linux/if.h>`: a name and its NUL.
pub(crate) const IFNAMSIZ: usize = 16;

/// `struct ifreq` (`<linux/if.h>`) as the tun driver and the multicast
/// `ioctl`s read it: the name, then `ifr_flags` (a `short`), which is also
/// `ifr_hwaddr.sa_family`, then `ifr_hwaddr.sa_data` at the start of `rest`,
/// padded to the size of the largest member of the union on 64-bit targets
/// (40 bytes in all; 32 on 32-bit ones, so the kernel never reads or
/// writes past it).
#[repr(C)]
pub(crate) struct Ifreq {
    pub(crate) name: [u8; IFNAMSIZ],
    pub(crate) flags: u16,
    rest: [u8; 22],
}

/// The size of `ifr_hwaddr.sa_data`: the longest hardware address an
/// [`Ifreq`] holds.
pub(crate) const SA_DATA_LEN: usize = 14;

impl Ifreq {
    /// A request for `name` (at most 15 bytes, checked by the caller) with
    /// `flags`.
    pub(crate) fn new(name: &[u8], flags: u16) -> Self {
        let mut ifr = Ifreq { name: [0; IFNAMSIZ], flags, rest: [0; 22] };
        let n = name.len().min(IFNAMSIZ - 1);
        if let (Some(dst), Some(src)) = (ifr.name.get_mut(..n), name.get(..n)) {
            dst.copy_from_slice(src);
        }
        ifr
    }

    /// A request for `name` with the hardware address `address` (at most
    /// [`SA_DATA_LEN`] bytes, checked by the caller; `sa_family`
    /// `AF_UNSPEC`), as `SIOCADDMULTI` and `SIOCDELMULTI` read it.
    pub(crate) fn with_hwaddr(name: &[u8], address: &[u8]) -> Self {
        let mut ifr = Ifreq::new(name, 0);
        let n = address.len().min(SA_DATA_LEN);
        if let (Some(dst), Some(src)) = (ifr.rest.get_mut(..n), address.get(..n)) {
            dst.copy_from_slice(src);
        }
        ifr
    }
}

/// `TUNSETIFF`, `TUNSETPERSIST`, `TUNSETOWNER`, `TUNSETGROUP` from
/// `<linux/if_tun.h>`: `_IOW('T', N, int)`.
const TUNSETIFF: Opcode = opcode::write::<i32>(b'T', 202);
const TUNSETPERSIST: Opcode = opcode::write::<i32>(b'T', 203);
const TUNSETOWNER: Opcode = opcode::write::<i32>(b'T', 204);
const TUNSETGROUP: Opcode = opcode::write::<i32>(b'T', 206);

/// `ioctl(fd, TUNSETIFF, &ifr)` on an open `/dev/net/tun`: attaches the
/// file to the device `ifr.name` (created when absent; the kernel writes
/// the name it chose back).
pub(crate) fn tun_set_iff(fd: BorrowedFd<'_>, ifr: &mut Ifreq) -> Result<()> {
    // SAFETY: TUNSETIFF reads and writes one `struct ifreq` through the
    // pointer; `ifr` is a live, exclusive `Ifreq`, at least that large.
    unsafe { rustix::ioctl::ioctl(fd, Updater::<TUNSETIFF, Ifreq>::new(ifr)) }
}

/// `SIOCADDMULTI` and `SIOCDELMULTI` from `<linux/sockios.h>` (plain
/// numbers, not `_IOW` ones).
const SIOCADDMULTI: Opcode = 0x8931;
const SIOCDELMULTI: Opcode = 0x8932;

/// `ioctl(fd, SIOCADDMULTI|SIOCDELMULTI, &ifr)` on any socket of the
/// namespace: the device `ifr.name` joins (`join`) or leaves the link-layer
/// multicast address in `ifr`.
pub(crate) fn link_multicast(fd: BorrowedFd<'_>, join: bool, ifr: &mut Ifreq) -> Result<()> {
    // SAFETY: both read (and the kernel's `sock_do_ioctl` writes back) one
    // `struct ifreq` through the pointer; `ifr` is a live, exclusive
    // `Ifreq`, at least that large.
    unsafe {
        if join {
            rustix::ioctl::ioctl(fd, Updater::<SIOCADDMULTI, Ifreq>::new(ifr))
        } else {
            rustix::ioctl::ioctl(fd, Updater::<SIOCDELMULTI, Ifreq>::new(ifr))
        }
    }
}

/// A tun setting that takes an integer: `ioctl(fd, TUNSET..., value)`.
#[derive(Clone, Copy)]
pub(crate) enum TunSetting {
    /// `TUNSETPERSIST`: 1 keeps the device when the file closes.
    Persist,
    /// `TUNSETOWNER`: the user allowed to attach.
    Owner,
    /// `TUNSETGROUP`: the group allowed to attach.
    Group,
}

/// `ioctl(fd, TUNSETPERSIST|TUNSETOWNER|TUNSETGROUP, value)` on a file
/// attached with [`tun_set_iff`].
pub(crate) fn tun_set(fd: BorrowedFd<'_>, setting: TunSetting, value: u32) -> Result<()> {
    let value = value as usize;
    // SAFETY: the three take their argument as an integer (the kernel reads
    // no memory through it), any value of which is valid.
    unsafe {
        match setting {
            TunSetting::Persist => rustix::ioctl::ioctl(fd, IntegerSetter::<TUNSETPERSIST>::new_usize(value)),
            TunSetting::Owner => rustix::ioctl::ioctl(fd, IntegerSetter::<TUNSETOWNER>::new_usize(value)),
            TunSetting::Group => rustix::ioctl::ioctl(fd, IntegerSetter::<TUNSETGROUP>::new_usize(value)),
        }
    }
}

/// `setsockopt(fd, level, name, &value, 4)` for the `int`-sized options.
pub(crate) fn set_u32(fd: BorrowedFd<'_>, level: u32, name: u32, value: u32) -> Result<()> {
    let ptr: *const u32 = &value;
    // SAFETY: `ptr` points to `value`, a live `u32` of exactly the length
    // passed; the kernel only reads from it. `fd` is a borrowed, open
    // descriptor for the duration of the call.
    unsafe { imp::setsockopt(fd.as_raw_fd(), level, name, ptr.cast(), size_of::<u32>() as u32) }
}

/// `getsockopt(fd, level, name, out, &len)` into a `u32` array; returns the
/// length in bytes the kernel reported (which may exceed `out`).
pub(crate) fn get_u32s(fd: BorrowedFd<'_>, level: u32, name: u32, out: &mut [u32]) -> Result<usize> {
    let bytes = out.len().checked_mul(size_of::<u32>()).ok_or(Errno::INVAL)?;
    let mut len = u32::try_from(bytes).map_err(|_| Errno::INVAL)?;
    let ptr: *mut u32 = out.as_mut_ptr();
    let len_ptr: *mut u32 = &mut len;
    // SAFETY: `ptr` points to `out`, a live mutable slice of `len` bytes; the
    // kernel writes at most `len` bytes there and stores the real length
    // through `len_ptr`, a live `u32` (`socklen_t`). `fd` is borrowed for the
    // duration of the call.
    unsafe { imp::getsockopt(fd.as_raw_fd(), level, name, ptr.cast(), len_ptr)? };
    Ok(len as usize)
}

/// `getsockopt` for one `int`-sized option.
pub(crate) fn get_u32(fd: BorrowedFd<'_>, level: u32, name: u32) -> Result<u32> {
    let mut v = 0u32;
    get_u32s(fd, level, name, core::slice::from_mut(&mut v))?;
    Ok(v)
}

/// `unshare(CLONE_NEWNET)`: moves the calling thread into a new, empty
/// network namespace.
pub(crate) fn unshare_net() -> Result<()> {
    // SAFETY: only CLONE_NEWNET: no memory, no file descriptor table and no
    // other per-thread state that Rust code relies on changes.
    unsafe { imp::unshare(CLONE_NEWNET) }
}

/// `unshare(CLONE_NEWNS)`: gives the calling thread a mount namespace of
/// its own, a copy of the one it was in. The kernel refuses it (`EINVAL`)
/// in a process with more than one thread.
pub(crate) fn unshare_mounts() -> Result<()> {
    // SAFETY: CLONE_NEWNS (which implies CLONE_FS: the thread's root,
    // working directory and umask are no longer shared) changes no memory
    // and no file descriptor table; mounts are outside Rust's model.
    unsafe { imp::unshare(CLONE_NEWNS) }
}

/// Raw system calls, where rustix makes raw system calls itself.
#[cfg(all(
    target_os = "linux",
    not(rustix_use_libc),
    not(miri),
    target_endian = "little",
    any(
        all(target_arch = "x86_64", target_pointer_width = "64"),
        target_arch = "x86",
        all(target_arch = "aarch64", target_pointer_width = "64"),
        target_arch = "arm",
        target_arch = "riscv64"
    )
))]
mod imp {
    use rustix::io::{Errno, Result};
    use syscalls::{syscall1, syscall5, Sysno};

    fn errno(e: syscalls::Errno) -> Errno {
        Errno::from_raw_os_error(e.into_raw())
    }

    /// # Safety
    /// `value` must be valid for reads of `len` bytes.
    pub(super) unsafe fn setsockopt(
        fd: i32,
        level: u32,
        name: u32,
        value: *const u8,
        len: u32,
    ) -> Result<()> {
        // SAFETY: the caller's contract; the integer arguments are passed as
        // the kernel ABI wants them (zero-extended registers).
        unsafe {
            syscall5(
                Sysno::setsockopt,
                fd as usize,
                level as usize,
                name as usize,
                value as usize,
                len as usize,
            )
        }
        .map(drop)
        .map_err(errno)
    }

    /// # Safety
    /// `value` must be valid for writes of `*len` bytes, `len` for a read and
    /// a write of a `u32`.
    pub(super) unsafe fn getsockopt(
        fd: i32,
        level: u32,
        name: u32,
        value: *mut u8,
        len: *mut u32,
    ) -> Result<()> {
        // SAFETY: the caller's contract.
        unsafe {
            syscall5(
                Sysno::getsockopt,
                fd as usize,
                level as usize,
                name as usize,
                value as usize,
                len as usize,
            )
        }
        .map(drop)
        .map_err(errno)
    }

    /// # Safety
    /// `flags` must not unshare state that Rust code relies on.
    pub(super) unsafe fn unshare(flags: u32) -> Result<()> {
        // SAFETY: the caller's contract.
        unsafe { syscall1(Sysno::unshare, flags as usize) }.map(drop).map_err(errno)
    }
}

/// The C library, where rustix links it anyway.
#[cfg(not(all(
    target_os = "linux",
    not(rustix_use_libc),
    not(miri),
    target_endian = "little",
    any(
        all(target_arch = "x86_64", target_pointer_width = "64"),
        target_arch = "x86",
        all(target_arch = "aarch64", target_pointer_width = "64"),
        target_arch = "arm",
        target_arch = "riscv64"
    )
)))]
mod imp {
    use rustix::io::{Errno, Result};

    fn check(ret: libc::c_int) -> Result<()> {
        if ret == 0 {
            Ok(())
        } else {
            // SAFETY: `__errno_location` returns the calling thread's errno,
            // valid for reads; read right after the failed call.
            Err(Errno::from_raw_os_error(unsafe { *libc::__errno_location() }))
        }
    }

    /// # Safety
    /// `value` must be valid for reads of `len` bytes.
    pub(super) unsafe fn setsockopt(
        fd: i32,
        level: u32,
        name: u32,
        value: *const u8,
        len: u32,
    ) -> Result<()> {
        // SAFETY: the caller's contract.
        check(unsafe { libc::setsockopt(fd, level as i32, name as i32, value.cast(), len) })
    }

    /// # Safety
    /// `value` must be valid for writes of `*len` bytes, `len` for a read and
    /// a write of a `u32`.
    pub(super) unsafe fn getsockopt(
        fd: i32,
        level: u32,
        name: u32,
        value: *mut u8,
        len: *mut u32,
    ) -> Result<()> {
        // SAFETY: the caller's contract.
        check(unsafe { libc::getsockopt(fd, level as i32, name as i32, value.cast(), len) })
    }

    /// # Safety
    /// `flags` must not unshare state that Rust code relies on.
    pub(super) unsafe fn unshare(flags: u32) -> Result<()> {
        // SAFETY: the caller's contract.
        check(unsafe { libc::unshare(flags as i32) })
    }
}

/// `SIOCETHTOOL` from `<linux/sockios.h>`.
const SIOCETHTOOL: Opcode = 0x8946;

/// `struct ifreq` as `SIOCETHTOOL` reads it: the name, then `ifr_data`, the
/// address of the command's buffer, padded as [`Ifreq`] is (the kernel
/// copies a whole `struct ifreq` in and out).
#[repr(C)]
struct IfreqData {
    name: [u8; IFNAMSIZ],
    data: *mut core::ffi::c_void,
    rest: [u8; 24],
}

/// The buffer of one ethtool command: `len` bytes, zeroed, in a mapping of
/// its own whose next page is inaccessible (see the module's notes).
pub(crate) struct EthtoolBuf {
    ptr: *mut core::ffi::c_void,
    len: usize,
    mapped: usize,
}

impl EthtoolBuf {
    /// A zeroed buffer of `len` bytes (at least one page is mapped, plus the guard).
    pub(crate) fn new(len: usize) -> Result<Self> {
        use rustix::mm::{mmap_anonymous, mprotect, MapFlags, MprotectFlags, ProtFlags};
        let page = rustix::param::page_size();
        let usable = len.max(1).checked_next_multiple_of(page).ok_or(Errno::NOMEM)?;
        let mapped = usable.checked_add(page).ok_or(Errno::NOMEM)?;
        // SAFETY: a new private anonymous mapping at an address the kernel
        // picks: no memory Rust knows of is touched.
        let ptr = unsafe {
            mmap_anonymous(
                core::ptr::null_mut(),
                mapped,
                ProtFlags::READ | ProtFlags::WRITE,
                MapFlags::PRIVATE,
            )
        }?;
        let buf = EthtoolBuf { ptr, len, mapped };
        // SAFETY: the last page of the mapping just made, owned by `buf`
        // and never lent out (`bytes` stops before it).
        unsafe { mprotect(ptr.cast::<u8>().add(usable).cast(), page, MprotectFlags::empty()) }?;
        Ok(buf)
    }

    /// The buffer's bytes.
    pub(crate) fn bytes(&self) -> &[u8] {
        // SAFETY: `len` bytes from `ptr` are mapped readable and writable
        // (zeroed by the kernel, so initialised) for `self`'s life, and
        // written through `&mut self` only.
        unsafe { core::slice::from_raw_parts(self.ptr.cast::<u8>(), self.len) }
    }

    /// The buffer's bytes, to write the command into.
    pub(crate) fn bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: as in `bytes`, and `&mut self` makes this the only borrow.
        unsafe { core::slice::from_raw_parts_mut(self.ptr.cast::<u8>(), self.len) }
    }
}

impl Drop for EthtoolBuf {
    fn drop(&mut self) {
        // SAFETY: the whole mapping `new` made, no longer borrowed (`&mut self`).
        let _ = unsafe { rustix::mm::munmap(self.ptr, self.mapped) };
    }
}

/// `ioctl(fd, SIOCETHTOOL, &ifr)`: runs the ethtool command that `buf`
/// starts with (its `cmd` word) on the device `name` (at most 15 bytes,
/// checked by the caller), which reads and writes `buf`.
pub(crate) fn ethtool(fd: BorrowedFd<'_>, name: &[u8], buf: &mut EthtoolBuf) -> Result<()> {
    let mut ifr = IfreqData { name: [0; IFNAMSIZ], data: buf.ptr, rest: [0; 24] };
    let n = name.len().min(IFNAMSIZ - 1);
    if let (Some(dst), Some(src)) = (ifr.name.get_mut(..n), name.get(..n)) {
        dst.copy_from_slice(src);
    }
    // SAFETY: the kernel reads and writes one `struct ifreq` through the
    // pointer (`ifr` is a live, exclusive one, large enough: see the test
    // `ifreq_holds_the_kernels`), then reads and writes the command's
    // buffer at `ifr_data`: `buf`'s mapping, exclusively borrowed for the
    // call, where a write past its end meets the guard page and fails.
    unsafe { rustix::ioctl::ioctl(fd, Updater::<SIOCETHTOOL, IfreqData>::new(&mut ifr)) }
}

#[cfg(test)]
mod tests {
    #[test]
    fn clone_newnet_matches_the_header() {
        assert_eq!(super::CLONE_NEWNET, linux_raw_sys::general::CLONE_NEWNET);
        assert_eq!(super::CLONE_NEWNS, linux_raw_sys::general::CLONE_NEWNS);
    }

    #[test]
    fn tun_ioctls_match_the_header() {
        use linux_raw_sys::ioctl;
        assert_eq!(super::TUNSETIFF as u64, u64::from(ioctl::TUNSETIFF));
        assert_eq!(super::TUNSETPERSIST as u64, u64::from(ioctl::TUNSETPERSIST));
        assert_eq!(super::TUNSETOWNER as u64, u64::from(ioctl::TUNSETOWNER));
        assert_eq!(super::TUNSETGROUP as u64, u64::from(ioctl::TUNSETGROUP));
    }

    /// `ifr_data` is where the kernel reads it, and the request as large as
    /// the tun one.
    #[test]
    fn ethtool_ifreq_holds_the_kernels() {
        use core::mem::{offset_of, size_of};
        use linux_raw_sys::net;
        assert_eq!(offset_of!(super::IfreqData, data), offset_of!(net::ifreq, ifr_ifru));
        assert!(size_of::<super::IfreqData>() >= size_of::<super::Ifreq>());
    }

    #[test]
    fn a_write_past_an_ethtool_buffer_meets_the_guard() {
        let mut buf = super::EthtoolBuf::new(100).unwrap();
        assert_eq!(buf.bytes(), [0; 100]);
        buf.bytes_mut()[99] = 7;
        assert_eq!(buf.bytes()[99], 7);
        // The page after the usable one is mapped without access
        // (`---p` in /proc/self/maps): the kernel's copy_to_user stops there.
        let guard = buf.ptr as usize + rustix::param::page_size();
        let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
        let line = maps
            .lines()
            .find(|l| l.split('-').next().and_then(|a| usize::from_str_radix(a, 16).ok()) == Some(guard))
            .unwrap_or_else(|| panic!("no mapping starts at {guard:x}"));
        assert_eq!(line.split_whitespace().nth(1), Some("---p"), "{line}");
    }

    #[test]
    fn multicast_ioctls_match_the_header() {
        use linux_raw_sys::ioctl;
        assert_eq!(super::SIOCADDMULTI as u64, u64::from(ioctl::SIOCADDMULTI));
        assert_eq!(super::SIOCDELMULTI as u64, u64::from(ioctl::SIOCDELMULTI));
    }

    /// The kernel copies a whole `struct ifreq` in and out: ours must be at
    /// least as large (its union's largest member is `struct ifmap`; the
    /// others are a 16-byte `struct sockaddr`, which linux-raw-sys declares
    /// as a `sockaddr_storage`, a name, a pointer, `int`s), with the flags
    /// where the kernel reads them.
    #[test]
    fn ifreq_holds_the_kernels() {
        use core::mem::{offset_of, size_of};
        use linux_raw_sys::net;
        let union_size = size_of::<net::ifmap>().max(16).max(net::IFNAMSIZ as usize);
        assert!(size_of::<super::Ifreq>() >= super::IFNAMSIZ + union_size);
        assert_eq!(offset_of!(super::Ifreq, flags), offset_of!(net::ifreq, ifr_ifru));
        assert_eq!(super::IFNAMSIZ, net::IFNAMSIZ as usize);
    }

    /// The hardware address where the kernel reads `ifr_hwaddr`: a
    /// `sockaddr`'s family where the flags are, its data right after
    /// (linux-raw-sys declares `struct sockaddr` as a `sockaddr_storage`,
    /// whose family and data sit where `sa_family` and `sa_data` do).
    #[test]
    fn ifreq_holds_a_hardware_address_where_the_kernel_reads_it() {
        use core::mem::offset_of;
        use linux_raw_sys::net;
        let ifr = super::Ifreq::with_hwaddr(b"v0", &[1, 0, 0x5e, 1, 2, 3]);
        type Storage = net::__kernel_sockaddr_storage__bindgen_ty_1__bindgen_ty_1;
        let family_at = offset_of!(net::ifreq, ifr_ifru) + offset_of!(Storage, ss_family);
        let data_at = offset_of!(net::ifreq, ifr_ifru) + offset_of!(Storage, __data);
        assert_eq!(offset_of!(super::Ifreq, flags), family_at);
        assert_eq!(offset_of!(super::Ifreq, rest), data_at);
        assert_eq!(ifr.flags, 0);
        assert_eq!(&ifr.rest[..7], &[1, 0, 0x5e, 1, 2, 3, 0]);
        assert_eq!(&ifr.name[..3], b"v0\0");
    }
}
