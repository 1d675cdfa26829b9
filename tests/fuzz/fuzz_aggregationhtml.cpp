// libFuzzer target: whatever the texts and names of a bundle, its "aggregation" HTML contains no
// markup but Hookline's own (<br/>, the permalink's <a> and </a>), and the bundle is valid JSON
// that carries every text unchanged.
#include "payload/aggregationhtml.h"
#include "payload/payloadbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Input: "sender\x1ftext\x1esender\x1ftext..." (unit and record separators).
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    hookline::PayloadBundle bundle;
    bundle.permalink = u"https://hooks.example.com/chat/1/messages/?sig=x&y='z'#m-1"_s;
    const QStringList records = input.split(QChar(0x1e));
    for (const QString &record : records.mid(0, 50)) {
        hookline::PayloadMessage m;
        m.timestamp = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        m.sender.fullName = record.section(QChar(0x1f), 0, 0);
        m.text = record.section(QChar(0x1f), 1);
        if (m.text.startsWith(u'@'))
            m.attachment = hookline::PayloadAttachment {u"u"_s, m.text.mid(1), 1, u"a/b"_s};
        bundle.messages.append(m);
    }

    QString html = hookline::aggregationHtml(bundle);
    static const QRegularExpression ours(u"<br/>|<a href='[^'<>]*'>|</a>"_s);
    html.remove(ours);
    if (html.contains(u'<') || html.contains(u'>'))
        std::abort();

    const QByteArray json = hookline::PayloadBuilder::bundle({}, {}, bundle);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        std::abort();
    const QJsonArray messages = root.value(u"messages"_s).toArray();
    if (messages.size() != bundle.messages.size())
        std::abort();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        // QString::fromUtf8 replaced invalid bytes already; what went in must come out.
        if (messages.at(i)[u"text"_s].toString() != bundle.messages.at(i).text)
            std::abort();
    }
    return 0;
}
