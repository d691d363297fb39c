//! Network namespaces: sockets opened inside one, and named namespaces
//! created, listed and removed as `ip netns add` / `list` / `del` do.
//!
//! A socket belongs to the namespace it was created in, for its whole life.
//! [`Socket::open_in_netns`] moves the calling thread into the namespace
//! (`setns`), creates the socket, and moves the thread back, on every path,
//! errors included; everything else (options, bind) happens back home. If
//! moving back fails, the process is ended on the spot (see
//! [`Socket::open_in_netns`]).
//!
//! Named namespaces are bind mounts of a namespace file onto
//! `/run/netns/NAME`, the convention of iproute2, so `ip netns` and this
//! module see the same namespaces. [`create`] makes the namespace in a
//! throwaway thread (with the `std` feature), so the caller's thread is
//! never moved; [`create_in_this_thread`] moves it there and back instead,
//! starting no thread.
//!
//! ```no_run
//! use nlwire_rustix::{netns, Netns, Options, Protocol, Socket};
//! netns::create("blue")?;
//! let sock = Socket::open_in_netns(Netns::Name("blue"), Protocol::Route, &Options::new())?;
//! let mut buf = [core::mem::MaybeUninit::uninit(); 1024];
//! let mut names = netns::list(&mut buf)?;
//! while let Some(name) = names.next() {
//!     println!("{}", name?);
//! }
//! drop(sock);
//! netns::delete("blue")?;
//! # Ok::<(), nlwire_rustix::Error>(())
//! ```
//!
//! # References
//!  - [setns(2)](https://man7.org/linux/man-pages/man2/setns.2.html)
//!  - [unshare(2)](https://man7.org/linux/man-pages/man2/unshare.2.html)
//!  - [network_namespaces(7)](https://man7.org/linux/man-pages/man7/network_namespaces.7.html)
//!  - [ip-netns(8)](https://man7.org/linux/man-pages/man8/ip-netns.8.html)

use core::ffi::CStr;
use core::mem::MaybeUninit;

use rustix::fd::{AsFd, BorrowedFd, OwnedFd};
use rustix::fs::StatVfsMountFlags;
use rustix::fs::{Mode, OFlags, RawDir};
use rustix::io::Errno;
use rustix::mount::{MountFlags, MountPropagationFlags, UnmountFlags};
use rustix::thread::LinkNameSpaceType;

use crate::error::{Context, Error, Result};
use crate::options::Options;
use crate::socket::{raw_socket, Protocol, Socket};
use crate::sys;

/// Where named namespaces live: `/run/netns`, as for iproute2.
pub const RUN_DIR: &str = "/run/netns";

const RUN_DIR_C: &CStr = c"/run/netns";
const RUN_C: &CStr = c"/run";
/// The calling thread's own network namespace.
const THREAD_NS: &CStr = c"/proc/thread-self/ns/net";
/// `NAME_MAX`: the longest name.
const NAME_MAX: usize = 255;
/// `/run/netns/` + name + NUL.
const PATH_CAP: usize = RUN_DIR.len() + 1 + NAME_MAX + 1;
/// `/etc/netns/` + name + `/` + file name + NUL.
const ETC_PATH_CAP: usize = ETC_DIR.len() + 1 + NAME_MAX + 1 + NAME_MAX + 1;

