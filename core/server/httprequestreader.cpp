#include "httprequestreader.h"

#include "httprouter.h"

#include <boost/beast/core/buffers_range.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>

using namespace Qt::StringLiterals;
namespace http = boost::beast::http;

namespace hookline {

bool BodyBudget::reserve(qint64 bytes)
{
    if (m_used.fetch_add(bytes) + bytes <= m_total)
        return true;
    m_used.fetch_sub(bytes);
    return false;
}

void BodyBudget::release(qint64 bytes)
{
    m_used.fetch_sub(bytes);
}

namespace {

// A request body held up to the route's kept prefix and counted beyond it, refused past the
// route's limit or when the shared budget cannot hold what it keeps: memory grows with what a
// route needs, never with what a client sends.
struct CappedBody
{
    // Plain data: the reader that owns the parser gives the reservation back.
    struct value_type
    {
        QByteArray kept;
        qint64 received = 0;
        qint64 maxBytes = 0;
        qint64 keepBytes = 0;
        BodyBudget *budget = nullptr;
        qint64 reserved = 0;
        bool overBudget = false;
    };

    class reader
    {
    public:
        template<bool isRequest, class Fields>
        reader(http::header<isRequest, Fields> &, value_type &body)
            : m_body(body)
        {
        }
        void init(const boost::optional<std::uint64_t> &length, boost::system::error_code &ec)
        {
            // One allocation for a declared length, instead of doublings past what is kept.
            if (length)
                m_body.kept.reserve(qsizetype(std::min(qint64(*length), m_body.keepBytes)));
            ec = {};
        }
        template<class ConstBufferSequence>
        std::size_t put(const ConstBufferSequence &buffers, boost::system::error_code &ec)
        {
            const auto size = qint64(boost::beast::buffer_bytes(buffers));
            if (m_body.received + size > m_body.maxBytes) {
                ec = http::error::body_limit;
                return 0;
            }
            const qint64 keep = std::min(size, m_body.keepBytes - m_body.kept.size());
            if (keep > 0) {
                if (!m_body.budget->reserve(keep)) {
                    m_body.overBudget = true;
                    ec = http::error::body_limit;
                    return 0;
                }
                m_body.reserved += keep;
                qint64 left = keep;
                for (const auto b : boost::beast::buffers_range_ref(buffers)) {
                    const qint64 n = std::min(left, qint64(b.size()));
                    m_body.kept.append(static_cast<const char *>(b.data()), n);
                    left -= n;
                    if (left == 0)
                        break;
                }
            }
            m_body.received += size;
            ec = {};
            return std::size_t(size);
        }
        void finish(boost::system::error_code &ec) { ec = {}; }

