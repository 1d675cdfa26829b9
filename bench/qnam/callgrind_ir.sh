#!/bin/bash
# Noise-free metric: user-space instructions per request (valgrind callgrind, all threads),
# = (Ir at n=1200 - Ir at n=200) / 1000. Kernel time (syscalls) is NOT included.
cd "$(dirname "$0")"; H1=http://127.0.0.1:18080/hook; H2=http://127.0.0.1:18082/hook
ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
v() { local name=$1; shift
  if [ "$1" = curl ]; then shift; a=$(ir ./curlbench "$@" 200 6); b=$(ir ./curlbench "$@" 1200 6)
  else a=$(ir "$@" --n 200 --warmup 0); b=$(ir "$@" --n 1200 --warmup 0); fi
  echo "$name $(( (b - a) / 1000 )) instructions/request"; }
Q="./qnambench --url $H1 --inflight 6"
v a_product_like        $Q
v e_h2allowed0          $Q --h2allowed 0
v no_transfertimeout    $Q --no-transfer-timeout
v no_deadline_timer     $Q --no-deadline
v no_readbuffersize     $Q --no-readbuf
v reuse_request         $Q --reuse-request
v autodelete            $Q --autodelete
v combined              $Q --no-transfer-timeout --no-deadline --no-readbuf --reuse-request
v minimal               $Q --minimal
QT_NO_GLIB=1 v qt_no_glib $Q   # env var must reach valgrind itself
QT_NO_GLIB=1 v qt_no_glib_combined $Q --no-transfer-timeout --no-deadline --no-readbuf --reuse-request
v contentlength_recv    ./qnambench --url http://127.0.0.1:18081/hook --inflight 6
v h2c_direct_nodelay    ./qnambench --url $H2 --inflight 6 --h2direct --nodelay-hack
v curl_h1               curl $H1
