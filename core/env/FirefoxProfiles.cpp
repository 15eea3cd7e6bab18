// SPDX-License-Identifier: GPL-3.0-or-later
// Reads Firefox profiles from disk: profiles.ini, extensions.json, prefs.js and user.js.
#include "env/BrowserProfiles.h"
#include "env/ExtensionCatalog.h"
#include "env/FileRead.h"
#include "env/FirefoxPrefs.h"
#include "env/IniText.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace gatecheck::env {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

constexpr qint64 kMaxExtensionsJsonBytes = 32 * 1024 * 1024;
constexpr qint64 kMaxPrefsBytes = 16 * 1024 * 1024;

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        if (v.isString() && !out.contains(v.toString()))
            out << v.toString();
    return out;
}

void readAddons(const QString &profileDir, const QString &profileName, const QStringList &hosts, BrowserScan &scan)
{
    const QString path = profileDir + QLatin1String("/extensions.json");
    if (!QFile::exists(path))
        return;
    QString error;
    const auto doc = parseJsonFile(path, kMaxExtensionsJsonBytes, &error);
    if (!doc) {
        scan.notes << Text::tr("firefox profile \"%1\": %2").arg(profileName, error);
        return;
    }
    const QJsonValue addons = doc->object().value(QStringLiteral("addons"));
    if (!addons.isArray()) {
        scan.notes << Text::tr("firefox profile \"%1\": extensions.json has no add-on list").arg(profileName);
        return;
    }
    const ExtensionCatalog &catalog = ExtensionCatalog::builtIn();
    for (const QJsonValue &v : addons.toArray()) {
        const QJsonObject a = v.toObject();
        const QString type = a.value(QStringLiteral("type")).toString();
        const QString location = a.value(QStringLiteral("location")).toString();
        // Themes, dictionaries and language packs cannot touch requests; built-in and system
        // add-ons are part of Firefox itself.
        if ((type != QLatin1String("extension") && type != QLatin1String("webextension"))
            || location.startsWith(QLatin1String("app-builtin")) || location.startsWith(QLatin1String("app-system")))
            continue;
        BrowserExtensionInfo x;
        x.browser = QStringLiteral("firefox");
        x.profile = profileName;
        x.id = a.value(QStringLiteral("id")).toString();
        if (x.id.isEmpty())
            continue;
        x.name = a.value(QStringLiteral("defaultLocale")).toObject().value(QStringLiteral("name")).toString();
        if (x.name.isEmpty())
            x.name = x.id;
        x.version = a.value(QStringLiteral("version")).toString();
        if (a.contains(QStringLiteral("active")))
            x.enabled = a.value(QStringLiteral("active")).toBool();
        else
            x.enabled = !a.value(QStringLiteral("userDisabled")).toBool()
                && !a.value(QStringLiteral("appDisabled")).toBool()
                && !a.value(QStringLiteral("softDisabled")).toBool();
        const QJsonObject permissions = a.value(QStringLiteral("userPermissions")).toObject();
        x.permissions = strings(permissions.value(QStringLiteral("permissions")));
        x.hostPermissions = strings(permissions.value(QStringLiteral("origins")));
        catalog.rate(x, hosts);
        scan.extensions << x;
    }
}

void readPrefs(const QString &profileDir, const QString &profileName, const QUrl &target, BrowserScan &scan)
{
    FirefoxPrefs prefs;
    bool any = false;
    // user.js is applied after prefs.js at every start, so its values win.
    for (const char *file : {"prefs.js", "user.js"}) {
        const QString path = profileDir + QLatin1Char('/') + QString::fromLatin1(file);
        if (!QFile::exists(path))
            continue;
        QString error;
        const auto data = readCapped(path, kMaxPrefsBytes, &error);
        if (!data) {
            scan.notes << Text::tr("firefox profile \"%1\": %2").arg(profileName, error);
            continue;
        }
        any = true;
        const FirefoxPrefs more = parseFirefoxPrefs(decodeText(*data));
        for (auto it = more.values.cbegin(); it != more.values.cend(); ++it)
            prefs.values.insert(it.key(), it.value());
        prefs.skipped += more.skipped;
    }
    if (!any)
        return;
    scan.proxies << firefoxProxySetting(prefs, profileName, target);
    const QString doh = firefoxDohSetting(prefs, profileName);
    if (!doh.isEmpty())
        scan.dohSettings << doh;
}

} // namespace

void scanFirefox(const BrowserInstall &install, const QStringList &hosts, const QUrl &target, BrowserScan &scan)
{
    const QDir root(install.root);
    const QString iniPath = root.filePath(QStringLiteral("profiles.ini"));
    if (!QFile::exists(iniPath))
        return;
    QString error;
    const auto data = readCapped(iniPath, 1024 * 1024, &error);
    if (!data) {
        scan.notes << Text::tr("firefox: %1").arg(error);
        return;
    }
    const IniGroups groups = parseIni(decodeText(*data));
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("Profile")))
            continue;
        const QString path = it.value().value(QStringLiteral("Path"));
        if (path.isEmpty())
            continue;
        const bool relative = it.value().value(QStringLiteral("IsRelative"), QStringLiteral("1")) != QLatin1String("0");
        const QString dir = QDir::cleanPath(relative ? root.filePath(path) : path);
        if (!QDir(dir).exists())
            continue; // profiles.ini often keeps entries of deleted profiles
        QString name = it.value().value(QStringLiteral("Name"));
        if (name.isEmpty())
            name = QDir(dir).dirName();
        scan.profilesRead << QStringLiteral("firefox/") + name;
        readAddons(dir, name, hosts, scan);
        readPrefs(dir, name, target, scan);
    }
}

} // namespace gatecheck::env
