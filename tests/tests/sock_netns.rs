//! Live kernel: named namespaces and sockets opened inside them. Runs as
//! root; every namespace is a `TestNs` that deletes itself.

use rustix::fd::AsFd;
use std::ffi::CString;

use nlwire_rustix::{netns, Error, Netns, Options, Protocol, Socket};
use nlwire_tests::live::*;

#[test]
fn open_in_fresh_netns_by_name_path_and_fd() {
    if !live("open_in_fresh_netns_by_name_path_and_fd") {
        return;
    }
    let ns = TestNs::new();
    let home = thread_netns_ino();
    let path = CString::new(format!("/run/netns/{}", ns.name)).unwrap();
    let fd = netns::open(Netns::Name(&ns.name)).expect("open netns");
    for how in [Netns::Name(&ns.name), Netns::Path(&path), Netns::Fd(fd.as_fd())] {
        let sock = Socket::open_in_netns(how, Protocol::Route, &Options::new()).expect("open_in_netns");
        assert_eq!(thread_netns_ino(), home, "{how:?}: the thread is back home");
        assert_ne!(sock.port_id(), 0, "{how:?}: the kernel assigned a port id");
        assert_eq!(sock.protocol(), Protocol::Route);
        // The socket lives in the new namespace: only its loopback.
        assert_eq!(dump_links(&sock, 1), vec!["lo".to_string()], "{how:?}");
    }
    // A socket opened at home sees the home namespace, not the new one.
    let here = Socket::open(Protocol::Route).expect("open");
    let home_links = dump_links(&here, 7);
    assert!(!home_links.is_empty());
    drop(fd);
}

#[test]
fn port_ids_differ_and_match_getsockname() {
    if !live("port_ids_differ_and_match_getsockname") {
        return;
    }
    let ns = TestNs::new();
    let a = Socket::open_in_netns(Netns::Name(&ns.name), Protocol::Route, &Options::new()).unwrap();
    let b = Socket::open_in_netns(Netns::Name(&ns.name), Protocol::Route, &Options::new()).unwrap();
    assert_ne!(a.port_id(), b.port_id());
    let addr = rustix::net::getsockname(&a).unwrap();
    let nl = rustix::net::netlink::SocketAddrNetlink::try_from(addr).unwrap();
    assert_eq!(nl.pid(), a.port_id());
}

#[test]
fn thread_stays_home_on_every_error() {
    if !live("thread_stays_home_on_every_error") {
        return;
    }
    let home = thread_netns_ino();
    let opts = Options::new();

    // A name that does not exist: an error, and nothing gets created.
    let missing = unique_name();
    assert_err(Socket::open_in_netns(Netns::Name(&missing), Protocol::Route, &opts), Error::NetnsNotFound);
    assert_eq!(thread_netns_ino(), home);
    assert!(!our_netns_list().contains(&missing), "a missing namespace is never created");

    // A path that does not exist.
    let nowhere = CString::new(format!("/run/netns/{missing}-nowhere")).unwrap();
    assert_err(Socket::open_in_netns(Netns::Path(&nowhere), Protocol::Route, &opts), Error::NetnsNotFound);
    assert_eq!(thread_netns_ino(), home);

    // A regular file, by path and by fd.
    let file = std::env::temp_dir().join(format!("{missing}.not-a-netns"));
    std::fs::write(&file, b"not a namespace").unwrap();
    let file_c = CString::new(file.to_str().unwrap()).unwrap();
    assert_err(Socket::open_in_netns(Netns::Path(&file_c), Protocol::Route, &opts), Error::NotANetns);
    assert_eq!(thread_netns_ino(), home);
    let f =
        rustix::fs::open(file_c.as_c_str(), rustix::fs::OFlags::RDONLY, rustix::fs::Mode::empty()).unwrap();
    assert_err(Socket::open_in_netns(Netns::Fd(f.as_fd()), Protocol::Route, &opts), Error::NotANetns);
    assert_eq!(thread_netns_ino(), home);
    std::fs::remove_file(&file).unwrap();

    // Another kind of namespace (UTS) is not a network namespace either.
    let uts = c"/proc/thread-self/ns/uts";
    assert_err(Socket::open_in_netns(Netns::Path(uts), Protocol::Route, &opts), Error::NotANetns);
    assert_eq!(thread_netns_ino(), home);

    // Invalid names are refused before anything happens.
    for bad in ["", ".", "..", "a/b", "../etc"] {
        assert_err(Socket::open_in_netns(Netns::Name(bad), Protocol::Route, &opts), Error::InvalidNetnsName);
    }
    assert_eq!(thread_netns_ino(), home);

    // The socket call itself fails inside the namespace (no such protocol):
    // the error comes back and the thread is home.
    let ns = TestNs::new();
    let r = Socket::open_in_netns(Netns::Name(&ns.name), Protocol::Raw(31), &opts);
    match r {
        Err(Error::Sys { call: "socket", errno }) => {
            assert!(errno == rustix::io::Errno::PROTONOSUPPORT, "{errno:?}")
        }
        other => panic!("expected a socket error, got {other:?}"),
    }
    assert_eq!(thread_netns_ino(), home);
}

