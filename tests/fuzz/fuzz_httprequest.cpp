// libFuzzer target: the local server's request path (head checks, routing, body limits) must turn
// any byte stream, cut anywhere, into a complete request within its route's limits or a JSON
// refusal — never a crash, a hang, an over-read or memory beyond the limits.
#include "server/httprequestreader.h"
#include "server/httprouter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace hookline;

namespace {

constexpr qint64 apiMax = 4096;
constexpr qint64 inspectMax = 8192;
constexpr qint64 inspectKept = 64;

const HttpRouter &router()
{
    static const HttpRouter table = [] {
        HttpRouter r;
        auto nothing = [](HttpRequest &, HttpResponse &) {
        };
        r.add("GET", u"/healthz"_s, nothing);
        r.add("GET", u"/chat/(\\d{1,18})/messages/?"_s, nothing);
        r.add("POST", u"/api/v1/messages"_s, nothing,
              {apiMax, -1, [](const HttpRequest &head, HttpResponse &refusal) {
                   if (head.header("Authorization") == "Bearer t")
                       return true;
                   refusal.setError(401, u"Authorization"_s, u"wrong token"_s);
                   return false;
               }});
        r.add("POST", u"/inspect/([A-Za-z0-9_-]{1,64})/?"_s, nothing,
              {inspectMax, inspectKept, {}});
        return r;
    }();
    return table;
}

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte says how the stream is cut into reads, as a network would.
    const std::size_t step = 1 + data[0] % 64;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const std::size_t total = size - 1;

    BodyBudget budget(1024 * 1024);
    {
        HttpLimits limits;
        limits.maxHeadBytes = 2048;
        limits.maxHeaders = 20;
        HttpRequestReader reader(router(), limits, budget);
        QByteArray pending; // what the reader has not consumed yet, as the connection keeps it
        std::size_t offered = 0;
        for (;;) {
            const std::size_t more = std::min(step, total - offered);
            pending.append(bytes + offered, qsizetype(more));
            offered += more;
            std::size_t consumed = 0;
            const auto result
                = reader.feed(pending.constData(), std::size_t(pending.size()), &consumed);
            check(consumed <= std::size_t(pending.size()));
            pending.remove(0, qsizetype(consumed));
            // The head is parsed whole, never buffered beyond its limit.
            check(pending.size() <= qsizetype(limits.maxHeadBytes) + 64);
            if (result == HttpRequestReader::Step::Refused) {
                const HttpResponse &refusal = reader.refusal();
                check(refusal.status >= 400 && refusal.status < 600);
                const QJsonObject body = QJsonDocument::fromJson(refusal.body).object();
                check(!body.value(u"error"_s).toString().isEmpty());
                check(body.contains(u"field"_s));
                break;
            }
            if (result == HttpRequestReader::Step::Complete) {
                const HttpRoute *route = reader.route();
                check(route != nullptr);
                const HttpRequest request = reader.takeRequest();
                check(request.bodySize <= route->maxBodyBytes);
                check(request.body.size() <= request.bodySize);
                if (route->keptBodyBytes >= 0)
                    check(request.body.size() <= route->keptBodyBytes);
                if (route->maxBodyBytes == apiMax)
                    check(request.header("Authorization") == "Bearer t");
                break;
            }
            if (offered == total && consumed == 0 && result == HttpRequestReader::Step::NeedMore)
                break; // the stream ended mid-request: the connection would close
        }
        check(budget.used() <= 1024 * 1024);
    }
    check(budget.used() == 0);
    return 0;
}
