#pragma once

#include "store/attemptlog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace hookline {

class StoreWorker;

// The Deliveries table: attempt summaries, newest first, fetched lazily a page at a time from
// the store worker, so a log of 100,000 attempts opens as fast as one of ten. Bodies are never
// loaded here; the page asks for one attempt in full when it is selected.
//
// Every answer carries the generation of the filter it was asked for; a filter change bumps the
// generation, so late answers for the old filter are dropped instead of mixed in.
class AttemptsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        WebhookColumn,
        ChatColumn,
        DeliveryColumn,
        AttemptColumn,
        StatusColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role { AttemptIdRole = Qt::UserRole, SuccessRole, DeliveryIdRole, WebhookIdRole };
    static constexpr int pageSize = 200;

    explicit AttemptsModel(StoreWorker *store, QObject *parent = nullptr);

    AttemptFilter filter() const { return m_filter; }
    // Drops every row and loads the first page under the new filter.
    void setFilter(const AttemptFilter &filter);
    // Loads the attempts newer than the newest row and refreshes the total count. While a
    // fetch is under way the request is remembered and run when that one answers.
    void loadNewer();
    // Counts the attempts newer than the newest row without showing them (newerCount), so rows
    // never move under a reader. Both calls drop shown rows the store no longer has (pruned to
    // the webhook's log limit, or deleted with their webhook).
    void checkNewer();

    // Attempts matching the filter in the whole log; -1 until the first answer.
    int totalCount() const { return m_totalCount; }
    // Attempts above the newest row that checkNewer() found and loadNewer() has not shown yet.
    int newerCount() const { return m_newerCount; }
    // The row of an attempt, or of the newest attempt of a delivery; -1 when not shown.
    int rowOfAttempt(qint64 attemptId) const;
    int rowOfDelivery(qint64 deliveryId) const;
    bool isFetching() const { return m_fetching; }
    const AttemptSummary &summary(int row) const { return m_rows.at(row); }

    // What the Webhook column calls each webhook (Webhook::displayName(), as the page's filter
    // does); a webhook not in it (deleted) goes by its stored name, else "Webhook N".
    void setWebhookNames(const QHash<qint64, QString> &names);

    // The status cell: the HTTP status, or the kind of error when there was no response.
    static QString statusText(const AttemptSummary &attempt);
    // "#42 · bundle of 10 messages"; the delivery an attempt belongs to.
    static QString deliveryText(const AttemptSummary &attempt);
    // "3", or "3 · next at 11:14:04" for the newest failed attempt of a delivery that waits.
    static QString attemptText(const AttemptSummary &attempt);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(int count);
    void newerCountChanged(int count);
    // Shown attempts the store no longer has, just before their rows are removed.
    void attemptsGone(const QList<qint64> &attemptIds);
    // A page answered; `error` is empty unless the store failed.
    void fetched(const QString &error);

private:
    struct Answer
    {
        QList<AttemptSummary> rows;
        int count = -1; // -1: not asked
        bool gap = false; // Newer: more new rows than a page; the table restarts from the top
        int newer = 0; // Check: attempts above the newest row
        QList<qint64> stored; // Newer, Check: the shown range's ids still stored
    };
    enum class Kind { Older, Newer, Check };
    void start(Kind kind, bool withCount);
    void receive(Kind kind, quint64 generation, const Answer &answer, const QString &error);
    void setTotalCount(int count);
    void setNewerCount(int count);
    void dropGone(const QList<qint64> &stored);

    StoreWorker *m_store;
    AttemptFilter m_filter;
    QList<AttemptSummary> m_rows;
    QHash<qint64, QString> m_webhookNames;
    quint64 m_generation = 0;
    bool m_fetching = false;
    bool m_exhausted = false;
    bool m_newerWanted = false;
    bool m_checkWanted = false;
    bool m_moreWanted = false; // the view asked for older rows while a check ran
    bool m_fetchingOlder = false;
    int m_totalCount = -1;
    int m_newerCount = 0;
};

} // namespace hookline
