#!/bin/bash
# strace -c -f once per variant (3000 requests, no warm-up), syscalls per request.
cd "$(dirname "$0")"; H1=http://127.0.0.1:18080/hook; H2=http://127.0.0.1:18082/hook
mkdir -p strace
run() { # name n cmd...
  local name=$1 n=$2; shift 2
  taskset -c 1 strace -c -f -o strace/$name.txt "$@" > /dev/null 2>&1
  python3 - "$name" "$n" strace/$name.txt <<'PY'
import sys,re
name,n,f=sys.argv[1],int(sys.argv[2]),sys.argv[3]
calls={}
for line in open(f):
    p=line.split()
    if len(p)>=5 and re.match(r'^[\d.]+$',p[0]) and p[-1]!='total':
        calls[p[-1]]=int(p[3])
rd=sum(calls.get(k,0) for k in ('read','recvfrom','recvmsg','readv'))
wr=sum(calls.get(k,0) for k in ('write','sendto','sendmsg','writev'))
tot=sum(calls.values())
top=sorted(calls.items(),key=lambda x:-x[1])[:6]
print(f"{name:26s} read/req={rd/n:6.1f} write/req={wr/n:5.1f} other/req={(tot-rd-wr)/n:5.1f} total/req={tot/n:6.1f}  top: "+", ".join(f"{k}={v/n:.1f}" for k,v in top))
PY
}
run a_h1_1qnam_main_6     3000 ./qnambench --url $H1 --n 3000 --warmup 0 --inflight 6
run b_h1_1qnam_main_32    3000 ./qnambench --url $H1 --n 3000 --warmup 0 --inflight 32
run c_h1_2qnam_threads_32 3000 ./qnambench --url $H1 --n 3000 --warmup 0 --inflight 32 --qnams 2
run c_h1_4qnam_threads_32 3000 ./qnambench --url $H1 --n 3000 --warmup 0 --inflight 32 --qnams 4
run d_h2c_direct_6        1000 ./qnambench --url $H2 --n 1000 --warmup 0 --inflight 6 --h2direct
run d_h2c_direct_32       3000 ./qnambench --url $H2 --n 3000 --warmup 0 --inflight 32 --h2direct
run d_h2c_6_nodelay       3000 ./qnambench --url $H2 --n 3000 --warmup 0 --inflight 6 --h2direct --nodelay-hack
run e_h1_h2allowed0_6     3000 ./qnambench --url $H1 --n 3000 --warmup 0 --inflight 6 --h2allowed 0
run s3_combined           3000 ./qnambench --url $H1 --n 3000 --warmup 0 --inflight 6 --no-transfer-timeout --no-deadline --no-readbuf --reuse-request
run f_curl_h1_6           3500 ./curlbench $H1 3000 6
run f_curl_h1_32          3500 ./curlbench $H1 3000 32
# 1-byte reads and eventfd traffic, variant (a)
taskset -c 1 strace -f -e trace=read,write -o strace/a_detail.trace ./qnambench --url $H1 --n 1000 --warmup 0 --inflight 6 > /dev/null 2>&1
python3 - <<'PY'
import re
one=sock_big=efd_r=efd_w=eagain=0
for l in open('strace/a_detail.trace'):
    m=re.search(r'(read|write)\((\d+), (".*?"(?:\.\.\.)?), (\d+)\)\s+= (-?\d+)',l)
    if not m:
        if 'EAGAIN' in l: eagain+=1
        continue
    op,fd,data,cnt,ret=m.group(1),m.group(2),m.group(3),int(m.group(4)),int(m.group(5))
    if cnt==8 and data.startswith('"\\1\\0\\0\\0') or (op=='read' and cnt==8 and ret==8 and data.startswith('"\\')):
        if op=='read': efd_r+=1
        else: efd_w+=1
    elif op=='read' and cnt==1: one+=1
    elif op=='read': sock_big+=1
n=1000
print(f"a_detail per request: 1-byte socket reads={one/n:.1f}, other socket reads={sock_big/n:.1f}, EAGAIN reads={eagain/n:.1f}, eventfd reads={efd_r/n:.1f}, eventfd writes={efd_w/n:.1f}")
PY
