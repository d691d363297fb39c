#!/usr/bin/env python3
"""Checks that the kernel's specs plus the files in gen/specs cover what the
hand-written tables in core/src decode: every attribute (number, name,
compatible type, enum names), every header/struct field (offset, length,
name via `-`->`_`, prefix stripping or `alias`), struct sizes and the
sub-message formats the hand selectors use. Applies the overlay merge rule of
README.md. Kernel specs are read from netlink-bindings 0.3.5 in the cargo
registry, or from $KERNEL_SPECS/<name>/<name>.yaml. Prints what differs."""
import yaml, re, ast, glob, copy, sys, os
REPO=os.path.abspath(os.path.join(os.path.dirname(__file__),'..','..'))
files=glob.glob(os.path.join(REPO,'core/src/**/*.rs'),recursive=True)
consts={}
text={}
for f in files:
    t=open(f).read(); text[f]=t
    # module consts
    for m in re.finditer(r'pub mod (\w+) \{(.*?)\n\}',t,re.S):
        for c in re.finditer(r'pub const (\w+): u\d+ = (0x[0-9a-fA-F_]+|\d+);',m.group(2)):
            consts[m.group(1)+'::'+c.group(1)]=int(c.group(2).replace('_',''),0)
    for c in re.finditer(r'^(?:pub )?const (\w+): u\d+ = (0x[0-9a-fA-F_]+|\d+);',t,re.M):
        consts[c.group(1)]=int(c.group(2).replace('_',''),0)
def ev(e):
    e=e.strip()
    e=re.sub(r' as u\d+','',e)
    if re.fullmatch(r'(0x[0-9a-fA-F_]+|\d+)',e): return int(e.replace('_',''),0)
    if e in consts: return consts[e]
    # try suffix match
    c=[k for k in consts if k.endswith('::'+e.split('::')[-1]) and k.split('::')[0]==e.split('::')[0]]
    return c[0] if c else e
out={}
for f,t in text.items():
    for m in re.finditer(r'static (\w+): (Space|StructSpec|Selector) = \2 \{(.*?)\n\};',t,re.S):
        name,kind,body=m.groups()
        b=' '.join(body.split())
        key=f.split('src/')[1]+':'+name
        if kind=='Space':
            items=[(ev(a.group(1)),a.group(2),a.group(3),a.group(4).strip()) for a in re.finditer(r'AttrSpec \{ id: (.*?), name: "(.*?)", short: "(.*?)", ty: (.*?),? \}',b)]
        elif kind=='StructSpec':
            sz=re.search(r'size: (\w+)',b).group(1)
            items=[('size',sz)]+[(a.group(1),a.group(2),a.group(3),a.group(4).strip()) for a in re.finditer(r'Field \{ name: "(.*?)", offset: (\w+), len: (\w+), ty: (.*?),? \}',b)]
        else:
            items=[b]
        out[key]=(kind,items)
hand=[]
for k,(kind,items) in out.items():
    hand.append('## '+kind+' '+k)
    for i in items: hand.append('    '+repr(i))


K=os.environ.get('KERNEL_SPECS') or glob.glob(os.path.expanduser('~/.cargo/registry/src/*/netlink-bindings-0.3.5/src'))[0]
G=os.path.join(REPO,'gen/specs')
def merge_list(base, over, key):
    idx={e.get(key):i for i,e in enumerate(base)}
    for e in over:
        k=e.get(key)
        if k in idx: merge_entry(base[idx[k]], e)
        else: base.append(copy.deepcopy(e)); idx[k]=len(base)-1
def merge_entry(b, o):
    for k,v in o.items():
        if k in ('attributes','members','entries') and k in b: merge_list(b[k], v, 'name')
        elif k=='formats' and k in b: merge_list(b[k], v, 'value')
        else: b[k]=copy.deepcopy(v)
def load(name):
    try: s=yaml.safe_load(open(f'{K}/{name}/{name}.yaml'))
    except FileNotFoundError: return yaml.safe_load(open(f'{G}/{name}.yaml'))
    try: o=yaml.safe_load(open(f'{G}/{name}.overlay.yaml'))
    except FileNotFoundError: return s
    for top in ('definitions','attribute-sets','sub-messages'):
        if top in o: merge_list(s.setdefault(top,[]), o[top], 'name')
    if 'operations' in o: merge_list(s['operations']['list'], o['operations']['list'],'name')
    return s