/// A network namespace to open a socket in.
#[derive(Debug, Clone, Copy)]
pub enum Netns<'a> {
    /// A named namespace: `/run/netns/NAME`, as `ip netns add NAME` made it.
    Name(&'a str),
    /// A namespace file: `/proc/PID/ns/net`, `/proc/PID/task/TID/ns/net`, or
    /// a bind mount of one.
    Path(&'a CStr),
    /// An open namespace file, e.g. from [`open`]. The fastest form: no
    /// path lookup.
    Fd(BorrowedFd<'a>),
}

/// Checks a namespace name as `ip netns` does: not empty, not `.` or `..`,
/// no `/` (and no NUL), at most 255 bytes.
pub fn validate_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= NAME_MAX
        && name != "."
        && name != ".."
        && !name.bytes().any(|b| b == b'/' || b == 0);
    if ok {
        Ok(())
    } else {
        Err(Error::InvalidNetnsName)
    }
}

/// A path joined from parts, NUL-terminated, on the stack: `N` bytes hold
/// the path and its NUL.
struct StackPath<const N: usize> {
    buf: [u8; N],
}

impl<const N: usize> StackPath<N> {
    /// The parts joined; `None` when they are too long or hold a NUL.
    fn join(parts: &[&[u8]]) -> Option<Self> {
        let mut buf = [0u8; N];
        let mut at = 0;
        for part in parts {
            let end = at + part.len();
            buf.get_mut(at..end)?.copy_from_slice(part);
            at = end;
        }
        let room_for_nul = at < N;
        (room_for_nul && !buf.get(..at)?.contains(&0)).then_some(StackPath { buf })
    }

    fn as_cstr(&self) -> &CStr {
        // `join` left a NUL after the parts and none inside them.
        CStr::from_bytes_until_nul(&self.buf).unwrap_or(c"")
    }
}

/// `/run/netns/NAME` as a C string, on the stack.
struct NamePath(StackPath<PATH_CAP>);

impl NamePath {
    fn new(name: &str) -> Result<Self> {
        validate_name(name)?;
        StackPath::join(&[RUN_DIR.as_bytes(), b"/", name.as_bytes()])
            .map(NamePath)
            .ok_or(Error::InvalidNetnsName)
    }

    fn as_cstr(&self) -> &CStr {
        self.0.as_cstr()
    }
}

/// The calling thread's network namespace, as an open file
/// (`/proc/thread-self/ns/net`).
pub fn current() -> Result<OwnedFd> {
    rustix::fs::open(THREAD_NS, OFlags::RDONLY | OFlags::CLOEXEC, Mode::empty())
        .call("open(/proc/thread-self/ns/net)")
}

/// Opens a namespace file: for [`Netns::Name`] and [`Netns::Path`] the file
/// (a missing one is [`Error::NetnsNotFound`]), for [`Netns::Fd`] a
/// duplicate. Keep it to open sockets later without a path lookup
/// ([`Netns::Fd`]), or to pin the namespace. Whether the file is a network
/// namespace is checked when it is entered.
pub fn open(netns: Netns<'_>) -> Result<OwnedFd> {
    match netns {
        Netns::Name(name) => open_ns_file(NamePath::new(name)?.as_cstr()),
        Netns::Path(path) => open_ns_file(path),
        Netns::Fd(fd) => rustix::io::fcntl_dupfd_cloexec(fd, 0).call("fcntl(F_DUPFD_CLOEXEC)"),
    }
}

fn open_ns_file(path: &CStr) -> Result<OwnedFd> {
    match rustix::fs::open(path, OFlags::RDONLY | OFlags::CLOEXEC, Mode::empty()) {
        Ok(fd) => Ok(fd),
        Err(Errno::NOENT) => Err(Error::NetnsNotFound),
        Err(e) => Err(Error::sys("open", e)),
    }
}

/// The calling thread while it is inside another network namespace; moves
/// it back when dropped, or ends the process if it cannot.
struct Visit {
    home: OwnedFd,
}

impl Visit {
    /// Moves the calling thread into `target`. On error the thread has not
    /// moved.
    fn enter(target: BorrowedFd<'_>) -> Result<Visit> {
        let home = current()?;
        match rustix::thread::move_into_link_name_space(target, Some(LinkNameSpaceType::Network)) {
            Ok(()) => Ok(Visit { home }),
            Err(Errno::INVAL) => Err(Error::NotANetns),
            Err(e) => Err(Error::sys("setns", e)),
        }
    }

    /// For a thread that moved itself with `unshare`.
    fn already_left(home: OwnedFd) -> Visit {
        Visit { home }
    }
}

impl Drop for Visit {
    fn drop(&mut self) {
        if let Err(e) =
            rustix::thread::move_into_link_name_space(self.home.as_fd(), Some(LinkNameSpaceType::Network))
        {
            cannot_return(e);
        }
    }
}

/// The thread is stuck in a foreign namespace: end the process before it
/// runs any more of the caller's code. See [`Socket::open_in_netns`].
#[cold]
#[inline(never)]
fn cannot_return(errno: Errno) -> ! {
    #[cfg(feature = "std")]
    {
        // Not `eprintln!`, which panics if stderr is gone: a panic could be
        // caught, and the caller's code would run on in the wrong namespace.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "nlwire-rustix: cannot move the thread back to its network namespace (setns: {errno}); aborting"
        );
        std::process::abort()
    }
    #[cfg(not(feature = "std"))]
    {
        let _ = errno;
        loop {
            // SIGKILL cannot be caught or ignored; the kernel ends every
            // thread of the process before this call returns to user space.
            let _ = rustix::process::kill_process(rustix::process::getpid(), rustix::process::Signal::KILL);
        }
    }
}

