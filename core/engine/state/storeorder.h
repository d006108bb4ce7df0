#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <vector>

namespace inventory {

// The stores of an availability list, in id order, each id also as the JSON string the body
// writes. Made once per set of stores and shared by every copy of a product's rows
// (ProductAvailability): a copy then takes one reference instead of one per store. Holding
// each store's QString, 500 reference counts shared by the event loop and the body writers
// on the other cores were a fifth of the server's time on a chain's availability reads.
class StoreOrder
{
public:
    explicit StoreOrder(QList<QString> ids);

    qsizetype size() const { return m_ids.size(); }
    const QString &id(qsizetype i) const { return m_ids.at(i); }
    // The id as a JSON string, quotes included.
    QByteArrayView json(qsizetype i) const
    {
        const qsizetype begin = i == 0 ? 0 : m_jsonEnds[i - 1];
        return QByteArrayView(m_json).sliced(begin, m_jsonEnds[i] - begin);
    }

private:
    QList<QString> m_ids;
    QByteArray m_json; // every id as a JSON string, one after another
    std::vector<qsizetype> m_jsonEnds; // where each id's string ends in m_json
};

} // namespace inventory
