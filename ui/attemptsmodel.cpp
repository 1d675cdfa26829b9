#include "attemptsmodel.h"

#include "chipdelegate.h"
#include "feedbacklabel.h"
#include "httptext.h"
#include "store/storeconnection.h"
#include "storeworker.h"

#include <QColor>
#include <QLocale>

#include <utility>

using namespace Qt::StringLiterals;

namespace hookline {

AttemptsModel::AttemptsModel(StoreWorker *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    start(Kind::Older, true);
}

void AttemptsModel::setFilter(const AttemptFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    ++m_generation;
    // Already fetching: a view (or a model tester) that asks for rows as the reset ends must not
    // start a second first page beside the one below.
    m_fetching = true;
    m_fetchingOlder = true;
    m_exhausted = false;
    m_newerWanted = false;
    m_checkWanted = false;
    m_moreWanted = false;
    endResetModel();
    setNewerCount(0);
    start(Kind::Older, true);
}

void AttemptsModel::loadNewer()
{
    if (m_fetching) {
        m_newerWanted = true;
        return;
    }
    if (m_rows.isEmpty()) {
        // Nothing shown yet: the newest page is all there is to load, newer ones included.
        m_exhausted = false;
        setNewerCount(0);
        start(Kind::Older, true);
        return;
    }
    start(Kind::Newer, true);
}

void AttemptsModel::checkNewer()
{
    if (m_fetching) {
        m_checkWanted = true;
        return;
    }
    if (m_rows.isEmpty()) {
        loadNewer();
        return;
    }
    start(Kind::Check, true);
}

int AttemptsModel::rowOfAttempt(qint64 attemptId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == attemptId)
            return row;
    return -1;
}

int AttemptsModel::rowOfDelivery(qint64 deliveryId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).deliveryId == deliveryId)
            return row;
    return -1;
}

QString AttemptsModel::statusText(const AttemptSummary &attempt)
{
    if (attempt.responseStatus > 0) {
        const QString reason = HttpText::reasonPhrase(attempt.responseStatus);
        return reason.isEmpty() ? QString::number(attempt.responseStatus)
                                : QString::number(attempt.responseStatus) + u' ' + reason;
    }
    // Errors read "kind: detail" (e.g. "timeout: no complete response within 15000 ms").
    return attempt.error.section(u':', 0, 0).trimmed();
}

QString AttemptsModel::deliveryText(const AttemptSummary &a)
{
    if (a.deliveryId <= 0)
        return {};
    QString what;
    if (a.deliveryKind == u"bundle"_s)
        what = tr("bundle of %n message(s)", "", a.messageCount);
    else if (a.deliveryKind == u"test"_s)
        what = tr("test");
    else if (a.deliveryKind == u"single"_s)
        what = tr("message");
    return what.isEmpty() ? u"#%1"_s.arg(a.deliveryId) : u"#%1 · %2"_s.arg(a.deliveryId).arg(what);
}

QString AttemptsModel::attemptText(const AttemptSummary &a)
{
    if (a.attemptNumber <= 0)
        return {};
    if (!a.awaitsRetry())
        return QString::number(a.attemptNumber);
    if (a.nextAttemptMs <= 0)
        return tr("%1 · retrying").arg(a.attemptNumber);
    const QDateTime next = QDateTime::fromMSecsSinceEpoch(a.nextAttemptMs);
    return tr("%1 · next at %2")
        .arg(a.attemptNumber)
        .arg(QLocale().toString(next.time(), u"HH:mm:ss"_s));
}

void AttemptsModel::start(Kind kind, bool withCount)
{
    m_fetching = true;
    m_fetchingOlder = kind == Kind::Older;
    const quint64 generation = m_generation;
    const AttemptFilter filter = m_filter;
    const qint64 beforeId = kind == Kind::Older && !m_rows.isEmpty() ? m_rows.constLast().id : 0;
    const qint64 newestId = kind != Kind::Older ? m_rows.constFirst().id : 0;
    const qint64 oldestId = kind != Kind::Older ? m_rows.constLast().id : 0;
    m_store->run<Answer>(
        this,
        [kind, filter, beforeId, newestId, oldestId, withCount](StoreConnection &store) {
            Answer answer;
            if (kind != Kind::Older)
                answer.stored = store.attempts->ids(filter, oldestId, newestId);
            if (kind == Kind::Check) {
                answer.newer = store.attempts->count(filter, newestId);
                answer.count = store.attempts->count(filter);
                return answer;
            }
            answer.rows = store.attempts->page(filter, beforeId, pageSize);
            if (kind == Kind::Newer) {
                // page() only walks towards older ids: take the newest page and keep what is
                // newer than the table's top. A full page of newer rows may hide a gap.
                answer.gap
                    = answer.rows.size() == pageSize && answer.rows.constLast().id > newestId;
                if (!answer.gap)
                    answer.rows.removeIf(
                        [newestId](const AttemptSummary &a) { return a.id <= newestId; });
            }
            if (withCount)
                answer.count = store.attempts->count(filter);
            return answer;
        },
        [this, kind, generation](const Outcome<Answer> &outcome) {
            receive(kind, generation, outcome.value.value_or(Answer {}), outcome.error);
        });
}