impl Socket {
    /// Opens a socket of `protocol` inside the network namespace `netns`.
    ///
    /// The calling thread is moved into the namespace (`setns`), the socket
    /// is created, and the thread is moved back to the namespace it was in;
    /// then the options are set and the socket bound. The caller's thread is
    /// back home on every path, errors included: a missing namespace is
    /// [`Error::NetnsNotFound`] (namespaces are never created here), a file
    /// that is not a network namespace [`Error::NotANetns`], both without the
    /// thread having moved.
    ///
    /// If moving back fails (it cannot in practice: the thread was in that
    /// namespace a moment before), the process is ended at once, with
    /// `std::process::abort` under `std` and `SIGKILL` without: a thread left
    /// in the wrong namespace would silently configure the wrong network.
    ///
    /// Needs `CAP_SYS_ADMIN` (over both namespaces). Costs two `open`s (one
    /// for [`Netns::Fd`]), two `setns` and the socket's own system calls.
    ///
    /// ```no_run
    /// use nlwire_rustix::{Netns, Options, Protocol, Socket};
    /// let sock = Socket::open_in_netns(Netns::Name("blue"), Protocol::Route, &Options::new())?;
    /// let by_pid = Socket::open_in_netns(Netns::Path(c"/proc/1/ns/net"), Protocol::Route, &Options::new())?;
    /// # Ok::<(), nlwire_rustix::Error>(())
    /// ```
    ///
    /// # References
    ///  - [setns(2)](https://man7.org/linux/man-pages/man2/setns.2.html)
    #[doc(alias = "setns")]
    #[doc(alias = "netns")]
    pub fn open_in_netns(netns: Netns<'_>, protocol: Protocol, options: &Options) -> Result<Socket> {
        let fd = run_in(netns, || raw_socket(protocol, options))??;
        Socket::setup(fd, protocol, options)
    }
}

/// Runs `f` with the calling thread inside the network namespace `netns`,
/// and moves the thread back, as [`Socket::open_in_netns`] does around
/// `socket()` (with the same errors, and the same end of the process if the
/// thread cannot move back). What `f` opens there (a socket, `/dev/net/tun`,
/// `/proc/thread-self/net/...`) belongs to that namespace.
///
/// ```no_run
/// let igmp = nlwire_rustix::netns::run_in(nlwire_rustix::Netns::Name("blue"), || {
///     std::fs::read_to_string("/proc/thread-self/net/igmp")
/// })??;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "setns")]
pub fn run_in<T>(netns: Netns<'_>, f: impl FnOnce() -> T) -> Result<T> {
    let owned;
    let target = match netns {
        Netns::Fd(fd) => fd,
        other => {
            owned = open(other)?;
            owned.as_fd()
        }
    };
    let _visit = Visit::enter(target)?;
    Ok(f())
    // `_visit` moves the thread back here.
}

/// Creates the named namespace `name`, as `ip netns add NAME`: a new, empty
/// network namespace (only `lo`, down) bound to `/run/netns/NAME`.
///
/// Creates `/run/netns` (mode 0755) if needed and makes it a shared mount
/// (bind-mounting it onto itself first if it is not a mount point), so that
/// the namespace is visible in other mount namespaces; then an empty file
/// `/run/netns/NAME`. With the `std` feature the namespace is made by a
/// throwaway thread (`unshare(CLONE_NEWNET)` and a bind mount of its
/// `/proc/thread-self/ns/net` onto the file), so the caller's thread never
/// moves; without `std` the calling thread does it and moves back (see
/// [`Socket::open_in_netns`] for what happens if it cannot).
///
/// Errors: [`Error::InvalidNetnsName`], [`Error::NetnsExists`], or the failed
/// system call; on error nothing is left behind. Needs `CAP_SYS_ADMIN`.
///
/// # References
///  - [ip-netns(8)](https://man7.org/linux/man-pages/man8/ip-netns.8.html)
///  - [unshare(2)](https://man7.org/linux/man-pages/man2/unshare.2.html)
#[doc(alias = "ip netns add")]
#[doc(alias = "unshare")]
pub fn create(name: &str) -> Result<()> {
    #[cfg(feature = "std")]
    {
        create_with(name, in_new_netns_thread)
    }
    #[cfg(not(feature = "std"))]
    {
        create_with(name, in_new_netns_here)
    }
}