#[test]
fn create_list_delete_like_ip_netns() {
    if !live("create_list_delete_like_ip_netns") {
        return;
    }
    let name = unique_name();
    netns::create(&name).expect("create");
    // Deleted even if an assertion below fails.
    let guard = TestNs { name: name.clone() };

    let ours = our_netns_list();
    assert!(ours.contains(&name), "{ours:?}");
    assert!(ip_netns_list().contains(&name));
    // Both list the same namespaces (other processes may add or remove
    // theirs meanwhile: compare a few times).
    let same = (0..5).any(|_| {
        let same = our_netns_list() == ip_netns_list();
        if !same {
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        same
    });
    assert!(same, "ours {:?} vs ip {:?}", our_netns_list(), ip_netns_list());

    // It is a working, empty network namespace for iproute2 too.
    assert_eq!(guard.ip_link_names(), vec!["lo".to_string()]);

    assert_err(netns::create(&name), Error::NetnsExists);
    assert_err(netns::create("a/b"), Error::InvalidNetnsName);

    netns::delete(&name).expect("delete");
    assert!(!our_netns_list().contains(&name));
    assert!(!ip_netns_list().contains(&name));
    assert_err(netns::delete(&name), Error::NetnsNotFound);
    assert_err(
        Socket::open_in_netns(Netns::Name(&name), Protocol::Route, &Options::new()),
        Error::NetnsNotFound,
    );
    std::mem::forget(guard);

    // A namespace iproute2 made is ours to list, use and delete, and the
    // other way round.
    let theirs = unique_name();
    assert!(std::process::Command::new("ip").args(["netns", "add", &theirs]).status().unwrap().success());
    let guard = TestNs { name: theirs.clone() };
    assert!(our_netns_list().contains(&theirs));
    let sock = Socket::open_in_netns(Netns::Name(&theirs), Protocol::Route, &Options::new()).unwrap();
    assert_eq!(dump_links(&sock, 3), vec!["lo".to_string()]);
    netns::delete(&theirs).expect("delete ip's namespace");
    assert!(!ip_netns_list().contains(&theirs));
    std::mem::forget(guard);

    let mine = unique_name();
    netns::create(&mine).unwrap();
    let guard = TestNs { name: mine.clone() };
    assert!(std::process::Command::new("ip").args(["netns", "del", &mine]).status().unwrap().success());
    assert!(!our_netns_list().contains(&mine));
    std::mem::forget(guard);
}

#[test]
fn create_leaves_the_caller_thread_home() {
    if !live("create_leaves_the_caller_thread_home") {
        return;
    }
    let home = thread_netns_ino();
    let ns = TestNs::new();
    assert_eq!(thread_netns_ino(), home);
    // The namespace is a new one, not ours.
    let inside = std::fs::metadata(format!("/run/netns/{}", ns.name)).unwrap();
    assert_ne!(std::os::unix::fs::MetadataExt::ino(&inside), home);
}

#[test]
fn list_with_a_small_buffer() {
    if !live("list_with_a_small_buffer") {
        return;
    }
    let a = TestNs::new();
    let b = TestNs::new();
    // Enough for one entry at a time: the listing refills it.
    let mut buf = [std::mem::MaybeUninit::uninit(); 300];
    let mut it = netns::list(&mut buf).unwrap();
    let mut names = Vec::new();
    while let Some(name) = it.next() {
        names.push(name.unwrap().to_string());
    }
    assert!(names.contains(&a.name) && names.contains(&b.name), "{names:?}");
    assert!(!names.iter().any(|n| n == "." || n == ".."));

    // A buffer too small for any entry: one error, then the end.
    let mut tiny = [std::mem::MaybeUninit::uninit(); 16];
    let mut it = netns::list(&mut tiny).unwrap();
    assert!(matches!(it.next(), Some(Err(Error::Sys { .. }))));
    assert!(it.next().is_none());
}

/// `tuntap::create` makes the device in the namespace it is given (not the
/// caller's), as ip reads it back; a second one of that name is `EBUSY`,
/// `delete` in the other mode `EINVAL`, `delete` removes it; the thread is
/// home after each.
#[test]
fn tuntap_devices_are_made_in_the_namespace() {
    use nlwire_rustix::tuntap::{self, TunTap, IFF_NO_PI, IFF_TAP, IFF_TUN, IFF_VNET_HDR};
    if !live("tuntap_devices_are_made_in_the_namespace") {
        return;
    }
    let ns = TestNs::new();
    let home = thread_netns_ino();
    let name = format!("tp{}", std::process::id() % 100_000);
    let tap =
        TunTap { name: &name, flags: IFF_TAP | IFF_NO_PI | IFF_VNET_HDR, owner: Some(1000), group: None };
    tuntap::create(Some(Netns::Name(&ns.name)), &tap).expect("create");
    assert_eq!(thread_netns_ino(), home);
    let links = ns.ip_json(&["-d", "link", "show", "dev", &name]);
    let data = &links[0]["linkinfo"]["info_data"];
    assert_eq!(data["type"], "tap");
    assert_eq!(data["pi"], false);
    assert_eq!(data["vnet_hdr"], true);
    assert_eq!(data["persist"], true);
    assert!(!Socket::open(Protocol::Route).map(|s| dump_links(&s, 3)).unwrap().contains(&name), "not here");

    let errno = |r: Result<(), Error>| match r {
        Err(Error::Sys { call: "ioctl(TUNSETIFF)", errno }) => errno,
        other => panic!("{other:?}"),
    };
    assert_eq!(errno(tuntap::create(Some(Netns::Name(&ns.name)), &tap)), rustix::io::Errno::BUSY);
    assert_eq!(errno(tuntap::delete(Some(Netns::Name(&ns.name)), &name, IFF_TUN)), rustix::io::Errno::INVAL);
    tuntap::delete(Some(Netns::Name(&ns.name)), &name, IFF_TAP).expect("delete");
    assert_eq!(thread_netns_ino(), home);
    assert!(!ns.ip_link_names().contains(&name), "removed");
}

/// `run_in`: what the closure reads of `/proc/thread-self/net` is the
/// namespace's (a fresh one has only `lo`); the thread is home afterwards.
#[test]
fn run_in_reads_the_namespaces_proc_files() {
    if !live("run_in_reads_the_namespaces_proc_files") {
        return;
    }
    let ns = TestNs::new();
    let home = thread_netns_ino();
    let dev = netns::run_in(Netns::Name(&ns.name), || std::fs::read_to_string("/proc/thread-self/net/dev"))
        .expect("enter")
        .expect("read");
    assert_eq!(thread_netns_ino(), home);
    let names: Vec<&str> = dev.lines().skip(2).filter_map(|l| l.split(':').next()).map(str::trim).collect();
    assert_eq!(names, ["lo"]);
    assert_err(netns::run_in(Netns::Name(&unique_name()), || ()), Error::NetnsNotFound);
}

#[test]
fn create_in_this_thread_moves_the_caller_back_home() {
    if !live("create_in_this_thread_moves_the_caller_back_home") {
        return;
    }
    let home = thread_netns_ino();
    let name = unique_name();
    netns::create_in_this_thread(&name).expect("create_in_this_thread");
    // Deleted even if an assertion below fails.
    let ns = TestNs { name: name.clone() };
    assert_eq!(thread_netns_ino(), home);
    // A new namespace, not ours, that iproute2 lists and uses: only `lo`.
    let inside = std::fs::metadata(format!("/run/netns/{name}")).unwrap();
    assert_ne!(std::os::unix::fs::MetadataExt::ino(&inside), home);
    assert!(ip_netns_list().contains(&name));
    assert_eq!(ns.ip_link_names(), vec!["lo".to_string()]);
    assert_err(netns::create_in_this_thread(&name), Error::NetnsExists);
    assert_err(netns::create_in_this_thread("a/b"), Error::InvalidNetnsName);
    assert_eq!(thread_netns_ino(), home);
}