void AttemptsModel::receive(Kind kind, quint64 generation, const Answer &answer,
                            const QString &error)
{
    if (generation != m_generation)
        return; // asked under a filter that is no longer shown
    m_fetching = false;
    if (!error.isEmpty()) {
        // Stop asking: the view would otherwise retry on every layout pass.
        if (kind == Kind::Older)
            m_exhausted = true;
        Q_EMIT fetched(error);
        return;
    }
    if (kind != Kind::Older && !answer.gap)
        dropGone(answer.stored);
    if (kind == Kind::Check)
        setNewerCount(answer.newer);
    else if (kind == Kind::Newer)
        setNewerCount(0);
    if (kind == Kind::Newer && answer.gap) {
        beginResetModel();
        m_rows = answer.rows;
        m_exhausted = false;
        endResetModel();
    } else if (kind == Kind::Newer && !answer.rows.isEmpty()) {
        beginInsertRows({}, 0, int(answer.rows.size()) - 1);
        m_rows = answer.rows + m_rows;
        endInsertRows();
    } else if (kind == Kind::Older) {
        // Only what is older than the last row: a page must never be shown twice.
        QList<AttemptSummary> rows = answer.rows;
        if (!m_rows.isEmpty()) {
            const qint64 last = m_rows.constLast().id;
            rows.removeIf([last](const AttemptSummary &a) { return a.id >= last; });
        }
        if (!rows.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(rows.size()) - 1);
            m_rows += rows;
            endInsertRows();
        }
        m_exhausted = answer.rows.size() < pageSize;
    }
    if (answer.count >= 0)
        setTotalCount(answer.count);
    Q_EMIT fetched(QString());
    if (std::exchange(m_moreWanted, false) && !m_exhausted && !m_rows.isEmpty()) {
        start(Kind::Older, false);
    } else if (m_newerWanted) {
        m_newerWanted = false;
        m_checkWanted = false;
        loadNewer();
    } else if (m_checkWanted) {
        m_checkWanted = false;
        checkNewer();
    }
}

void AttemptsModel::dropGone(const QList<qint64> &stored)
{
    // Both lists run newest first; the rows the store lost go in runs, from the bottom up so
    // earlier row numbers stay right.
    QList<std::pair<int, int>> runs;
    QList<qint64> gone;
    qsizetype next = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const qint64 id = m_rows.at(row).id;
        while (next < stored.size() && stored.at(next) > id)
            ++next;
        if (next < stored.size() && stored.at(next) == id)
            continue;
        gone << id;
        if (!runs.isEmpty() && runs.constLast().second == row - 1)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    if (gone.isEmpty())
        return;
    Q_EMIT attemptsGone(gone);
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        beginRemoveRows({}, run->first, run->second);
        m_rows.remove(run->first, run->second - run->first + 1);
        endRemoveRows();
    }
}

void AttemptsModel::setNewerCount(int count)
{
    if (count == m_newerCount)
        return;
    m_newerCount = count;
    Q_EMIT newerCountChanged(count);
}

void AttemptsModel::setTotalCount(int count)
{
    if (count == m_totalCount)
        return;
    m_totalCount = count;
    Q_EMIT totalCountChanged(count);
}

void AttemptsModel::setWebhookNames(const QHash<qint64, QString> &names)
{
    if (names == m_webhookNames)
        return;
    m_webhookNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, WebhookColumn), index(int(m_rows.size()) - 1, WebhookColumn));
}

int AttemptsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttemptsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttemptsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AttemptSummary &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return a.started.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case WebhookColumn: {
            const QString name = m_webhookNames.value(a.webhookId, a.webhookName);
            return name.isEmpty() ? tr("Webhook %1").arg(a.webhookId) : name;
        }
        case ChatColumn:
            return a.chatName;
        case DeliveryColumn:
            return deliveryText(a);
        case AttemptColumn:
            return attemptText(a);
        case StatusColumn:
            return statusText(a);
        case DurationColumn:
            return tr("%1 ms").arg(a.durationMs);
        }
        return {};
    case Qt::ToolTipRole:
        // The receiver writes the reason phrase in the error: tooltips would render its HTML.
        if (index.column() == StatusColumn && !a.error.isEmpty())
            return QString(u"<p style='white-space:pre-wrap'>"_s + a.error.toHtmlEscaped()
                           + u"</p>"_s);
        if (index.column() == AttemptColumn && a.awaitsRetry())
            return tr("This delivery still waits; the webhook tries again after its back-off.");
        return {};
    case ChipDelegate::ToneRole:
        if (index.column() == StatusColumn)
            return int(a.success ? FeedbackLabel::Tone::Good : FeedbackLabel::Tone::Bad);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (!a.success)
            return FeedbackLabel::color(FeedbackLabel::Tone::Bad);
        return {};
    case AttemptIdRole:
        return a.id;
    case SuccessRole:
        return a.success;
    case DeliveryIdRole:
        return a.deliveryId;
    case WebhookIdRole:
        return a.webhookId;
    }
    return {};
}

QVariant AttemptsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WebhookColumn:
        return tr("Webhook");
    case ChatColumn:
        return tr("Chat");
    case DeliveryColumn:
        return tr("Delivery");
    case AttemptColumn:
        return tr("Attempt");
    case StatusColumn:
        return tr("Outcome");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}

bool AttemptsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void AttemptsModel::fetchMore(const QModelIndex &parent)
{
    // One fetch at a time. Asked while older rows are on their way, those answer it; while a
    // check for new rows runs, it follows that one.
    if (parent.isValid() || m_exhausted)
        return;
    if (m_fetching) {
        m_moreWanted = m_fetchingOlder ? m_moreWanted : true;
        return;
    }
    start(Kind::Older, false);
}

} // namespace hookline
