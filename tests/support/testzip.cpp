#include "testzip.h"

#include <QDebug>
#include <QProcess>

using namespace Qt::StringLiterals;

bool makeZip(const QString &out, const QStringList &specs)
{
    const QString script = uR"(import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for spec in sys.argv[2:]:
        name, _, source = spec.partition('=')
        if source.startswith('zeros:'):
            left = int(source[6:])
            with z.open(name, 'w') as f:
                block = bytes(1 << 20)
                while left > 0:
                    f.write(block[:min(left, len(block))])
                    left -= len(block)
        else:
            z.write(source, name)
)"_s;
    QProcess p;
    p.start(u"python3"_s, QStringList {u"-c"_s, script, out} + specs);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << p.readAllStandardError();
        return false;
    }
    return true;
}
