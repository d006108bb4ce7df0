#pragma once

#include "core/domain/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace inventory {

// The members of one JSON object, as request validation reads them (JsonFields).
// A request body is usually a flat object of ASCII strings and whole numbers; parse() reads
// that kind itself, in one pass, and hands anything else (escapes, non-ASCII text,
// fractions, nested values, duplicate names, any error) to QJsonDocument, so results and
// error messages are Qt's. Building Qt's document and looking fields up in it was a large
// part of the event loop's work per durable reservation (docs/PERFORMANCE.md).
class JsonMembers
{
public:
    struct Member
    {
        QString name;
        QJsonValue::Type type = QJsonValue::Null;
        QString text; // String
        double number = 0; // Double
        bool boolean = false; // Bool
        QJsonValue nested; // Array or Object
    };

    JsonMembers() = default;
    // The members of an object that was already parsed (an operation inside a /sync/push).
    JsonMembers(const QJsonObject &object); // NOLINT(google-explicit-constructor): by design

    // A request body that must be one UTF-8 JSON object of at most MaxMembers members. The
    // work is linear in the body's size whatever its shape (a body of a hundred thousand
    // members is refused after MaxMembers of them, not compared pairwise).
    static Result<JsonMembers> parse(const QByteArray &body);
    // No request body of the API has nearly this many members.
    static constexpr qsizetype MaxMembers = 64;

    qsizetype size() const { return m_members.size(); }
    const Member *find(QStringView name) const;
    bool contains(QStringView name) const { return find(name) != nullptr; }
    // As QJsonObject::value: Undefined when absent.
    QJsonValue value(QStringView name) const;
    const Member *begin() const { return m_members.constData(); }
    const Member *end() const { return m_members.constData() + m_members.size(); }

private:
    // The flat, plain kind of object, or nullopt for QJsonDocument to read; tooMany is set
    // when the object has more than MaxMembers members.
    static std::optional<JsonMembers> parseFlat(QByteArrayView text, bool &tooMany);

    // A list, not an array with room inside: the members are handed on by value several times
    // per request, and moving an array kept inline moved every member each time.
    QList<Member> m_members;
};

} // namespace inventory