/// [`create`] made by the calling thread, even with `std`: it leaves for the
/// new namespace (`unshare`) and moves back (`setns`), as without `std`, so
/// no thread is started and a program that uses no other thread links none
/// of std's thread machinery (about 20 KB of a static binary). If moving
/// back fails, the process ends, as in [`Socket::open_in_netns`].
///
/// ```no_run
/// nlwire_rustix::netns::create_in_this_thread("blue")?;
/// # Ok::<(), nlwire_rustix::Error>(())
/// ```
#[doc(alias = "ip netns add")]
pub fn create_in_this_thread(name: &str) -> Result<()> {
    create_with(name, in_new_netns_here)
}

/// [`create`], the namespace made by `in_new_netns`.
fn create_with(
    name: &str,
    in_new_netns: impl FnOnce(&(dyn Fn() -> Result<()> + Sync)) -> Result<()>,
) -> Result<()> {
    let path = new_name_file(name)?;
    let bound = in_new_netns(&|| rustix::mount::mount_bind(THREAD_NS, path.as_cstr()).call("mount(MS_BIND)"));
    if bound.is_err() {
        let _ = rustix::mount::unmount(path.as_cstr(), UnmountFlags::DETACH);
        let _ = rustix::fs::unlink(path.as_cstr());
    }
    bound
}

/// Names the namespace whose file is `netns_file` (`/proc/PID/ns/net`, say)
/// `name`, as `ip netns attach NAME PID`: `/run/netns/NAME`, made as
/// [`create`] makes it, and the file bound onto it.
///
/// Errors: [`Error::InvalidNetnsName`], [`Error::NetnsExists`], or the failed
/// system call (`mount(MS_BIND)` when `netns_file` is missing); on error
/// nothing is left behind. Needs `CAP_SYS_ADMIN`.
///
/// ```no_run
/// nlwire_rustix::netns::attach("container", c"/proc/4242/ns/net")?;
/// # Ok::<(), nlwire_rustix::Error>(())
/// ```
#[doc(alias = "ip netns attach")]
pub fn attach(name: &str, netns_file: &CStr) -> Result<()> {
    let path = new_name_file(name)?;
    let bound = rustix::mount::mount_bind(netns_file, path.as_cstr()).call("mount(MS_BIND)");
    if bound.is_err() {
        let _ = rustix::fs::unlink(path.as_cstr());
    }
    bound
}

/// `/run/netns/NAME`, a new empty file, with `/run/netns` prepared.
fn new_name_file(name: &str) -> Result<NamePath> {
    let path = NamePath::new(name)?;
    prepare_run_dir()?;
    let flags = OFlags::RDONLY | OFlags::CREATE | OFlags::EXCL | OFlags::CLOEXEC;
    match rustix::fs::open(path.as_cstr(), flags, Mode::empty()) {
        Ok(_file) => Ok(path),
        Err(Errno::EXIST) => Err(Error::NetnsExists),
        Err(e) => Err(Error::sys("open(O_CREAT)", e)),
    }
}

/// `mkdir -p /run/netns` and `mount --make-shared /run/netns`, as iproute2.
fn prepare_run_dir() -> Result<()> {
    for dir in [RUN_C, RUN_DIR_C] {
        match rustix::fs::mkdir(dir, Mode::from_raw_mode(0o755)) {
            Ok(()) | Err(Errno::EXIST) => {}
            Err(e) => return Err(Error::sys("mkdir", e)),
        }
    }
    let mut made_mount_point = false;
    loop {
        match rustix::mount::mount_change(
            RUN_DIR_C,
            MountPropagationFlags::SHARED | MountPropagationFlags::REC,
        ) {
            Ok(()) => return Ok(()),
            // Not a mount point yet: make it one, once.
            Err(Errno::INVAL) if !made_mount_point => {
                rustix::mount::mount_bind_recursive(RUN_DIR_C, RUN_DIR_C)
                    .call("mount(MS_BIND, /run/netns)")?;
                made_mount_point = true;
            }
            Err(e) => return Err(Error::sys("mount(MS_SHARED, /run/netns)", e)),
        }
    }
}

