// SPDX-License-Identifier: GPL-3.0-or-later
// DNS wire messages (built and parsed with c-ares) and how outcomes are classified: the
// parts of the resolver probes that need no server. Replies here are fixtures made by
// hand on purpose — most of them are the broken ones no real server would send.
#include "net/CaresChannel.h"
#include "net/DnsMessage.h"
#include "net/SystemResolverProbe.h"

#include <QTest>
#include <QtEndian>

#ifdef Q_OS_WIN
#include <ws2tcpip.h>
#else
#include <netdb.h>
#endif

using namespace gatecheck;
using namespace gatecheck::dns;

namespace {

QByteArray be16(int v)
{
    QByteArray b(2, '\0');
    qToBigEndian<quint16>(static_cast<quint16>(v), b.data());
    return b;
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian<quint32>(v, b.data());
    return b;
}

QByteArray encodeName(const QString &name)
{
    QByteArray out;
    for (const QString &label : name.split(QLatin1Char('.'), Qt::SkipEmptyParts))
        out += char(label.size()) + label.toLatin1();
    return out + '\0';
}

// One resource record; `owner` is raw wire bytes (a name or a compression pointer).
QByteArray record(const QByteArray &owner, int type, quint32 ttl, const QByteArray &rdata)
{
    return owner + be16(type) + be16(1) + be32(ttl) + be16(int(rdata.size())) + rdata;
}

const QByteArray PointerToQuestion = QByteArray::fromHex("c00c");

// A response to `query` (as built by buildQuery): QR and RA set, the given rcode, these
// answer records and this many announced.
QByteArray respond(const QByteArray &query, int rcode, const QList<QByteArray> &answers, int announced = -1)
{
    QByteArray reply = query;
    reply[2] = char(reply[2] | 0x80);
    reply[3] = char(0x80 | rcode);
    reply.replace(6, 2, be16(announced >= 0 ? announced : int(answers.size())));
    for (const QByteArray &a : answers)
        reply += a;
    return reply;
}

Answer answerWithRcode(int rcode)
{
    Answer a;
    a.rcode = rcode;
    return a;
}

Answer answerWithError(const QString &code)
{
    Answer a;
    a.error = {code, code};
    return a;
}

Answer answerWithAddress(const QString &address, int ttl)
{
    Answer a;
    a.rcode = 0;
    a.addresses = {{address, ttl}};
    return a;
}

} // namespace

Q_DECLARE_METATYPE(gatecheck::dns::Answer)

