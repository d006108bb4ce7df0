#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVarLengthArray>

namespace inventory::server {

// The header fields of one request: the bytes of its head, kept once, and where each name and
// value lie in them, instead of copying every name and value into a byte array of its own
// (two allocations per header).
class HttpHeaders
{
public:
    // A field, as views into head: the bytes the head is being read from.
    void add(QByteArrayView head, QByteArrayView name, QByteArrayView value);
    // Keeps a copy of those bytes, once every field is in: the fields then point into it.
    void keepHead(QByteArrayView head) { m_head = head.toByteArray(); }

    qsizetype size() const { return m_fields.size(); }
    // The value of the last field with this name (names compare without case), or a null
    // view. A handful per request: searched in place, which costs less than hashing every
    // name into a map.
    QByteArrayView find(QByteArrayView name) const;
    bool contains(QByteArrayView name) const { return !find(name).isNull(); }

private:
    struct Field
    {
        qsizetype name, nameSize, value, valueSize;
    };
    QByteArrayView at(qsizetype offset, qsizetype size) const;

    QByteArray m_head;
    QVarLengthArray<Field, 12> m_fields;
};

} // namespace inventory::server
