// SPDX-License-Identifier: GPL-3.0-or-later
// The proxy-environment convention, applied as command-line tools and Chrome on Linux apply
// it — including where Qt 6.4 (libproxy or its own fallback) would not.
#include "net/SystemProxy.h"

#include <QTest>

using namespace gatecheck;

namespace {

QStringList vars(std::initializer_list<const char *> assignments)
{
    QStringList out;
    for (const char *a : assignments)
        out << QString::fromLatin1(a);
    return out;
}

} // namespace

class TestSystemProxy : public QObject
{
    Q_OBJECT
private slots:
    void environmentConvention_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<bool>("configured");
        QTest::addColumn<QString>("proxy"); // describeProxy() of the choice, "" = direct
        QTest::addColumn<QString>("source");

        const QString https = QStringLiteral("https://login.vendor.test/app");
        const QString http = QStringLiteral("http://portal.vendor.test/");
        QTest::newRow("nothing set") << https << QStringList {} << false << ""
                                     << "";
        QTest::newRow("https_proxy for https")
            << https << vars({"https_proxy=http://10.0.0.1:3128"}) << true << "http://10.0.0.1:3128"
            << "env:https_proxy";
        QTest::newRow("upper case when lower is unset")
            << https << vars({"HTTPS_PROXY=http://p:8080"}) << true << "http://p:8080"
            << "env:HTTPS_PROXY";
        QTest::newRow("lower case wins") << https << vars({"HTTPS_PROXY=http://upper:1", "https_proxy=http://lower:2"})
                                         << true << "http://lower:2"
                                         << "env:https_proxy";
        QTest::newRow("http_proxy does not cover https") << https << vars({"http_proxy=http://p:3128"}) << true << ""
                                                         << "env";
        QTest::newRow("http_proxy for http") << http << vars({"http_proxy=http://p:3128"}) << true << "http://p:3128"
                                             << "env:http_proxy";
        QTest::newRow("https_proxy does not cover http") << http << vars({"https_proxy=http://p:3128"}) << true << ""
                                                         << "env";
        QTest::newRow("all_proxy as fallback")
            << https << vars({"all_proxy=http://all:3128"}) << true << "http://all:3128"
            << "env:all_proxy";
        QTest::newRow("scheme proxy before all_proxy")
            << https << vars({"all_proxy=http://all:1", "https_proxy=http://s:2"}) << true << "http://s:2"
            << "env:https_proxy";
        QTest::newRow("no scheme means http")
            << https << vars({"https_proxy=proxy.corp:3128"}) << true << "http://proxy.corp:3128"
            << "env:https_proxy";
        QTest::newRow("no port means 1080")
            << https << vars({"https_proxy=http://proxy.corp"}) << true << "http://proxy.corp:1080"
            << "env:https_proxy";
        QTest::newRow("socks5h") << https << vars({"all_proxy=socks5h://127.0.0.1:9050"}) << true
                                 << "socks5://127.0.0.1:9050"
                                 << "env:all_proxy";
        QTest::newRow("credentials never shown")
            << https << vars({"https_proxy=http://user:secret@p:3128"}) << true << "http://p:3128"
            << "env:https_proxy";
        QTest::newRow("an https:// proxy is not usable") << https << vars({"https_proxy=https://p:443"}) << true << ""
                                                         << "env:https_proxy";
        QTest::newRow("socks4 is not usable") << https << vars({"https_proxy=socks4://p:1080"}) << true << ""
                                              << "env:https_proxy";
        QTest::newRow("garbage value") << https << vars({"https_proxy=http://"}) << true << ""
                                       << "env:https_proxy";