SIZES={'u8':1,'s8':1,'u16':2,'s16':2,'u32':4,'s32':4,'u64':8,'s64':8}
def sets(s):
    out={}
    for a in s.get('attribute-sets',[]):
        attrs=a['attributes']
        if a.get('subset-of'):
            par={x['name']:x for x in next(p for p in s['attribute-sets'] if p['name']==a['subset-of'])['attributes']}
            pv=values(next(p for p in s['attribute-sets'] if p['name']==a['subset-of']))
            m={}
            for x in attrs:
                y=dict(par[x['name']]); y.update(x); m[pv[x['name']]]=y
            out[a['name']]=(next(p for p in s['attribute-sets'] if p['name']==a['subset-of']).get('name-prefix',''),m)
        else:
            v=values(a); out[a['name']]=(a.get('name-prefix',''),{v[x['name']]:x for x in attrs})
    return out
def values(a):
    v=None; r={}
    for x in a['attributes']:
        v = x['value'] if 'value' in x else (1 if v is None else v+1); r[x['name']]=v
    return r
def defs(s): return {d['name']:d for d in s.get('definitions',[])}
def enum_map(d):
    r={}; v=d.get('value-start',0)-1 if d['type']=='enum' else -1
    for e in d['entries']:
        if isinstance(e,str): e={'name':e}
        v=e['value'] if 'value' in e else v+1
        r[(1<<v) if d['type']=='flags' else v]=e['name']
    return r
def layout(d):
    off=0; r=[]
    for m in d['members']:
        t=m['type']
        n=SIZES.get(t) or m.get('len')
        if n is None and m.get('struct'): n=sum(x[1] for x in layout(D[m['struct']]))  # rough
        r.append((off, n, m)); off+= n or 0
    return [(o,n,m) for o,n,m in r]
# ---- hand tables
src={f:open(f).read() for f in glob.glob(os.path.join(REPO,'core/src/**/*.rs'),recursive=True)}
consts={}
for f,t in src.items():
    for m in re.finditer(r'pub mod (\w+) \{(.*?)\n\}',t,re.S):
        for c in re.finditer(r'pub const (\w+): u\d+ = (0x[0-9a-fA-F_]+|\d+);',m.group(2)): consts[m.group(1)+'::'+c.group(1)]=int(c.group(2).replace('_',''),0)
tables={}
for f,t in src.items():
    for m in re.finditer(r'(?:static|const) (\w+_NAMES): &\[\(u32, &str\)\] =\s*&\[(.*?)\];',t,re.S):
        body=m.group(2)
        items=re.findall(r'\(([^,]+), "([^"]*)"\)',body)
        tab={}
        for e,n in items:
            e=e.strip().replace('_','') if re.match(r'^[0-9x_]+$',e.strip()) else e.strip()
            if e in consts: val=consts[e]
            else: val=eval(e.replace('1 << ','1<<'))
            tab[val]=n
        tables[(f.split('src/')[1],m.group(1))]=tab
