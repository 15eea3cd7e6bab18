// SPDX-License-Identifier: GPL-3.0-or-later
// Reads Chromium-family browsers' extensions from disk (Chrome, Edge, Brave, Chromium,
// Vivaldi, Opera): the layout osquery's chrome_extensions table also relies on.
#include "env/BrowserProfiles.h"
#include "env/ExtensionCatalog.h"
#include "env/FileRead.h"
#include "env/MatchPattern.h"

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

constexpr qint64 kMaxPreferencesBytes = 32 * 1024 * 1024;
constexpr qint64 kMaxManifestBytes = 4 * 1024 * 1024;

void addUnique(QStringList &list, const QString &item)
{
    if (!item.isEmpty() && !list.contains(item))
        list << item;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        if (v.isString())
            out << v.toString();
    return out;
}

// "__MSG_appName__" -> the message from _locales/<locale>/messages.json (keys are
// case-insensitive); other text unchanged.
QString localise(const QString &text, const QString &extensionDir, const QString &defaultLocale)
{
    if (!text.startsWith(QLatin1String("__MSG_")) || !text.endsWith(QLatin1String("__")) || extensionDir.isEmpty())
        return text;
    const QString key = text.mid(6, text.size() - 8).toLower();
    QStringList locales {defaultLocale, QStringLiteral("en"), QStringLiteral("en_US"), QStringLiteral("en_GB")};
    const QStringList present =
        QDir(extensionDir + QLatin1String("/_locales")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    locales << present;
    for (const QString &locale : std::as_const(locales)) {
        if (locale.isEmpty())
            continue;
        const auto doc =
            parseJsonFile(QStringLiteral("%1/_locales/%2/messages.json").arg(extensionDir, locale), kMaxManifestBytes);
        if (!doc)
            continue;
        const QJsonObject messages = doc->object();
        for (auto it = messages.begin(); it != messages.end(); ++it)
            if (it.key().toLower() == key)
                return it.value().toObject().value(QStringLiteral("message")).toString();
    }
    return text;
}

QString findExtensionDir(const QString &profileDir, const QString &id, const QString &path)
{
    if (!path.isEmpty())
        return QDir::isAbsolutePath(path) ? path : profileDir + QLatin1String("/Extensions/") + path;
    const QDir versions(profileDir + QLatin1String("/Extensions/") + id);
    const QStringList dirs = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    return dirs.isEmpty() ? QString() : versions.filePath(dirs.last());
}

bool isEnabled(const QJsonObject &settings)
{
    // Newer Chrome: disable_reasons (a list, or a bit mask in older builds); older: state.
    if (settings.contains(QStringLiteral("disable_reasons"))) {
        const QJsonValue reasons = settings.value(QStringLiteral("disable_reasons"));
        if (reasons.isArray())
            return reasons.toArray().isEmpty();
        return reasons.toInt() == 0;
    }
    if (settings.contains(QStringLiteral("state")))
        return settings.value(QStringLiteral("state")).toInt() == 1;
    return true;
}

// Returns false (with `why`) when the entry is not an extension the user installed.
bool buildExtension(
    const QString &profileDir, const QString &id, const QJsonObject &settings, BrowserExtensionInfo &x, QString *why)
{
    const int location = settings.value(QStringLiteral("location")).toInt();
    if (location == 5 || location == 10) {
        *why = QStringLiteral("component");
        return false; // built into the browser itself
    }
    const QString dir = findExtensionDir(profileDir, id, settings.value(QStringLiteral("path")).toString());
    QJsonObject manifest = settings.value(QStringLiteral("manifest")).toObject();
    if (manifest.isEmpty()) {
        QString error;
        const auto doc = dir.isEmpty()
            ? std::nullopt
            : parseJsonFile(dir + QLatin1String("/manifest.json"), kMaxManifestBytes, &error);
        if (!doc) {
            *why = error.isEmpty() ? Text::tr("extension %1 has no manifest on disk").arg(id) : error;
            return false;
        }
        manifest = doc->object();
    }
    if (manifest.contains(QStringLiteral("theme"))) {
        *why = QStringLiteral("theme");
        return false;
    }
    const QString defaultLocale = manifest.value(QStringLiteral("default_locale")).toString();
    x.id = id;
    x.name = localise(manifest.value(QStringLiteral("name")).toString(), dir, defaultLocale);
    if (x.name.isEmpty())
        x.name = id;
    x.version = manifest.value(QStringLiteral("version")).toString();
    x.enabled = isEnabled(settings);

    for (const QString &p : strings(manifest.value(QStringLiteral("permissions"))))
        looksLikeHostPattern(p) ? addUnique(x.hostPermissions, p) : addUnique(x.permissions, p);
    for (const QString &p : strings(manifest.value(QStringLiteral("host_permissions"))))
        addUnique(x.hostPermissions, p);
    for (const QJsonValue &script : manifest.value(QStringLiteral("content_scripts")).toArray())
        for (const QString &p : strings(script.toObject().value(QStringLiteral("matches"))))
            addUnique(x.hostPermissions, p);

    const QJsonObject active = settings.value(QStringLiteral("active_permissions")).toObject();
    for (const QString &p : strings(active.value(QStringLiteral("api"))))
        addUnique(x.permissions, p);
    // With "site access: on click / on specific sites" Chrome withholds the host permissions
    // and keeps only those the user granted at run time.
    if (settings.value(QStringLiteral("withholding_permissions")).toBool()) {
        x.hostPermissions.clear();
        const QJsonObject granted = settings.value(QStringLiteral("runtime_granted_permissions")).toObject();
        for (const char *key : {"explicit_host", "scriptable_host"})
            for (const QString &p : strings(granted.value(QString::fromLatin1(key))))
                addUnique(x.hostPermissions, p);
    } else {
        for (const char *key : {"explicit_host", "scriptable_host"})
            for (const QString &p : strings(active.value(QString::fromLatin1(key))))
                addUnique(x.hostPermissions, p);
    }
    return true;
}

QJsonObject extensionSettings(const QJsonObject &prefs)
{
    const QJsonObject extensions = prefs.value(QStringLiteral("extensions")).toObject();
    QJsonObject settings = extensions.value(QStringLiteral("settings")).toObject();
    const QJsonObject opera = extensions.value(QStringLiteral("opsettings")).toObject();
    for (auto it = opera.begin(); it != opera.end(); ++it)
        settings.insert(it.key(), it.value());
    return settings;
}

} // namespace

