#pragma once

#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <memory>

namespace inventory::test {

// One inventory-term run: its exit code and what it printed.
struct TermRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// A real demo server and the inventory-term binary run against it on profile folders.
class TermFixture
{
public:
    bool start();
    TermRun term(const QStringList &args, const QString &profile = {}, const QString &server = {});
    // --server and --profile for a profile folder; the clerk of Madrid signed in on it first.
    QStringList signedIn(const QString &profile);
    qint64 serverRow(const QString &product, const QString &store, const QString &field);
    QString profilePath(const QString &profile) const { return m_profiles.filePath(profile); }

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QByteArray m_admin;
    QTemporaryDir m_profiles;
};

// What every terminal suite needs: the fixture and short names for its calls.
class TermSuite : public QObject
{
    Q_OBJECT

protected:
    TermRun term(const QStringList &args, const QString &profile = {}, const QString &server = {})
    {
        return m_fixture.term(args, profile, server);
    }
    QStringList signedIn(const QString &profile) { return m_fixture.signedIn(profile); }
    qint64 serverRow(const QString &product, const QString &store, const QString &field)
    {
        return m_fixture.serverRow(product, store, field);
    }

    TermFixture m_fixture;
};

} // namespace inventory::test