        const QStringList proxy {QStringLiteral("https_proxy=http://p:3128")};
        const auto bypass = [&](const char *what, const QString &url, const QString &noProxy, bool bypassed) {
            QTest::newRow(what) << url << (proxy + QStringList {noProxy}) << true
                                << (bypassed ? QString() : QStringLiteral("http://p:3128"))
                                << (bypassed ? noProxy.section(QLatin1Char('='), 0, 0).prepend(QStringLiteral("env:"))
                                             : QStringLiteral("env:https_proxy"));
        };
        bypass("no_proxy exact name", https, QStringLiteral("no_proxy=login.vendor.test"), true);
        bypass("no_proxy parent domain", https, QStringLiteral("no_proxy=vendor.test"), true);
        bypass("no_proxy leading dot", https, QStringLiteral("no_proxy=.vendor.test"), true);
        bypass("no_proxy *. prefix", https, QStringLiteral("no_proxy=*.vendor.test"), true);
        bypass("no_proxy is not a substring match", https, QStringLiteral("no_proxy=endor.test"), false);
        bypass("no_proxy other host", https, QStringLiteral("no_proxy=example.test,localhost"), false);
        bypass("no_proxy list with spaces", https, QStringLiteral("no_proxy=localhost, vendor.test"), true);
        bypass("NO_PROXY upper case", https, QStringLiteral("NO_PROXY=vendor.test"), true);
        bypass("no_proxy star", https, QStringLiteral("no_proxy=*"), true);
        bypass("no_proxy case-insensitive", https, QStringLiteral("no_proxy=VENDOR.TEST"), true);
        bypass("no_proxy with the right port", https, QStringLiteral("no_proxy=login.vendor.test:443"), true);
        bypass("no_proxy with another port", https, QStringLiteral("no_proxy=login.vendor.test:8443"), false);
        bypass("no_proxy IP", QStringLiteral("https://10.1.2.3/"), QStringLiteral("no_proxy=10.1.2.3"), true);
        bypass("no_proxy CIDR", QStringLiteral("https://10.1.2.3/"), QStringLiteral("no_proxy=10.0.0.0/8"), true);
        bypass("no_proxy CIDR miss", QStringLiteral("https://11.1.2.3/"), QStringLiteral("no_proxy=10.0.0.0/8"), false);
        bypass(
            "no_proxy IPv6", QStringLiteral("https://[2001:db8::1]/"), QStringLiteral("no_proxy=[2001:db8::1]"), true);
        bypass("no_proxy IPv6 CIDR", QStringLiteral("https://[2001:db8::1]/"), QStringLiteral("no_proxy=2001:db8::/32"),
            true);
        bypass("a name never matches an IP entry", https, QStringLiteral("no_proxy=127.0.0.1"), false);
    }

    void environmentConvention()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, environment);
        QFETCH(bool, configured);
        QFETCH(QString, proxy);
        QFETCH(QString, source);
        QProcessEnvironment env;
        for (const QString &assignment : environment)
            env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
        const auto choice = proxyFromEnvironment(QUrl(url), env);
        QCOMPARE(choice.has_value(), configured);
        if (!choice)
            return;
        QCOMPARE(describeProxy(choice->proxy), proxy);
        QCOMPARE(choice->source, source);
        if (proxy.isEmpty() && source == QLatin1String("env:https_proxy"))
            QVERIFY(!choice->note.isEmpty()); // an unusable setting is explained
    }

    void credentialsStayUsable()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("https_proxy"), QStringLiteral("http://user:s%40cret@p:3128"));
        const auto choice = proxyFromEnvironment(QUrl(QStringLiteral("https://x.test/")), env);
        QVERIFY(choice);
        QCOMPARE(choice->proxy.user(), QStringLiteral("user"));
        QCOMPARE(choice->proxy.password(), QStringLiteral("s@cret"));
    }

    void describesProxies()
    {
        QCOMPARE(describeProxy(QNetworkProxy(QNetworkProxy::NoProxy)), QString());
        QCOMPARE(describeProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("::1"), 3128)),
            QStringLiteral("http://[::1]:3128"));
    }
};

QTEST_GUILESS_MAIN(TestSystemProxy)
#include "tst_systemproxy.moc"
