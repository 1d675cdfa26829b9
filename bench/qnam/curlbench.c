/* libcurl multi-interface benchmark: N POSTs of the same ~1.2 KB JSON body, K in flight, one thread.
 * Usage: curlbench URL N K [h2c]   (h2c => CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE + multiplexing)
 * Each of the K easy handles is reused (keep-alive connection cache in the multi handle). */
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

static char body[2048];
static long bodylen;
struct slot { CURL *e; char resp[256]; size_t n; };

static size_t wcb(char *p, size_t s, size_t nm, void *ud)
{
    struct slot *sl = ud; size_t len = s * nm;
    size_t room = sizeof(sl->resp) - 1 - sl->n;
    size_t c = len < room ? len : room;
    memcpy(sl->resp + sl->n, p, c); sl->n += c; sl->resp[sl->n] = 0;
    return len;
}
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }
static double cpu(void) { struct rusage r; getrusage(RUSAGE_SELF, &r);
    return r.ru_utime.tv_sec + r.ru_stime.tv_sec + (r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6; }

int main(int argc, char **argv)
{
    if (argc < 4) { fprintf(stderr, "usage: %s URL N K [h2c]\n", argv[0]); return 2; }
    const char *url = argv[1]; int N = atoi(argv[2]), K = atoi(argv[3]);
    int h2 = argc > 4 && !strcmp(argv[4], "h2c");
    /* same ~1.2 KB JSON body as qnambench */
    strcpy(body, "{\"event\":\"order.created\",\"id\":\"evt_0001\",\"data\":{\"items\":[");
    for (int i = 1; strlen(body) < 1150; i++)
        sprintf(body + strlen(body), "%s{\"sku\":\"SKU-%d\",\"qty\":%d}", i > 1 ? "," : "", 100000 + i, i % 7 + 1);
    strcat(body, "]}}"); bodylen = strlen(body);

    curl_global_init(CURL_GLOBAL_DEFAULT);
    CURLM *m = curl_multi_init();
    if (h2) curl_multi_setopt(m, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
    struct curl_slist *hdr = NULL;
    hdr = curl_slist_append(hdr, "Content-Type: application/json");
    hdr = curl_slist_append(hdr, "User-Agent: Hookline/0.1");
    hdr = curl_slist_append(hdr, "X-Hookline-Event: order.created");
    hdr = curl_slist_append(hdr, "X-Hookline-Signature: sha256=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    hdr = curl_slist_append(hdr, "Authorization: Bearer abcdefghijklmnopqrstuvwxyz");
    hdr = curl_slist_append(hdr, "Expect:"); /* no 100-continue */
    struct slot *slots = calloc(K, sizeof *slots);
    int started = 0, done = 0, errors = 0, warm = 500;
    int total = N + warm;
    double t0 = 0, c0 = 0;
    for (int i = 0; i < K; i++) {
        CURL *e = curl_easy_init(); slots[i].e = e;
        curl_easy_setopt(e, CURLOPT_URL, url);
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, hdr);
        curl_easy_setopt(e, CURLOPT_POSTFIELDS, body);
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE, bodylen);
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, wcb);
        curl_easy_setopt(e, CURLOPT_WRITEDATA, &slots[i]);
        curl_easy_setopt(e, CURLOPT_PRIVATE, &slots[i]);
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, 30000L);
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        if (!strncmp(url, "https:", 6)) { /* loopback test receiver has a self-signed cert */
            curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L); curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 0L); }
        if (h2) { curl_easy_setopt(e, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE);
                  }
        if (started < total) { curl_multi_add_handle(m, e); started++; }
    }
    int running = 1;
    while (done < total) {
        curl_multi_perform(m, &running);
        CURLMsg *msg; int q;
        while ((msg = curl_multi_info_read(m, &q))) {
            if (msg->msg != CURLMSG_DONE) continue;
            CURL *e = msg->easy_handle; struct slot *sl; long code = 0;
            curl_easy_getinfo(e, CURLINFO_PRIVATE, (char **)&sl);
            curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &code);
            if (msg->data.result != CURLE_OK || code != 200 || strcmp(sl->resp, "ok"))
                if (++errors <= 5) fprintf(stderr, "bad: %s code %ld '%s'\n", curl_easy_strerror(msg->data.result), code, sl->resp);
            curl_multi_remove_handle(m, e);
            sl->n = 0; sl->resp[0] = 0;
            if (++done == warm) { t0 = now(); c0 = cpu(); }
            if (started < total) { curl_multi_add_handle(m, e); started++; }
        }
        if (done < total) curl_multi_poll(m, NULL, 0, 1000, NULL);
    }
    double wall = now() - t0, c = cpu() - c0;
    long ver = 0; curl_easy_getinfo(slots[0].e, CURLINFO_HTTP_VERSION, &ver);
    printf("RESULT curl n=%d inflight=%d http_version=%ld wall=%.3fs req/s=%.0f cpu_us/req=%.1f errors=%d\n",
           N, K, ver, wall, N / wall, c * 1e6 / N, errors);
    return errors ? 1 : 0;
}
