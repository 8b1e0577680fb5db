#!/usr/bin/env python3
"""Largest functions and data of a wasm file that still has its name section (cargo's release
output before wasm-bindgen/wasm-opt), grouped by crate: where the bytes of the package go.

Usage: python3 scripts/wasm-sizes.py target/wasm32-unknown-unknown/release/cal_profile.wasm [N]
"""
import re, sys
from collections import Counter

def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1
        r |= (x & 0x7F) << s; s += 7
        if x < 0x80: return r, i

data = open(sys.argv[1], 'rb').read()
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
i, imports, bodies, names, data_bytes = 8, 0, [], {}, 0
while i < len(data):
    sid = data[i]; size, i = leb(data, i + 1); end = i + size
    if sid == 2:  # imports: functions take the first indexes
        n, j = leb(data, i)
        for _ in range(n):
            for _ in range(2):
                l, j = leb(data, j); j += l
            kind = data[j]; j += 1
            if kind == 0: _, j = leb(data, j); imports += 1
            elif kind == 1: j += 1; flags, j = leb(data, j); _, j = leb(data, j); j = leb(data, j)[1] if flags & 1 else j
            elif kind == 2: flags, j = leb(data, j); _, j = leb(data, j); j = leb(data, j)[1] if flags & 1 else j
            elif kind == 3: j += 2
    elif sid == 10:
        n, j = leb(data, i)
        for _ in range(n):
            l, j = leb(data, j); bodies.append(l); j += l
    elif sid == 11:
        data_bytes = size
    elif sid == 0:
        l, j = leb(data, i); name = data[j:j + l]; j += l
        if name == b'name':
            while j < end:
                sub = data[j]; ssz, j = leb(data, j + 1); send = j + ssz
                if sub == 1:
                    n, k = leb(data, j)
                    for _ in range(n):
                        idx, k = leb(data, k); l, k = leb(data, k); names[idx] = data[k:k + l].decode('utf-8', 'replace'); k += l
                j = send
    i = end

def crate(n):
    m = re.search(r'_ZN(\d+)(\w+?)', n) or re.match(r'<?(\w+)', n)
    if n.startswith('_ZN'):
        l = int(re.match(r'_ZN(\d+)', n).group(1)); return n[3 + len(str(l)):3 + len(str(l)) + l]
    return n.split('::')[0].lstrip('<')

rows = [(sz, names.get(imports + k, f'func{imports + k}')) for k, sz in enumerate(bodies)]
by_crate = Counter()
for sz, n in rows: by_crate[crate(n)] += sz
print(f'code {sum(bodies)} bytes in {len(bodies)} functions; data {data_bytes} bytes')
for c, sz in by_crate.most_common(12): print(f'{sz:8d}  {c}')
print()
for sz, n in sorted(rows, reverse=True)[:top]: print(f'{sz:8d}  {n[:150]}')
