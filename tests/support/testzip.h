#pragma once

#include <QString>
#include <QStringList>

// Builds a deflated zip with Python's zipfile (always installed with the build tools). Each spec
// is "name=path" (a file's bytes) or "name=zeros:N" (N zero bytes, streamed, for zip bombs).
bool makeZip(const QString &out, const QStringList &specs);