/// Runs `f` in a thread that has just left for a new network namespace.
#[cfg(feature = "std")]
fn in_new_netns_thread(f: &(dyn Fn() -> Result<()> + Sync)) -> Result<()> {
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .spawn_scoped(scope, || {
                sys::unshare_net().call("unshare(CLONE_NEWNET)")?;
                f()
                // The thread ends here; the namespace lives on if `f` bound it.
            })
            .map_err(|e| Error::sys("clone", Errno::from_io_error(&e).unwrap_or(Errno::AGAIN)))?;
        // `f` does not panic; if it did, report it rather than propagate.
        worker.join().unwrap_or(Err(Error::sys("clone", Errno::FAULT)))
    })
}

/// Runs `f` in the calling thread moved to a new network namespace, and
/// moves it back.
fn in_new_netns_here(f: &(dyn Fn() -> Result<()> + Sync)) -> Result<()> {
    let home = current()?;
    sys::unshare_net().call("unshare(CLONE_NEWNET)")?;
    let _visit = Visit::already_left(home);
    f()
}

/// Removes the named namespace `name`, as `ip netns del NAME`: detaches the
/// bind mount (`umount2(MNT_DETACH)`) and removes `/run/netns/NAME`. The
/// namespace itself lives on while a process or socket still uses it.
///
/// Errors: [`Error::InvalidNetnsName`], [`Error::NetnsNotFound`], or the
/// failed system call.
///
/// # References
///  - [umount(2)](https://man7.org/linux/man-pages/man2/umount.2.html)
#[doc(alias = "ip netns del")]
#[doc(alias = "umount2")]
pub fn delete(name: &str) -> Result<()> {
    let path = NamePath::new(name)?;
    // Like iproute2, ignore the unmount's error (a stale file is not mounted)
    // and let the unlink tell.
    let _ = rustix::mount::unmount(path.as_cstr(), UnmountFlags::DETACH);
    match rustix::fs::unlink(path.as_cstr()) {
        Ok(()) => Ok(()),
        Err(Errno::NOENT) => Err(Error::NetnsNotFound),
        Err(e) => Err(Error::sys("unlink", e)),
    }
}

/// Where [`switch`] finds the files a namespace's programs see in place of
/// `/etc`'s: `/etc/netns/NAME/FILE` is bound over `/etc/FILE`, as for
/// iproute2.
pub const ETC_DIR: &str = "/etc/netns";

/// The step of [`switch`] that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SwitchStep {
    /// Opening `/run/netns/NAME`.
    Open,
    /// Entering the namespace (`setns`).
    Enter,
    /// Leaving the shared mount namespace (`unshare(CLONE_NEWNS)`).
    UnshareMounts,
    /// Keeping mounts from propagating back (`mount --make-rslave /`).
    MakeSlave,
    /// Mounting the namespace's own `/sys`.
    MountSys,
}

