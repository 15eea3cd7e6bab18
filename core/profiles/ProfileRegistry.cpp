// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProfileRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace gatecheck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRegistry)
};

constexpr qint64 kMaxFileBytes = 256 * 1024;
constexpr int kMaxFilesPerDirectory = 200;

bool looksLikePath(const QString &s)
{
    return s.contains(QLatin1Char('/')) || s.contains(QLatin1Char('\\')) || s.endsWith(QLatin1String(".json"));
}

} // namespace

ProfileRegistry::ProfileRegistry()
{
    addDirectory(shippedDirectory(), &m_errors);
}

void ProfileRegistry::addUserDirectory(const QString &dir, QStringList *errors)
{
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return; // no user profiles is the normal case
    QStringList found;
    addDirectory(dir, &found);
    m_errors << found;
    if (errors)
        *errors << found;
}

void ProfileRegistry::addDirectory(const QString &dir, QStringList *errors)
{
    const QFileInfoList files =
        QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    int count = 0;
    for (const QFileInfo &file : files) {
        if (++count > kMaxFilesPerDirectory) {
            *errors << Text::tr("%1: more than %2 profiles, the rest were skipped").arg(dir).arg(kMaxFilesPerDirectory);
            break;
        }
        QString error;
        if (const auto profile = loadFile(file.filePath(), &error))
            add(*profile);
        else
            *errors << error;
    }
}

void ProfileRegistry::add(const VendorProfile &profile)
{
    for (VendorProfile &existing : m_profiles) {
        if (existing.id == profile.id) {
            existing = profile;
            return;
        }
    }
    m_profiles << profile;
}

std::optional<VendorProfile> ProfileRegistry::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    const auto fail = [&](const QString &why) -> std::optional<VendorProfile> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
        return std::nullopt;
    };
    if (!QFileInfo(path).isFile())
        return fail(Text::tr("no such profile file"));
    if (file.size() > kMaxFileBytes)
        return fail(Text::tr("the file is %1 bytes; profiles are at most %2").arg(file.size()).arg(kMaxFileBytes));
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    // read() with a bound, in case the file grows between size() and here.
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    QString why;
    auto profile = profileFromBytes(bytes, &why);
    if (!profile)
        return fail(why);
    profile->source = path;
    return profile;
}

std::optional<VendorProfile> ProfileRegistry::find(const QString &idOrFile, QString *error) const
{
    const QString wanted = idOrFile.trimmed();
    for (const VendorProfile &p : m_profiles)
        if (p.id.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    if (looksLikePath(wanted) || QFileInfo(wanted).isFile())
        return loadFile(wanted, error);
    if (error) {
        QStringList ids;
        for (const VendorProfile &p : m_profiles)
            ids << p.id;
        *error = Text::tr("no profile named \"%1\" (known: %2; or give the path of a .json profile)")
                     .arg(wanted.left(80), ids.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

QString ProfileRegistry::defaultUserDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/profiles");
}

} // namespace gatecheck
