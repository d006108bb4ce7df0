#include "transferfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace inventory::test {

void TransferFixture::createDatabase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(m_db->engine().execute(Command::adjust(u"P1"_s, u"S1"_s, 10)).ok());
    QVERIFY(m_db->engine().execute(Command::adjust(u"P2"_s, u"S1"_s, 10)).ok());
}

void TransferFixture::checkInvariants()
{
    const QStringList problems = m_db->violations();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

Command TransferFixture::request(const QString &id, qint64 p1, qint64 p2)
{
    QList<TransferLine> lines { { u"P1"_s, p1, 0, 0, 0, 0 } };
    if (p2 > 0)
        lines.append({ u"P2"_s, p2, 0, 0, 0, 0 });
    return Command::requestTransfer(id, u"S1"_s, u"S2"_s, lines).by(u"manager"_s);
}

Command TransferFixture::step(CommandKind kind, const QString &id, QList<TransferLine> lines)
{
    return Command::transferStep(kind, id, lines).by(u"clerk"_s);
}

} // namespace inventory::test