/// Moves the calling process into the named namespace for good, as `ip
/// netns exec NAME` does before it runs a program there: the network
/// namespace (`setns`), a mount namespace of its own whose mounts do not
/// propagate back, a `/sys` that shows the namespace's devices (mounted
/// read-only when the `/sys` it shadows is read-only and cannot be
/// unmounted), and each `/etc/netns/NAME/FILE` bound over `/etc/FILE`.
///
/// A bind that fails is reported to `bind_failed` (from, to, error) and the
/// others go on, as iproute2 does; any other failure ends the switch with
/// the step that failed. There is no way back: run it in a process that
/// is about to `exec` (see `nlw netns exec`). The process must have one
/// thread (the kernel refuses a mount namespace to one of several).
///
/// ```no_run
/// use std::os::unix::process::CommandExt;
/// nlwire_rustix::netns::switch("blue", |from, to, e| eprintln!("Bind {from:?} -> {to:?} failed: {e}"))
///     .map_err(|(step, e)| std::io::Error::other(format!("{step:?}: {e}")))?;
/// return Err(std::process::Command::new("ping").arg("192.0.2.1").exec().into());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # References
///  - [ip-netns(8)](https://man7.org/linux/man-pages/man8/ip-netns.8.html)
///  - [mount_namespaces(7)](https://man7.org/linux/man-pages/man7/mount_namespaces.7.html)
#[doc(alias = "ip netns exec")]
pub fn switch(name: &str, bind_failed: impl FnMut(&CStr, &CStr, Errno)) -> Result<(), (SwitchStep, Error)> {
    let path = NamePath::new(name).map_err(|e| (SwitchStep::Open, e))?;
    let netns = open_ns_file(path.as_cstr()).map_err(|e| (SwitchStep::Open, e))?;
    match rustix::thread::move_into_link_name_space(netns.as_fd(), Some(LinkNameSpaceType::Network)) {
        Ok(()) => {}
        Err(Errno::INVAL) => return Err((SwitchStep::Enter, Error::NotANetns)),
        Err(e) => return Err((SwitchStep::Enter, Error::sys("setns", e))),
    }
    drop(netns);
    let step = |step: SwitchStep, call: &'static str| move |errno| (step, Error::sys(call, errno));
    sys::unshare_mounts().map_err(step(SwitchStep::UnshareMounts, "unshare(CLONE_NEWNS)"))?;
    rustix::mount::mount_change(c"/", MountPropagationFlags::DOWNSTREAM | MountPropagationFlags::REC)
        .map_err(step(SwitchStep::MakeSlave, "mount(MS_SLAVE|MS_REC, /)"))?;
    let mut flags = MountFlags::empty();
    if rustix::mount::unmount(c"/sys", UnmountFlags::DETACH).is_err() {
        // Not unmounted: shadow it; a read-only sysfs only with a read-only one.
        let read_only =
            rustix::fs::statvfs(c"/sys").is_ok_and(|st| st.f_flag.contains(StatVfsMountFlags::RDONLY));
        if read_only {
            flags = MountFlags::RDONLY;
        }
    }
    rustix::mount::mount(path_tail(&path), c"/sys", c"sysfs", flags, None)
        .map_err(step(SwitchStep::MountSys, "mount(sysfs, /sys)"))?;
    bind_etc(name, bind_failed);
    Ok(())
}

/// The namespace's name as a C string: what follows `/run/netns/`.
fn path_tail(path: &NamePath) -> &CStr {
    let bytes = path.as_cstr().to_bytes_with_nul();
    bytes.get(RUN_DIR.len() + 1..).and_then(|tail| CStr::from_bytes_with_nul(tail).ok()).unwrap_or(c"")
}

/// `/etc/netns/NAME/FILE` bound over `/etc/FILE` for each file there, as
/// iproute2's `bind_etc` (which skips a name of 255 bytes or more).
fn bind_etc(name: &str, mut bind_failed: impl FnMut(&CStr, &CStr, Errno)) {
    if name.len() >= NAME_MAX {
        return;
    }
    let Some(dir_path) = StackPath::<ETC_PATH_CAP>::join(&[ETC_DIR.as_bytes(), b"/", name.as_bytes()]) else {
        return;
    };
    let Ok(dir) = rustix::fs::open(
        dir_path.as_cstr(),
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    ) else {
        return;
    };
    let mut buf = [MaybeUninit::uninit(); 1024];
    let mut entries = RawDir::new(dir, &mut buf);
    while let Some(Ok(entry)) = entries.next() {
        let file = entry.file_name().to_bytes();
        if file == b"." || file == b".." {
            continue;
        }
        let from = StackPath::<ETC_PATH_CAP>::join(&[dir_path.as_cstr().to_bytes(), b"/", file]);
        let to = StackPath::<ETC_PATH_CAP>::join(&[b"/etc/", file]);
        if let (Some(from), Some(to)) = (from, to) {
            if let Err(e) = rustix::mount::mount_bind(from.as_cstr(), to.as_cstr()) {
                bind_failed(from.as_cstr(), to.as_cstr(), e);
            }
        }
    }
}