class TestDnsMessage : public QObject
{
    Q_OBJECT
private slots:
    void queryIsStandardWithIdAndRecursion_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("wireName");
        QTest::newRow("A for a plain name") << "login.xero.com" << 1 << encodeName(QStringLiteral("login.xero.com"));
        QTest::newRow("AAAA, trailing dot and upper case dropped")
            << "Login.Xero.COM." << 28 << encodeName(QStringLiteral("login.xero.com"));
        QTest::newRow("internationalised name goes out as punycode")
            << QStringLiteral("bücher.test") << 1 << encodeName(QStringLiteral("xn--bcher-kva.test"));
    }
    void queryIsStandardWithIdAndRecursion()
    {
        QFETCH(QString, host);
        QFETCH(int, type);
        QFETCH(QByteArray, wireName);
        QString error;
        const QByteArray q = buildQuery(host, static_cast<RecordType>(type), 0, &error);
        QVERIFY2(!q.isEmpty(), qPrintable(error));
        QCOMPARE(q.left(2), QByteArray(2, '\0')); // ID 0 (RFC 8484 §4.1)
        QCOMPARE(q.mid(2, 2), QByteArray::fromHex("0100")); // a query, RD=1
        QCOMPARE(q.mid(4, 8), QByteArray::fromHex("0001000000000000")); // one question, nothing else
        QCOMPARE(q.mid(12, wireName.size()), wireName);
        QCOMPARE(q.mid(12 + wireName.size()), be16(type) + be16(1));
        QCOMPARE(buildQuery(host, RecordType::A, 0x1234).left(2), QByteArray::fromHex("1234"));
    }

    void invalidNamesAreRefused_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("empty") << QString();
        QTest::newRow("only a dot") << QStringLiteral(".");
        QTest::newRow("label over 63 characters")
            << QString(QStringLiteral("a").repeated(64) + QStringLiteral(".test"));
        QTest::newRow("name over 253 characters")
            << QString(QStringLiteral("abcdefghi.").repeated(26) + QStringLiteral("test"));
    }
    void invalidNamesAreRefused()
    {
        QFETCH(QString, host);
        QString error;
        QVERIFY(buildQuery(host, RecordType::A, 0, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void parsesAddressesTtlsAndCnames()
    {
        const QByteArray q = buildQuery(QStringLiteral("www.example.test"), RecordType::A, 7);
        // www.example.test CNAME edge.cdn.test (offset of that name: used by the next pointer)
        const QByteArray cnameTarget = encodeName(QStringLiteral("edge.cdn.test"));
        const QByteArray cname = record(PointerToQuestion, 5, 100, cnameTarget);
        const int targetOffset = int(q.size()) + 12; // after the CNAME's fixed fields
        const QByteArray toTarget = be16(0xC000 | targetOffset);
        const QByteArray reply = respond(q, 0,
            {cname, record(toTarget, 1, 120, QByteArray::fromHex("c000020a")),
                record(toTarget, 1, 45, QByteArray::fromHex("c000020b"))});
        const Answer a = parseAnswer(reply, RecordType::A, QStringLiteral("WWW.example.test."));
        QVERIFY2(!a.error.isError(), qPrintable(a.error.message));
        QCOMPARE(a.rcode, 0);
        QCOMPARE(a.addresses.size(), 2);
        QCOMPARE(a.addresses[0].address, QStringLiteral("192.0.2.10"));
        QCOMPARE(a.addresses[1].address, QStringLiteral("192.0.2.11"));
        // c-ares reports the lower of the address TTL and the CNAME TTL on the way to it.
        QCOMPARE(a.addresses[0].ttl, 100);
        QCOMPARE(a.addresses[1].ttl, 45);
        QCOMPARE(a.cnames, QStringList {QStringLiteral("edge.cdn.test")});
    }

    void parsesAaaa()
    {
        const QByteArray q = buildQuery(QStringLiteral("v6.test"), RecordType::AAAA, 7);
        const QByteArray reply = respond(
            q, 0, {record(PointerToQuestion, 28, 300, QByteArray::fromHex("20010db8000000000000000000000010"))});
        const Answer a = parseAnswer(reply, RecordType::AAAA, QStringLiteral("v6.test"));
        QVERIFY2(!a.error.isError(), qPrintable(a.error.message));
        QCOMPARE(a.addresses.size(), 1);
        QCOMPARE(a.addresses[0].address, QStringLiteral("2001:db8::10"));
        QCOMPARE(a.addresses[0].ttl, 300);
    }

    void rcodeIsReadFromTheHeader_data()
    {
        QTest::addColumn<int>("rcode");
        QTest::addColumn<QString>("name");
        QTest::newRow("NOERROR without records (no data)") << 0 << "NOERROR";
        QTest::newRow("FORMERR") << 1 << "FORMERR";
        QTest::newRow("SERVFAIL") << 2 << "SERVFAIL";
        QTest::newRow("NXDOMAIN") << 3 << "NXDOMAIN";
        QTest::newRow("NOTIMP") << 4 << "NOTIMP";
        QTest::newRow("REFUSED") << 5 << "REFUSED";
        QTest::newRow("unassigned rcode 12") << 12 << "RCODE12";
    }
    void rcodeIsReadFromTheHeader()
    {
        QFETCH(int, rcode);
        QFETCH(QString, name);
        const QByteArray q = buildQuery(QStringLiteral("x.test"), RecordType::A, 1);
        const Answer a = parseAnswer(respond(q, rcode, {}), RecordType::A, QStringLiteral("x.test"));
        QVERIFY(!a.error.isError());
        QCOMPARE(a.rcode, rcode);
        QCOMPARE(rcodeName(a.rcode), name);
        QVERIFY(a.addresses.isEmpty());
    }

    void brokenRepliesAreMalformed_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("why");
        const QByteArray q = buildQuery(QStringLiteral("x.test"), RecordType::A, 1);
        const QByteArray goodA = record(PointerToQuestion, 1, 60, QByteArray::fromHex("c0000201"));
        QTest::newRow("empty body") << QByteArray() << "shorter than a DNS header";
        QTest::newRow("truncated header (7 bytes)") << respond(q, 0, {}).left(7) << "shorter than a DNS header";
        QTest::newRow("a query, not a response") << q << "QR bit clear";
        QByteArray noQuestion = respond(q, 0, {});
        noQuestion.replace(4, 2, be16(0));
        QTest::newRow("no question") << noQuestion << "questions instead of one";
        QTest::newRow("answers another name")
            << respond(buildQuery(QStringLiteral("evil.test"), RecordType::A, 1), 0, {goodA}) << "evil.test";
        QTest::newRow("answers another type")
            << respond(buildQuery(QStringLiteral("x.test"), RecordType::AAAA, 1), 0, {}) << "record type 28";
        QByteArray loop = respond(q, 0, {});
        const int self = int(loop.size());
        loop += record(be16(0xC000 | self), 1, 60, QByteArray::fromHex("c0000201"));
        loop.replace(6, 2, be16(1));
        QTest::newRow("compression pointer loop in the answer") << loop << "cannot be decoded";
        QTest::newRow("65535 answers announced, one present") << respond(q, 0, {goodA}, 0xFFFF) << "cannot be decoded";
        QTest::newRow("answer record cut short") << respond(q, 0, {goodA}).chopped(3) << "cannot be decoded";
        QTest::newRow("64 KiB of zeros") << QByteArray(65536, '\0') << "larger than any DNS message";
    }
    void brokenRepliesAreMalformed()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, why);
        const Answer a = parseAnswer(reply, RecordType::A, QStringLiteral("x.test"));
        QCOMPARE(a.error.code, ErrorCode::DnsMalformed);
        QVERIFY2(a.error.message.contains(why), qPrintable(a.error.message));
        QVERIFY(a.addresses.isEmpty());
    }

    void mergeKeepsAddressesOfBothFamilies()
    {
        DnsObservation obs;
        obs.host = QStringLiteral("x.test");
        Answer a = answerWithAddress(QStringLiteral("192.0.2.1"), 60);
        a.addresses.append({QStringLiteral("192.0.2.1"), 60}); // duplicate: kept once
        a.cnames = {QStringLiteral("cdn.test")};
        mergeInto(obs, a, answerWithAddress(QStringLiteral("2001:db8::1"), 30));
        QCOMPARE(obs.addresses.size(), 2);
        QCOMPARE(obs.addresses[0].address, QStringLiteral("192.0.2.1"));
        QCOMPARE(obs.addresses[1].address, QStringLiteral("2001:db8::1"));
        QCOMPARE(obs.addresses[1].ttl, 30);
        QCOMPARE(obs.cnames, QStringList {QStringLiteral("cdn.test")});
        QCOMPARE(obs.rcode, QStringLiteral("NOERROR"));
        QVERIFY(!obs.error.isError());
    }

    void mergePicksTheMostTellingFailure_data()
    {
        QTest::addColumn<Answer>("a");
        QTest::addColumn<Answer>("aaaa");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("rcode");
        QTest::newRow("one family answers, the other times out: success")
            << answerWithAddress(QStringLiteral("192.0.2.1"), 5) << answerWithError(ErrorCode::Timeout) << QString()
            << "NOERROR";
        QTest::newRow("NXDOMAIN for both")
            << answerWithRcode(3) << answerWithRcode(3) << ErrorCode::NxDomain << "NXDOMAIN";
        QTest::newRow("NXDOMAIN beats a timeout")
            << answerWithError(ErrorCode::Timeout) << answerWithRcode(3) << ErrorCode::NxDomain << "NXDOMAIN";
        QTest::newRow("SERVFAIL") << answerWithRcode(2) << answerWithRcode(2) << ErrorCode::ServFail << "SERVFAIL";
        QTest::newRow("REFUSED") << answerWithRcode(5) << answerWithRcode(5) << ErrorCode::Refused << "REFUSED";
        QTest::newRow("NOTIMP is another server error")
            << answerWithRcode(4) << answerWithRcode(0) << ErrorCode::Other << "NOTIMP";
        QTest::newRow("both NOERROR and empty: no data")
            << answerWithRcode(0) << answerWithRcode(0) << ErrorCode::NoData << "NOERROR";
        QTest::newRow("a malformed reply beats no data")
            << answerWithRcode(0) << answerWithError(ErrorCode::DnsMalformed) << ErrorCode::DnsMalformed << "";
        QTest::newRow("no data and a timeout: timeout")
            << answerWithRcode(0) << answerWithError(ErrorCode::Timeout) << ErrorCode::Timeout << "";
        QTest::newRow("refused connection beats a timeout")
            << answerWithError(ErrorCode::ConnectionRefused) << answerWithError(ErrorCode::Timeout)
            << ErrorCode::ConnectionRefused << "";
    }
    void mergePicksTheMostTellingFailure()
    {
        QFETCH(Answer, a);
        QFETCH(Answer, aaaa);
        QFETCH(QString, code);
        QFETCH(QString, rcode);
        DnsObservation obs;
        obs.host = QStringLiteral("x.test");
        mergeInto(obs, a, aaaa);
        QCOMPARE(obs.error.code, code);
        QCOMPARE(obs.rcode, rcode);
        if (!code.isEmpty())
            QVERIFY(!obs.error.message.isEmpty());
    }

    void getaddrinfoErrorsAreClassified_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("EAI_NONAME is NXDOMAIN") << int(EAI_NONAME) << ErrorCode::NxDomain << "does not exist";