    private:
        value_type &m_body;
    };
};

bool isMalformed(const boost::system::error_code &ec)
{
    return ec != http::error::header_limit && ec != http::error::body_limit
        && ec != http::error::need_more;
}

QByteArray decodedPercent(QByteArray bytes, bool plusIsSpace)
{
    if (plusIsSpace)
        bytes.replace('+', ' ');
    return QByteArray::fromPercentEncoding(bytes);
}

} // namespace

struct HttpRequestReader::Parser
{
    http::request_parser<CappedBody> parser;
};

HttpRequestReader::HttpRequestReader(const HttpRouter &router, const HttpLimits &limits,
                                     BodyBudget &budget)
    : m_router(router)
    , m_limits(limits)
    , m_parser(std::make_unique<Parser>())
    , m_budget(budget)
{
    http::request_parser<CappedBody> &p = m_parser->parser;
    p.header_limit(limits.maxHeadBytes);
    // Lengths are checked against the route once it is known, and while the body streams.
    p.body_limit(boost::none);
    // Stop after the head, so it is checked before any body byte is taken.
    p.eager(false);
    p.get().body().budget = &budget;
}

HttpRequestReader::~HttpRequestReader()
{
    m_budget.release(m_parser->parser.get().body().reserved);
}

HttpRequestReader::Step HttpRequestReader::refuse(int status, const QString &field,
                                                  const QString &message)
{
    m_refusal = HttpResponse();
    m_refusal.setError(status, field, message);
    return Step::Refused;
}

HttpRequestReader::Step HttpRequestReader::feed(const char *data, std::size_t size,
                                                std::size_t *consumed)
{
    *consumed = 0;
    if (size > 0)
        m_started = true;
    http::request_parser<CappedBody> &p = m_parser->parser;
    for (;;) {
        boost::system::error_code ec;
        const std::size_t n
            = p.put(boost::asio::const_buffer(data + *consumed, size - *consumed), ec);
        *consumed += n;
        if (!m_headDone) {
            // Beast bounds only the unparsed rest of a head: lines already parsed count too.
            m_headBytes += qint64(n);
            if (!p.is_header_done()
                && m_headBytes + qint64(size - *consumed) >= m_limits.maxHeadBytes)
                ec = http::error::header_limit;
        }
        if (ec == http::error::need_more) {
            // Past the head only a chunk header or a trailer waits to be whole; neither may grow
            // without end (the parser itself sets no bound on chunk extensions).
            if (m_headDone && size - *consumed >= m_limits.maxHeadBytes)
                return refuse(400, u"body"_s,
                              u"a chunk header or trailer is longer than %1 bytes"_s.arg(
                                  m_limits.maxHeadBytes));
            return Step::NeedMore;
        }
        if (ec == http::error::header_limit) {
            return refuse(431, u"headers"_s,
                          u"the request line and headers are larger than %1 bytes"_s.arg(
                              m_limits.maxHeadBytes));
        }
        if (ec == http::error::body_limit) {
            const CappedBody::value_type &body = p.get().body();
            if (body.overBudget) {
                m_refusal = HttpResponse();
                m_refusal.setHeader("Retry-After", "5");
                m_refusal.setError(503, u"body"_s,
                                   u"the server is receiving too much at once; retry later"_s);
                return Step::Refused;
            }
            return refuse(
                413, u"body"_s,
                u"the body is larger than %1 bytes, the limit of this path"_s.arg(body.maxBytes));
        }
        if (ec && isMalformed(ec)) {
            return refuse(
                400, QString(),
                u"malformed HTTP request: %1"_s.arg(QString::fromStdString(ec.message())));
        }
        if (!m_headDone && p.is_header_done()) {
            m_headDone = true;
            const Step head = checkHead();
            if (head == Step::Refused || !p.is_done())
                return head;
        }
        if (p.is_done())
            return Step::Complete;
        if (*consumed == size)
            return Step::NeedMore;
    }
}

HttpRequestReader::Step HttpRequestReader::checkHead()
{
    http::request_parser<CappedBody> &p = m_parser->parser;
    const auto &head = p.get();
    int count = 0;
    for (const auto &field : head) {
        if (++count > m_limits.maxHeaders) {
            return refuse(431, u"headers"_s,
                          u"the request has more than %1 headers"_s.arg(m_limits.maxHeaders));
        }
        m_request.headers.append(
            {QByteArray(field.name_string().data(), qsizetype(field.name_string().size())),
             QByteArray(field.value().data(), qsizetype(field.value().size()))});
    }
    if (head.version() != 11 && head.version() != 10)
        return refuse(505, QString(), u"only HTTP/1.1 and HTTP/1.0 are served here"_s);
    const auto method = head.method_string();
    m_request.method = QByteArray(method.data(), qsizetype(method.size()));
    m_isHead = m_request.method == "HEAD";
    const auto target = head.target();
    m_request.target = QByteArray(target.data(), qsizetype(target.size()));
    if (!m_request.target.startsWith('/'))
        return refuse(400, QString(), u"the request target must be a path"_s);
    const qsizetype question = m_request.target.indexOf('?');
    m_request.path = decodedPercent(
        m_request.target.left(question < 0 ? m_request.target.size() : question), false);
    if (question >= 0) {
        for (const QByteArray &pair : m_request.target.mid(question + 1).split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype equals = pair.indexOf('=');
            const QByteArray key = equals < 0 ? pair : pair.left(equals);
            const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
            m_request.query.append({QString::fromUtf8(decodedPercent(key, true)),
                                    QString::fromUtf8(decodedPercent(value, true))});
        }
    }

    m_route = m_router.match(m_request.method, m_request.path, &m_request.matches, &m_refusal);
    if (!m_route)
        return Step::Refused;
    if (m_route->guard && !m_route->guard(m_request, m_refusal))
        return Step::Refused;

    // Every occurrence counts: a second header must not undo what the first one said.
    QByteArrayList encodings;
    QByteArrayList transfers;
    QByteArrayList expectations;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        QByteArrayList *list = name.compare("Content-Encoding", Qt::CaseInsensitive) == 0
            ? &encodings
            : name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0 ? &transfers
            : name.compare("Expect", Qt::CaseInsensitive) == 0            ? &expectations
                                                                          : nullptr;
        if (list) {
            for (const QByteArray &item : value.split(','))
                list->append(item.trimmed().toLower());
        }
    }
    for (const QByteArray &encoding : std::as_const(encodings)) {
        if (!encoding.isEmpty() && encoding != "identity") {
            return refuse(
                415, u"Content-Encoding"_s,
                u"send the body uncompressed (Content-Encoding \"%1\" is not accepted)"_s.arg(
                    QString::fromLatin1(encoding.left(40))));
        }
    }
    if (!transfers.isEmpty()) {
        if (transfers != QByteArrayList {"chunked"}) {
            return refuse(
                501, u"Transfer-Encoding"_s,
                u"Transfer-Encoding \"%1\" is not supported; send chunked or a "
                "Content-Length"_s.arg(QString::fromLatin1(transfers.join(", ").left(40))));
        }
        if (!m_request.header("Content-Length").isEmpty()) {
            return refuse(400, u"Content-Length"_s,
                          u"a request cannot carry both Content-Length and Transfer-Encoding"_s);
        }
    }
    if (!expectations.isEmpty() && head.version() == 11) {
        if (expectations != QByteArrayList {"100-continue"}) {
            return refuse(417, u"Expect"_s, u"only \"Expect: 100-continue\" is understood"_s);
        }
        m_expectsContinue = true;
    }
    if (const auto length = p.content_length(); length && qint64(*length) > m_route->maxBodyBytes) {
        return refuse(413, u"body"_s,
                      u"the body is larger than %1 bytes, the limit of this path"_s.arg(
                          m_route->maxBodyBytes));
    }
    CappedBody::value_type &body = p.get().body();
    body.maxBytes = m_route->maxBodyBytes;
    body.keepBytes = m_route->keptBodyBytes < 0 ? m_route->maxBodyBytes : m_route->keptBodyBytes;
    p.eager(true);
    return Step::HeadAccepted;
}

bool HttpRequestReader::expectsContinue() const
{
    return m_expectsContinue;
}

bool HttpRequestReader::keepAlive() const
{
    return m_parser->parser.get().keep_alive();
}

HttpRequest HttpRequestReader::takeRequest()
{
    CappedBody::value_type &body = m_parser->parser.get().body();
    m_request.body = std::move(body.kept);
    m_request.bodySize = body.received;
    return std::move(m_request);
}

} // namespace hookline