MAP={'link/spec.rs':'rt-link','addr.rs':'rt-addr','route.rs':'rt-route','neigh.rs':'rt-neigh','rule.rs':'rt-rule','tc/mod.rs':'tc','tc/htb.rs':'tc','tc/tbf.rs':'tc','tc/u32.rs':'tc','tc/fifo.rs':'tc','nexthop.rs':'rt-nexthop','netconf.rs':'rt-netconf','nsid.rs':'rt-nsid'}
SETMAP={'IFLA':'link-attrs','LINKINFO':'linkinfo-attrs','AF_SPEC_FAMILIES':'af-spec-attrs','PROP_LIST':'prop-list-link-attrs','BRIDGE':'linkinfo-bridge-attrs','BRPORT':'linkinfo-brport-attrs','MACVLAN':'linkinfo-macvlan-attrs','VXLAN':'linkinfo-vxlan-attrs','VLAN':'linkinfo-vlan-attrs','BOND':'linkinfo-bond-attrs','IPVLAN':'linkinfo-ipvlan-attrs','VRF':'linkinfo-vrf-attrs','INET':'ifla-attrs','INET6':'ifla6-attrs','BRIDGE_AF':'link-bridge-af-attrs','XDP':'xdp-attrs','IFA':'addr-attrs','RTA':'route-attrs','RTAX':'metrics','ENCAP':'lwtunnel-encap-attrs','NDA':'neighbour-attrs','NFEA':'nfea-attrs','FRA':'fib-rule-attrs','TCA':'attrs','STATS2':'tca-stats-attrs','STAB':'tca-stab-attrs','HTB':'htb-attrs','TBF':'tbf-attrs','U32_SPACE':'u32-attrs','NHA':'nexthop-attrs','RES_GROUP':'nh-res-group-attrs','RES_BUCKET':'nh-res-bucket-attrs','GROUP_STATS':'nh-group-stats-attrs','GROUP_STATS_ENTRY':'nh-group-stats-entry-attrs','NETCONFA':'netconf-attrs','NETNSA':'nsid-attrs','NO_OPTIONS':None}
STRUCTMAP={'IFINFOMSG':'ifinfomsg','RTNL_LINK_STATS64':'rtnl-link-stats64','RTNL_LINK_STATS':'rtnl-link-stats','BRIDGE_ID':'ifla-bridge-id','VXLAN_PORT_RANGE':'ifla-vxlan-port-range','VLAN_FLAGS':'ifla-vlan-flags','IFLA_CACHEINFO':'ifla-cacheinfo','BRIDGE_VLAN_INFO':'bridge-vlan-info','IFADDRMSG':'ifaddrmsg','IFA_CACHEINFO':'ifa-cacheinfo','NHMSG':'nhmsg','FIB_RULE_HDR':'fib-rule-hdr','FIB_RULE_UID_RANGE':'fib-rule-uid-range','FIB_RULE_PORT_RANGE':'fib-rule-port-range','NDMSG':'ndmsg','NDA_CACHEINFO':'nda-cacheinfo','RTMSG':'rtmsg','RTA_CACHEINFO':'rta-cacheinfo','RTA_MFC_STATS':'rta-mfc-stats','NETCONFMSG':'netconfmsg','RTGENMSG':'rtgenmsg','TC_TBF_QOPT':'tc-tbf-qopt-flat','TC_FIFO_QOPT':'tc-fifo-qopt','TC_PRIO_QOPT':'tc-prio-qopt','TC_HTB_GLOB':'tc-htb-glob','TC_HTB_OPT':'tc-htb-opt-flat','TC_HTB_XSTATS':'tc-htb-xstats','TCMSG':'tcmsg','TC_STATS':'tc-stats','GNET_STATS_BASIC':'gnet-stats-basic','GNET_STATS_RATE_EST':'gnet-stats-rate-est','GNET_STATS_RATE_EST64':'gnet-stats-rate-est64','GNET_STATS_QUEUE':'gnet-stats-queue','TC_ESTIMATOR':'gnet-estimator','NLA_BITFIELD32':None,'TC_SIZESPEC':'tc-sizespec','TC_U32_SEL':'tc-u32-sel-flat','TC_U32_MARK':'tc-u32-mark','TC_U32_PCNT':'tc-u32-pcnt'}
INT={'U8':('u8',None),'U16':('u16',None),'U32':('u32',None),'U64':('u64',None),'S8':('s8',None),'S32':('s32',None),'S64':('s64',None),'Be16':('u16','big-endian'),'Be32':('u32','big-endian')}
problems=[]
IMPORTS={'addr.rs':['route.rs'],'nexthop.rs':['route.rs'],'link/spec.rs':['link/mod.rs'],'tc/u32.rs':[],'neigh.rs':[]}
CURF=None
def chk_type(where, ty, a, D):
    t=a.get('type'); bo=a.get('byte-order')
    m=re.match(r'AttrType::(\w+)(?:\((.*)\))?',ty); k,arg=m.group(1),m.group(2)
    if k in INT:
        want=INT[k]
        if (t,bo)!=want and not (t=='uint' and k in('U32','U64')): problems.append((where,'type',ty,t,bo))
    elif k=='Str':
        if t!='string': problems.append((where,'type',ty,t))
    elif k=='Flag':
        if t!='flag': problems.append((where,'type',ty,t))
    elif k=='Ip':
        if a.get('display-hint') not in ('ipv4','ipv6','ipv4-or-v6'): problems.append((where,'ip-hint',ty,t,a.get('display-hint')))
    elif k=='Hwaddr':
        if a.get('display-hint')!='mac': problems.append((where,'mac-hint',ty,t,a.get('display-hint')))
    elif k in('Enum','Bits'):
        if t not in ('u8','u16','u32','u64','uint'): problems.append((where,'enumtype',ty,t))
        if arg=='&[]': return
        tab=tables.get((CURF,arg)) or next((v for (ff,n),v in tables.items() if n==arg and ff in IMPORTS.get(CURF,[])),None)
        if tab is None: problems.append((where,'no-table',arg)); return
        e=a.get('enum')
        if not e: problems.append((where,'no-enum',arg)); return
        em=enum_map(D[e])
        if em!=tab: problems.append((where,'enum-diff',arg,e,{x:(tab.get(x),em.get(x)) for x in set(tab)|set(em) if tab.get(x)!=em.get(x)}))
    elif k=='Nested':
        if t!='nest': problems.append((where,'nest',ty,t))
    elif k=='Struct':
        if a.get('struct')!=STRUCTMAP.get(arg.strip('&').split('::')[-1]) : problems.append((where,'struct',arg,a.get('struct'),t))
    elif k=='Select':
        if t!='sub-message': problems.append((where,'select',arg,t))
    elif k=='Multipath':
        if a.get('nlwire-type')!='multipath': problems.append((where,'multipath',t))
    elif k=='Bytes': pass
