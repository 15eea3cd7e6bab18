// SPDX-License-Identifier: GPL-3.0-or-later
#include "env/BrowserProfiles.h"

#include <QDir>

namespace gatecheck::env {

OsKind currentOs()
{
#if defined(Q_OS_WIN)
    return OsKind::Windows;
#elif defined(Q_OS_MACOS)
    return OsKind::MacOS;
#else
    return OsKind::Linux;
#endif
}

QList<BrowserInstall> browserInstalls(OsKind os, const QString &home, const QProcessEnvironment &env)
{
    const QDir h(home);
    QList<BrowserInstall> list;
    const auto add = [&](const char *browser, const QString &path, bool single = false) {
        list.append(BrowserInstall {QString::fromLatin1(browser), QDir::cleanPath(path), single});
    };
    switch (os) {
    case OsKind::Linux: {
        const QString config = env.value(QStringLiteral("XDG_CONFIG_HOME"), h.filePath(QStringLiteral(".config")));
        const QDir c(config);
        add("chrome", c.filePath(QStringLiteral("google-chrome")));
        add("chrome", c.filePath(QStringLiteral("google-chrome-beta")));
        add("chrome", c.filePath(QStringLiteral("google-chrome-unstable")));
        add("chromium", c.filePath(QStringLiteral("chromium")));
        add("chromium", h.filePath(QStringLiteral("snap/chromium/common/chromium")));
        add("edge", c.filePath(QStringLiteral("microsoft-edge")));
        add("edge", c.filePath(QStringLiteral("microsoft-edge-beta")));
        add("edge", c.filePath(QStringLiteral("microsoft-edge-dev")));
        add("brave", c.filePath(QStringLiteral("BraveSoftware/Brave-Browser")));
        add("vivaldi", c.filePath(QStringLiteral("vivaldi")));
        add("opera", c.filePath(QStringLiteral("opera")), true);
        add("firefox", h.filePath(QStringLiteral(".mozilla/firefox")));
        add("firefox", h.filePath(QStringLiteral("snap/firefox/common/.mozilla/firefox")));
        add("firefox", h.filePath(QStringLiteral(".var/app/org.mozilla.firefox/.mozilla/firefox")));
        break;
    }
    case OsKind::MacOS: {
        const QDir support(h.filePath(QStringLiteral("Library/Application Support")));
        add("chrome", support.filePath(QStringLiteral("Google/Chrome")));
        add("chrome", support.filePath(QStringLiteral("Google/Chrome Beta")));
        add("chromium", support.filePath(QStringLiteral("Chromium")));
        add("edge", support.filePath(QStringLiteral("Microsoft Edge")));
        add("brave", support.filePath(QStringLiteral("BraveSoftware/Brave-Browser")));
        add("vivaldi", support.filePath(QStringLiteral("Vivaldi")));
        add("opera", support.filePath(QStringLiteral("com.operasoftware.Opera")), true);
        add("firefox", support.filePath(QStringLiteral("Firefox")));
        break;
    }
    case OsKind::Windows: {
        const QDir local(env.value(QStringLiteral("LOCALAPPDATA"), h.filePath(QStringLiteral("AppData/Local"))));
        const QDir roaming(env.value(QStringLiteral("APPDATA"), h.filePath(QStringLiteral("AppData/Roaming"))));
        add("chrome", local.filePath(QStringLiteral("Google/Chrome/User Data")));
        add("chrome", local.filePath(QStringLiteral("Google/Chrome Beta/User Data")));
        add("chromium", local.filePath(QStringLiteral("Chromium/User Data")));
        add("edge", local.filePath(QStringLiteral("Microsoft/Edge/User Data")));
        add("edge", local.filePath(QStringLiteral("Microsoft/Edge Beta/User Data")));
        add("brave", local.filePath(QStringLiteral("BraveSoftware/Brave-Browser/User Data")));
        add("vivaldi", local.filePath(QStringLiteral("Vivaldi/User Data")));
        add("opera", roaming.filePath(QStringLiteral("Opera Software/Opera Stable")), true);
        add("firefox", roaming.filePath(QStringLiteral("Mozilla/Firefox")));
        break;
    }
    }
    return list;
}

BrowserScan scanBrowsers(
    OsKind os, const QString &home, const QProcessEnvironment &env, const QStringList &hosts, const QUrl &target)
{
    BrowserScan scan;
    for (const BrowserInstall &install : browserInstalls(os, home, env)) {
        if (install.browser == QLatin1String("firefox"))
            scanFirefox(install, hosts, target, scan);
        else
            scanChromium(install, hosts, scan);
    }
    return scan;
}

} // namespace gatecheck::env
