#!/bin/bash
# strace -c -f for the HTTPS variants (same per-request accounting as strace_all.sh)
cd "$(dirname "$0")"
source <(sed -n '/^run() {/,/^}/p' strace_all.sh)
run g_https_h1_6          3000 ./qnambench --url https://127.0.0.1:18443/hook --n 3000 --warmup 0 --inflight 6 --insecure
run g_https_alpn_h2_6     500  ./qnambench --url https://127.0.0.1:18444/hook --n 500 --warmup 0 --inflight 6 --insecure
run g_https_h2allowed0_6  3000 ./qnambench --url https://127.0.0.1:18444/hook --n 3000 --warmup 0 --inflight 6 --insecure --h2allowed 0
run g_curl_https_h1_6     3500 ./curlbench https://127.0.0.1:18443/hook 3000 6