cur=None
specs={}
for l in hand:
    if l.startswith('## '):
        _,kind,key=l.split(); f,nm=key.split(':'); cur=(kind,f,nm); continue
    kind,f,nm=cur

    CURF=f
    sp=MAP[f]; s=specs.setdefault(sp,load(sp)); D=defs(s)
    t=ast.literal_eval(l.strip()) if l.strip().startswith('(') else None
    if kind=='Space' and t:
        setn=SETMAP[nm]; prefix,attrs=sets(s)[setn]
        a=attrs.get(t[0])
        if a is None: problems.append((nm,t,'MISSING')); continue
        kname=(prefix+a['name']).upper().replace('-','_')
        if kname!=t[1]: problems.append((nm,t[1],'name',kname))
        chk_type(f'{nm}.{t[1]}',t[3],a,D)
    if kind=='StructSpec' and t and t[0]!='size':
        sn=STRUCTMAP[nm]
        if sn is None: continue
        d=D.get(sn)
        if d is None: problems.append((nm,'nostruct',sn)); continue
        lay={o:(n,m) for o,n,m in layout(d) if m['type']!='pad'}
        o=int(t[1]); ln=int(t[2])
        if o not in lay: problems.append((nm,t,'no member at offset')); continue
        n,m=lay[o]
        if n!=ln: problems.append((nm,t,'len',n))
        names={m['name'].replace('-','_')}
        if m.get('alias'): names.add(m['alias'])
        for p in ('ifi_','ifa_','rtm_','ndm_','tcm_','nh_','rta_','ncm_'):
            for x in list(names):
                if x.startswith(p): names.add(x[len(p):])
        if t[0] not in names: problems.append((nm,t[0],'fieldname',names))
        chk_type(f'{nm}.{t[0]}',t[3],m,D)
for p in problems: print(p)
print(len(problems),'problems')
print('--- sizes')
for l in hand:
    if l.startswith('## '): _,kind,key=l.split(); f,nm=key.split(':'); continue
    if kind=='StructSpec' and "'size'" in l:
        sz=int(ast.literal_eval(l.strip())[1]); sn=STRUCTMAP.get(nm)
        if not sn: continue
        D=defs(specs[MAP[f]]); tot=sum((n or 0) for o,n,m in layout(D[sn]))
        if tot!=sz: print(nm,sn,'hand',sz,'spec',tot)
print('--- subs')
want={'rt-link':{'linkinfo-data-msg':['bridge','macvlan','macvtap','vxlan','vlan','bond','ipvlan','ipvtap','vrf','veth'],'linkinfo-member-data-msg':['bridge'],'link-af-spec-msg':[0,7],'link-protinfo-msg':[7,10]},
 'tc':{'options-msg':['htb','tbf','pfifo','bfifo','pfifo_head_drop','pfifo_fast','prio','u32','mq','ingress','clsact','noqueue'],'tca-stats-app-msg':['htb']}}
for sp,subs in want.items():
    s=specs[sp]; sm={m['name']:m for m in s['sub-messages']}
    for n,vals in subs.items():
        fm={f['value']:f for f in sm[n]['formats']}
        for v in vals: print(sp,n,v,fm.get(v,'MISSING'))