/// Lists the named namespaces (the entries of `/run/netns`), reading the
/// directory through `buf`, which must hold one directory entry of the
/// longest name (300 bytes do; 1 KiB needs fewer system calls). No
/// `/run/netns` means no namespaces.
///
/// ```no_run
/// let mut buf = [core::mem::MaybeUninit::uninit(); 1024];
/// let mut names = nlwire_rustix::netns::list(&mut buf)?;
/// while let Some(name) = names.next() {
///     println!("{}", name?);
/// }
/// # Ok::<(), nlwire_rustix::Error>(())
/// ```
#[doc(alias = "ip netns list")]
pub fn list(buf: &mut [MaybeUninit<u8>]) -> Result<NetnsNames<'_>> {
    let dir = match rustix::fs::open(
        RUN_DIR_C,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    ) {
        Ok(fd) => Some(RawDir::new(fd, buf)),
        Err(Errno::NOENT) => None,
        Err(e) => return Err(Error::sys("open(/run/netns)", e)),
    };
    Ok(NetnsNames { dir, name: [0; NAME_MAX], len: 0 })
}

/// The names [`list`] found: a lending iterator, `while let Some(name) =
/// names.next()`. A name that is not UTF-8 is reported as
/// [`Error::InvalidNetnsName`] and the listing goes on; a failure to read
/// the directory is reported once and ends it.
pub struct NetnsNames<'buf> {
    dir: Option<RawDir<'buf, OwnedFd>>,
    name: [u8; NAME_MAX],
    len: usize,
}

impl core::fmt::Debug for NetnsNames<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("NetnsNames").field("open", &self.dir.is_some()).finish_non_exhaustive()
    }
}

impl NetnsNames<'_> {
    /// The next name, or `None` at the end.
    #[allow(clippy::should_implement_trait)] // a lending iterator
    pub fn next(&mut self) -> Option<Result<&str>> {
        let dir = self.dir.as_mut()?;
        loop {
            let entry = match dir.next()? {
                Ok(entry) => entry,
                Err(e) => {
                    // Reading the directory failed (a buffer too small for one
                    // entry, say): report it once and end the listing.
                    self.dir = None;
                    return Some(Err(Error::sys("getdents64(/run/netns)", e)));
                }
            };
            let name = entry.file_name().to_bytes();
            if name == b"." || name == b".." {
                continue;
            }
            let Some(slot) = self.name.get_mut(..name.len()) else {
                return Some(Err(Error::InvalidNetnsName));
            };
            slot.copy_from_slice(name);
            self.len = name.len();
            break;
        }
        let bytes = self.name.get(..self.len).unwrap_or(&[]);
        Some(core::str::from_utf8(bytes).map_err(|_| Error::InvalidNetnsName))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked_like_iproute2() {
        for bad in ["", ".", "..", "a/b", "/", "a\0b"] {
            assert_eq!(validate_name(bad), Err(Error::InvalidNetnsName), "{bad:?}");
        }
        let long = "x".repeat(256);
        assert_eq!(validate_name(&long), Err(Error::InvalidNetnsName));
        for good in ["blue", "...", "a.b", "x-1_2", &"y".repeat(255)] {
            assert_eq!(validate_name(good), Ok(()), "{good:?}");
        }
    }

    #[test]
    fn name_paths() {
        assert_eq!(NamePath::new("blue").unwrap().as_cstr(), c"/run/netns/blue");
        let long = "z".repeat(255);
        let p = NamePath::new(&long).unwrap();
        assert_eq!(p.as_cstr().to_bytes().len(), "/run/netns/".len() + 255);
        assert!(NamePath::new("a/b").is_err());
    }

    #[test]
    fn stack_paths_hold_their_nul_and_refuse_one_inside() {
        assert_eq!(StackPath::<8>::join(&[b"/etc", b"/", b"ab"]).unwrap().as_cstr(), c"/etc/ab");
        assert!(StackPath::<7>::join(&[b"/etc", b"/", b"ab"]).is_none(), "no room for the NUL");
        assert!(StackPath::<16>::join(&[b"/etc/", b"a\0b"]).is_none());
        assert_eq!(path_tail(&NamePath::new("blue").unwrap()), c"blue");
    }
}
