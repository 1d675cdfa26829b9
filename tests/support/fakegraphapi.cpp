#include "fakegraphapi.h"

#include <httplib.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

void graphError(httplib::Response &res, int status, int code, const QString &message)
{
    res.status = status;
    const QJsonObject error {{u"error"_s,
                              QJsonObject {{u"message"_s, message},
                                           {u"type"_s, u"OAuthException"_s},
                                           {u"code"_s, code},
                                           {u"fbtrace_id"_s, u"AbCdEf"_s}}}};
    res.set_content(QJsonDocument(error).toJson(QJsonDocument::Compact).toStdString(),
                    "application/json");
}

void json(httplib::Response &res, const QJsonObject &body)
{
    res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                    "application/json");
}

} // namespace

FakeGraphApi::FakeGraphApi(QString accessToken)
    : m_server(std::make_unique<httplib::Server>())
    , m_token(std::move(accessToken))
{
    auto authorised = [this](const httplib::Request &req, httplib::Response &res) {
        if (req.get_header_value("Authorization") == "Bearer " + m_token.toStdString())
            return true;
        graphError(res, 401, 190, u"Invalid OAuth access token - Cannot parse access token"_s);
        return false;
    };

    m_server->Get(
        R"(/v21\.0/(\d+))",
        [this, authorised](const httplib::Request &req, httplib::Response &res) {
            if (!authorised(req, res))
                return;
            const QString id = QString::fromStdString(req.matches[1]);
            QMutexLocker lock(&m_mutex);
            ++m_lookups[id];
            auto it = m_media.find(id);
            if (it == m_media.end()) {
                graphError(res, 400, 100,
                           u"Unsupported get request. Object with ID '%1' does not "
                           "exist"_s.arg(id));
                return;
            }
            if (it->failuresLeft > 0) {
                --it->failuresLeft;
                graphError(res, 500, 2,
                           u"An unexpected error has occurred. Please retry your "
                           "request later."_s);
                return;
            }
            json(res,
                 {{u"messaging_product"_s, u"whatsapp"_s},
                  {u"url"_s, u"http://127.0.0.1:%1/media-download/%2"_s.arg(m_port).arg(id)},
                  {u"mime_type"_s, it->mimeType},
                  {u"sha256"_s,
                   QString::fromLatin1(
                       QCryptographicHash::hash(it->bytes, QCryptographicHash::Sha256).toHex())},
                  {u"file_size"_s, it->bytes.size()},
                  {u"id"_s, id}});
        });

    m_server->Get(R"(/media-download/(\d+))",
                  [this, authorised](const httplib::Request &req, httplib::Response &res) {
                      if (!authorised(req, res))
                          return;
                      QMutexLocker lock(&m_mutex);
                      const auto it = m_media.constFind(QString::fromStdString(req.matches[1]));
                      if (it == m_media.cend()) {
                          res.status = 404;
                          return;
                      }
                      res.set_content(it->bytes.toStdString(), it->mimeType.toStdString());
                  });

    m_server->Post(R"(/v21\.0/(\d+)/media)",
                   [this, authorised](const httplib::Request &req, httplib::Response &res) {
                       if (!authorised(req, res))
                           return;
                       if (!req.has_file("file")
                           || req.get_file_value("messaging_product").content != "whatsapp") {
                           graphError(res, 400, 100, u"(#100) The parameter file is required."_s);
                           return;
                       }
                       QMutexLocker lock(&m_mutex);
                       const QString id = QString::number(900000 + ++m_nextId);
                       m_uploads.insert(
                           id, QByteArray::fromStdString(req.get_file_value("file").content));
                       json(res, {{u"id"_s, id}});
                   });

    m_server->Post(R"(/v21\.0/(\d+)/messages)",
                   [this, authorised](const httplib::Request &req, httplib::Response &res) {
                       if (!authorised(req, res))
                           return;
                       const QJsonObject body
                           = QJsonDocument::fromJson(QByteArray::fromStdString(req.body)).object();
                       QMutexLocker lock(&m_mutex);
                       if (m_refuseCode != 0) {
                           graphError(res, 400, m_refuseCode, m_refuseMessage);
                           m_refuseCode = 0;
                           return;
                       }
                       if (body.value(u"messaging_product"_s) != u"whatsapp"_s
                           || body.value(u"to"_s).toString().isEmpty()) {
                           graphError(res, 400, 100, u"(#100) Invalid parameter"_s);
                           return;
                       }
                       const QString wamid = u"wamid.FAKE%1"_s.arg(++m_nextId);
                       m_sent.append({QString::fromStdString(req.matches[1]), body, wamid});
                       json(res,
                            {{u"messaging_product"_s, u"whatsapp"_s},
                             {u"contacts"_s,
                              QJsonArray {QJsonObject {{u"input"_s, body.value(u"to"_s)},
                                                       {u"wa_id"_s, body.value(u"to"_s)}}}},
                             {u"messages"_s, QJsonArray {QJsonObject {{u"id"_s, wamid}}}}});
                   });

    m_port = m_server->bind_to_any_port("127.0.0.1");
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    while (!m_server->is_running())
        QThread::msleep(1);
}

FakeGraphApi::~FakeGraphApi()
{
    m_server->stop();
    m_thread.join();
}

QString FakeGraphApi::baseUrl() const
{
    return u"http://127.0.0.1:%1/v21.0"_s.arg(m_port);
}

void FakeGraphApi::addMedia(const QString &mediaId, const Media &media)
{
    QMutexLocker lock(&m_mutex);
    m_media.insert(mediaId, media);
}

int FakeGraphApi::lookups(const QString &mediaId) const
{
    QMutexLocker lock(&m_mutex);
    return m_lookups.value(mediaId);
}

QList<FakeGraphApi::Sent> FakeGraphApi::sent() const
{
    QMutexLocker lock(&m_mutex);
    return m_sent;
}

QMap<QString, QByteArray> FakeGraphApi::uploads() const
{
    QMutexLocker lock(&m_mutex);
    return m_uploads;
}

void FakeGraphApi::refuseNextSend(int code, const QString &message)
{
    QMutexLocker lock(&m_mutex);
    m_refuseCode = code;
    m_refuseMessage = message;
}
