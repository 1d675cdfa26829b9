#pragma once

// A local stand-in for Meta's Graph API (cpp-httplib on a loopback port, its own threads): media
// lookups and downloads, media uploads and sends, each checked for the bearer token and
// answered the way Meta documents, errors in Meta's error format.
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>

#include <memory>
#include <thread>

namespace httplib {
class Server;
}

class FakeGraphApi
{
public:
    explicit FakeGraphApi(QString accessToken);
    ~FakeGraphApi();

    // What CloudApiAccount::graphBaseUrl should be: http://127.0.0.1:PORT/v21.0
    QString baseUrl() const;

    struct Media
    {
        QByteArray bytes;
        QString mimeType;
        int failuresLeft = 0; // answer 500 to this many lookups first
    };
    void addMedia(const QString &mediaId, const Media &media);
    // Lookups so far of one media id (failed ones included).
    int lookups(const QString &mediaId) const;

    struct Sent
    {
        QString phoneNumberId;
        QJsonObject body; // the JSON of POST /{phone-number-id}/messages
        QString wamid;
    };
    QList<Sent> sent() const;
    // Files uploaded through POST /{phone-number-id}/media, by the media id handed out.
    QMap<QString, QByteArray> uploads() const;
    // The next send is refused with this Graph error (code, message); 0 clears it.
    void refuseNextSend(int code, const QString &message);

private:
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
    QString m_token;
    mutable QMutex m_mutex;
    QMap<QString, Media> m_media;
    QMap<QString, int> m_lookups;
    QList<Sent> m_sent;
    QMap<QString, QByteArray> m_uploads;
    int m_refuseCode = 0;
    QString m_refuseMessage;
    int m_nextId = 0;
};
