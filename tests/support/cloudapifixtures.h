#pragma once

// The sample Cloud API notifications of ../shared/fixtures/cloud-api: each file maps a case
// name to one full notification body.
#include <QByteArray>
#include <QJsonObject>
#include <QString>

QJsonObject fixtureCases(const QString &file);
QByteArray caseBody(const QJsonObject &cases, const QString &name);
// One case's body with every occurrence of `from` replaced (a wamid, so that cases sharing
// the samples' single wamid become distinct messages).
QByteArray caseBody(const QString &file, const QString &name, const QString &from,
                    const QString &to);
