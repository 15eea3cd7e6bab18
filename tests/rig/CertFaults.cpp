// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertFaults.h"

#include <QByteArray>
#include <QDir>
#include <QFileInfo>

namespace gatecheck::rig {

namespace {

// Sets an environment variable for the children started while it lives (TestCa runs the
// openssl command line), then restores it.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_wasSet)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_old;
};

} // namespace

bool issueExpired(TestCa &ca, const QString &name, const QStringList &sans, TestCa::Issued *out, QString *error)
{
    QString library;
    const QDir lib(QStringLiteral("/usr/lib"));
    for (const QString &arch : lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (QFileInfo::exists(lib.filePath(arch + QStringLiteral("/faketime/libfaketime.so.1"))))
            library = lib.filePath(arch + QStringLiteral("/faketime/libfaketime.so.1"));
    if (library.isEmpty()) {
        if (error)
            *error = QStringLiteral("libfaketime is not installed (package faketime)");
        return false;
    }
    const ScopedEnv preload("LD_PRELOAD", library.toLocal8Bit());
    const ScopedEnv offset("FAKETIME", "-400d");
    // Without the faketime wrapper nobody would remove libfaketime's shared-memory files.
    const ScopedEnv noShm("FAKETIME_DISABLE_SHM", "1");
    return ca.issue(name, sans, out, error, 30);
}

} // namespace gatecheck::rig
