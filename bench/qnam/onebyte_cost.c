/* Cost on this machine of reading a 160-byte HTTP response head with 1-byte read()s vs one read(),
 * on a connected loopback TCP socket (data already queued). Prints CPU µs per response head. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <time.h>
static double cpu(void) { struct timespec t; clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t); return t.tv_sec + t.tv_nsec / 1e9; }
int main(void)
{
    int ls = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    bind(ls, (void *)&a, sizeof a); listen(ls, 1);
    socklen_t al = sizeof a; getsockname(ls, (void *)&a, &al);
    int c = socket(AF_INET, SOCK_STREAM, 0); connect(c, (void *)&a, sizeof a);
    int s = accept(ls, NULL, NULL);
    setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    char head[160]; memset(head, 'x', sizeof head);
    const int N = 20000; char buf[256];
    for (int mode = 0; mode < 2; mode++) {
        double t = 0;
        for (int i = 0; i < N; i++) {
            write(s, head, sizeof head);
            usleep(0);
            /* make sure everything has arrived before timing the reads */
            int avail = 0; do { recv(c, buf, sizeof buf, MSG_PEEK | MSG_DONTWAIT); ioctl(c, FIONREAD, &avail); } while (avail < 160);
            double t0 = cpu();
            if (mode == 0) for (int k = 0; k < 160; k++) read(c, buf, 1);
            else read(c, buf, 160);
            t += cpu() - t0;
        }
        printf("%s: %.1f us CPU per 160-byte head\n", mode ? "one read(160)   " : "160 x read(1)   ", t * 1e6 / N);
    }
    return 0;
}
