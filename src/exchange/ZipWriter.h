#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace copil::exchange {

/// A minimal ZIP archive writer (entries stored without compression), enough for
/// OpenDocument packages, whose first entry must be an uncompressed "mimetype".
class ZipWriter {
public:
    void add(const QString& name, const QByteArray& data);
    /// The whole archive: local entries, central directory, end record.
    QByteArray finish() const;

private:
    struct Entry {
        QByteArray name;
        QByteArray data;
        quint32 crc = 0;
        quint32 offset = 0;
    };
    QList<Entry> m_entries;
    QByteArray m_body;
};

/// CRC-32 (IEEE 802.3), as ZIP uses.
quint32 crc32(const QByteArray& data);

} // namespace copil::exchange