#if defined(EAI_NODATA) && !defined(Q_OS_WIN)
        QTest::newRow("EAI_NODATA is no data") << int(EAI_NODATA) << ErrorCode::NoData << "no address";
#endif
        QTest::newRow("EAI_AGAIN is a temporary failure")
            << int(EAI_AGAIN) << ErrorCode::ServFail << "Temporary failure";
        QTest::newRow("EAI_FAIL is another failure") << int(EAI_FAIL) << ErrorCode::Other << "Non-recoverable";
        QTest::newRow("EAI_MEMORY is another failure") << int(EAI_MEMORY) << ErrorCode::Other << "x.test";
    }
    void getaddrinfoErrorsAreClassified()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, says);
        const ProbeError e = SystemResolverProbe::errorFor(status, 0, QStringLiteral("x.test"));
        QCOMPARE(e.code, code);
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
    }

    void caresRetriesFitTheBudget_data()
    {
        QTest::addColumn<int>("budgetMs");
        QTest::newRow("200 ms") << 200;
        QTest::newRow("1 s") << 1000;
        QTest::newRow("5 s (the default probe timeout)") << 5000;
        QTest::newRow("30 s") << 30000;
    }
    void caresRetriesFitTheBudget()
    {
        QFETCH(int, budgetMs);
        const auto tcp = CaresChannel::retryFor(std::chrono::milliseconds(budgetMs), true);
        QCOMPARE(tcp.tries, 1); // c-ares does not resend on a TCP connection that timed out
        QVERIFY(tcp.timeoutMs <= budgetMs * 4 / 5 || tcp.timeoutMs == 50);
        QVERIFY(tcp.timeoutMs >= budgetMs / 2 || tcp.timeoutMs == 50);
        const auto retry = CaresChannel::retryFor(std::chrono::milliseconds(budgetMs), false);
        QVERIFY(retry.tries >= 2);
        // c-ares doubles the timeout per try: the sum must end well inside the budget.
        const int total = retry.timeoutMs * ((1 << retry.tries) - 1);
        QVERIFY2(total <= budgetMs * 4 / 5 || retry.timeoutMs == 50, qPrintable(QString::number(total)));
        QVERIFY(total >= budgetMs / 2 || retry.timeoutMs == 50);
    }
};

QTEST_GUILESS_MAIN(TestDnsMessage)
#include "tst_dnsmessage.moc"