void scanChromium(const BrowserInstall &install, const QStringList &hosts, BrowserScan &scan)
{
    const QDir root(install.root);
    if (!root.exists())
        return;
    QJsonObject localState;
    if (root.exists(QStringLiteral("Local State"))) {
        QString error;
        if (const auto doc = parseJsonFile(root.filePath(QStringLiteral("Local State")), kMaxPreferencesBytes, &error))
            localState = doc->object();
        else
            scan.notes << Text::tr("%1: %2").arg(install.browser, error);
    }
    const QJsonObject doh = localState.value(QStringLiteral("dns_over_https")).toObject();
    const QString dohMode = doh.value(QStringLiteral("mode")).toString();
    if (!dohMode.isEmpty() && dohMode != QLatin1String("off")) {
        const QString templates = doh.value(QStringLiteral("templates")).toString();
        scan.dohSettings << QStringLiteral("%1: dns_over_https.mode=%2%3")
                                .arg(install.browser, dohMode,
                                    templates.isEmpty() ? QString() : QStringLiteral(" via ") + templates);
    }
    const QJsonObject infoCache =
        localState.value(QStringLiteral("profile")).toObject().value(QStringLiteral("info_cache")).toObject();

    QStringList profileDirs;
    if (install.singleProfile) {
        profileDirs << QStringLiteral(".");
    } else {
        for (const QString &dir : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (dir == QLatin1String("System Profile") || dir == QLatin1String("Guest Profile"))
                continue;
            if (root.exists(dir + QLatin1String("/Preferences"))
                || root.exists(dir + QLatin1String("/Secure Preferences")))
                profileDirs << dir;
        }
    }
    const ExtensionCatalog &catalog = ExtensionCatalog::builtIn();
    for (const QString &dir : std::as_const(profileDirs)) {
        const QString profileDir = QDir::cleanPath(root.filePath(dir));
        QString profileName = infoCache.value(dir).toObject().value(QStringLiteral("name")).toString();
        if (profileName.isEmpty())
            profileName = dir == QLatin1String(".") ? QStringLiteral("Default") : dir;
        QJsonObject settings;
        bool readAny = false;
        for (const char *file : {"Preferences", "Secure Preferences"}) {
            const QString path = profileDir + QLatin1Char('/') + QString::fromLatin1(file);
            if (!QFile::exists(path))
                continue;
            QString error;
            const auto doc = parseJsonFile(path, kMaxPreferencesBytes, &error);
            if (!doc) {
                scan.notes << Text::tr("%1 profile \"%2\": %3").arg(install.browser, profileName, error);
                continue;
            }
            readAny = true;
            // Secure Preferences (HMAC-protected on Windows and macOS) wins where both have an id.
            const QJsonObject more = extensionSettings(doc->object());
            for (auto it = more.begin(); it != more.end(); ++it) {
                QJsonObject merged = settings.value(it.key()).toObject();
                const QJsonObject add = it.value().toObject();
                for (auto f = add.begin(); f != add.end(); ++f)
                    merged.insert(f.key(), f.value());
                settings.insert(it.key(), merged);
            }
        }
        if (!readAny)
            continue;
        scan.profilesRead << install.browser + QLatin1Char('/') + profileName;
        int missing = 0;
        for (auto it = settings.begin(); it != settings.end(); ++it) {
            BrowserExtensionInfo x;
            x.browser = install.browser;
            x.profile = profileName;
            QString why;
            if (!buildExtension(profileDir, it.key(), it.value().toObject(), x, &why)) {
                if (why != QLatin1String("component") && why != QLatin1String("theme"))
                    ++missing;
                continue;
            }
            catalog.rate(x, hosts);
            scan.extensions << x;
        }
        if (missing > 0)
            scan.notes << Text::tr("%1 profile \"%2\": %n extension(s) listed without files on disk", nullptr, missing)
                              .arg(install.browser, profileName);
    }
}

} // namespace gatecheck::env
