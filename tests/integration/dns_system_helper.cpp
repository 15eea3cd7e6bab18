// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one SystemResolverProbe and prints what it observed as one JSON line. The system
// resolver tests run this inside a network namespace (`ip netns exec`), where
// /etc/netns/NAME/resolv.conf and hosts are the system's — so the answer really comes from
// the resolver the test started there.
//
//   gatecheck-dns-system-helper --deadline MS [--cancel-after MS | --destroy-after MS]
//                               [--linger MS] NAME
//
// --linger keeps the event loop running after the probe finished, so a getaddrinfo result
// that arrives late can be seen to change nothing.
#include "evidence/EvidenceJson.h"
#include "net/SystemResolverProbe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

using namespace gatecheck;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption deadline(
        QStringLiteral("deadline"), QStringLiteral("probe deadline"), QStringLiteral("ms"), QStringLiteral("4000"));
    const QCommandLineOption cancelAfter(
        QStringLiteral("cancel-after"), QStringLiteral("cancel after"), QStringLiteral("ms"));
    const QCommandLineOption destroyAfter(
        QStringLiteral("destroy-after"), QStringLiteral("delete the running probe"), QStringLiteral("ms"));
    const QCommandLineOption linger(
        QStringLiteral("linger"), QStringLiteral("keep running after"), QStringLiteral("ms"), QStringLiteral("0"));
    parser.addOptions({deadline, cancelAfter, destroyAfter, linger});
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("the name to resolve"));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    auto *probe = new SystemResolverProbe(
        parser.positionalArguments().constFirst(), std::chrono::milliseconds(parser.value(deadline).toInt()));
    int finishedCount = 0;
    bool destroyed = false;
    QJsonObject first;
    const auto report = [&] {
        QJsonObject out {{QStringLiteral("finished"), finishedCount}, {QStringLiteral("destroyed"), destroyed},
            {QStringLiteral("observation"), first}};
        if (!destroyed)
            out.insert(QStringLiteral("after_linger"), toJson(probe->observation()));
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        QCoreApplication::quit();
    };
    const auto settle = [&] { QTimer::singleShot(parser.value(linger).toInt(), &app, report); };
    QObject::connect(probe, &Probe::finished, &app, [&] {
        if (++finishedCount == 1) {
            first = toJson(probe->observation());
            settle();
        }
    });
    if (parser.isSet(cancelAfter))
        QTimer::singleShot(parser.value(cancelAfter).toInt(), probe, [probe] { probe->cancel(); });
    if (parser.isSet(destroyAfter))
        QTimer::singleShot(parser.value(destroyAfter).toInt(), &app, [&] {
            if (finishedCount)
                return;
            delete probe;
            probe = nullptr;
            destroyed = true;
            settle();
        });
    probe->start();
    const int status = app.exec();
    delete probe;
    return status;
}
